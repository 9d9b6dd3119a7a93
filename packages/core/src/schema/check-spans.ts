import type { z } from 'zod';
import type { Annotations } from './annotations.js';
import type { Span } from './span.js';

type SpanIssue = { path: (string | number)[]; message: string };

/**
 * Lists every span of `annotations` that lies outside `text`, and every recorded surface that is not
 * what its span covers. Schemas call it from superRefine; the extractor's tests call it directly.
 */
export function findSpanIssues(text: string, annotations: Annotations): SpanIssue[] {
  const issues: SpanIssue[] = [];
  const check = (span: Span, path: (string | number)[], surface?: string) => {
    if (span.end > text.length || span.start > span.end) {
      issues.push({
        path: [...path, 'span'],
        message: `span [${span.start}, ${span.end}) lies outside the text (length ${text.length})`,
      });
    } else if (surface !== undefined && text.slice(span.start, span.end) !== surface) {
      issues.push({
        path: [...path, 'text'],
        message: `text ${JSON.stringify(surface)} is not what span [${span.start}, ${span.end}) covers (${JSON.stringify(text.slice(span.start, span.end))})`,
      });
    }
  };
  const { structure } = annotations;
  if (structure.dateline) check(structure.dateline.span, ['structure', 'dateline'], structure.dateline.text);
  if (structure.credit) check(structure.credit.span, ['structure', 'credit'], structure.credit.text);
  structure.sections.forEach((section, s) => {
    const at = ['structure', 'sections', s];
    if (section.subhead) check(section.subhead.span, [...at, 'subhead'], section.subhead.text);
    section.paragraphs.forEach((paragraph, p) => {
      check(paragraph.span, [...at, 'paragraphs', p]);
      paragraph.sentences.forEach((sentence, n) => {
        check(sentence.span, [...at, 'paragraphs', p, 'sentences', n]);
      });
    });
  });
  annotations.mentions.forEach((mention, i) => {
    check(mention.span, ['mentions', i], mention.text);
    if (mention.role) check(mention.role.span, ['mentions', i, 'role'], mention.role.text);
  });
  annotations.quotes.forEach((quote, i) => {
    check(quote.span, ['quotes', i], quote.text);
    if (quote.speaker?.span) check(quote.speaker.span, ['quotes', i, 'speaker']);
    if (quote.verb) check(quote.verb.span, ['quotes', i, 'verb'], quote.verb.text);
    if (quote.channel?.span) check(quote.channel.span, ['quotes', i, 'channel']);
  });
  annotations.times.forEach((time, i) => {
    check(time.span, ['times', i], time.text);
  });
  annotations.events.forEach((event, i) => {
    event.evidence.forEach((span, k) => {
      check(span, ['events', i, 'evidence', k]);
    });
    event.descriptions.forEach((description, k) => {
      check(description.span, ['events', i, 'descriptions', k], description.text);
    });
    if (event.duration) check(event.duration.span, ['events', i, 'duration'], event.duration.text);
    event.triggers?.forEach((trigger, k) => {
      check(trigger.span, ['events', i, 'triggers', k], trigger.text);
    });
  });
  annotations.notes?.forEach((note, i) => {
    check(note.span, ['notes', i], note.text);
  });
  annotations.curation?.forEach((outcome, i) => {
    check(outcome.span, ['curation', i], outcome.text);
  });
  return issues;
}

export function addSpanIssues(
  text: string,
  annotations: Annotations,
  ctx: z.core.$RefinementCtx,
  prefix: (string | number)[] = [],
): void {
  for (const issue of findSpanIssues(text, annotations)) {
    ctx.addIssue({ code: 'custom', path: [...prefix, ...issue.path], message: issue.message });
  }
}
