import type { Event, Span, TextSpan } from '@dispatch/core';
import { caseInsensitive } from '../text/ascii-case.js';
import { type ArticleFacts, itemsIn, nameOf, sentenceOf } from './article-facts.js';
import { hasDescribingVerbIn } from './describing-verbs.js';
import type { Draft } from './merge.js';

type Description = Event['descriptions'][number];

const listNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * A short summary of the event for lists and timelines ("Vladimir Putin meets Steve Witkoff"), at
 * `placeId` (the draft's own place, or the one the event is given).
 */
export function labelOf(
  facts: ArticleFacts,
  draft: Draft,
  placeId: string | null,
  firstTrigger: TextSpan,
): string {
  const people = draft.participants.map((p) => nameOf(facts, p.entityId));
  const place = placeId ? nameOf(facts, placeId) : null;
  const role = (r: string) => draft.participants.find((p) => p.role === r);
  switch (draft.type) {
    case 'meeting':
      if (people.length === 2) return `${people[0]} meets ${people[1]}`;
      return people.length > 2 ? `${listNames(people)} meet` : `Meeting${place ? ` in ${place}` : ''}`;
    case 'talks':
      return people.length > 0 ? `Talks between ${listNames(people)}` : 'Talks';
    case 'funeral': {
      const deceased = role('deceased');
      return deceased
        ? `Funeral of ${nameOf(facts, deceased.entityId)}`
        : `Funeral${place ? ` in ${place}` : ''}`;
    }
    case 'travel': {
      const who = people[0] ?? 'Someone';
      const verb = draft.kind === 'arrive' ? 'arrives in' : draft.kind === 'depart' ? 'leaves' : 'visits';
      return `${who} ${verb} ${place ?? 'a place'}`;
    }
    case 'seizure': {
      const agent = role('agent');
      const target = role('target');
      return `${agent ? nameOf(facts, agent.entityId) : 'Seizure of'} ${agent ? 'seizes ' : ''}${target ? nameOf(facts, target.entityId) : (place ?? 'territory')}`;
    }
    case 'threat':
      return `${people[0] ? `${people[0]} ` : ''}${clauseFrom(facts, firstTrigger)}`;
    default: {
      const verbOnly = draft.groups.every((g) => g.form === 'verb');
      const phrase = verbOnly ? draft.type : nounPhrase(facts, draft);
      const what = phrase.charAt(0).toUpperCase() + phrase.slice(1);
      return `${what}${place ? ` ${placePreposition(facts, draft, placeId)} ${place}` : ''}`;
    }
  }
}

/** The words from the trigger to the end of its clause, at most eight ("threatened to walk away ..."). */
function clauseFrom(facts: ArticleFacts, trigger: TextSpan): string {
  const rest = facts.text.slice(trigger.span.start, trigger.span.start + 120);
  const clause = rest.split(/[,;.:!?]|\s+(?:if|but|because|unless|while)\s+/u)[0] ?? rest;
  return clause.split(/\s+/u).slice(0, 8).join(' ');
}

const BEGINNING_OF_THE = /\b(start|outbreak|beginning)\s+of\s+the\s+$/iu;

/** The last run of trigger words of the first mention ("car bomb" + "attack"), with "start of the". */
function nounPhrase(facts: ArticleFacts, draft: Draft): string {
  const triggers = draft.groups[0]?.triggers ?? [];
  let last = triggers[triggers.length - 1]!;
  let start = last.start;
  for (let i = triggers.length - 2; i >= 0; i--) {
    const t = triggers[i]!;
    if (!/^\s+$/u.test(facts.text.slice(t.end, start))) break;
    start = t.start;
  }
  last = { start, end: last.end };
  const begins = caseInsensitive(BEGINNING_OF_THE, facts.text).exec(
    facts.text.slice(Math.max(0, start - 30), start),
  );
  const words = facts.text.slice(last.start, last.end).toLowerCase();
  return begins ? `${begins[1]!.toLowerCase()} of the ${words}` : words;
}

function placePreposition(facts: ArticleFacts, draft: Draft, placeId: string | null): string {
  const inText = itemsIn(facts.mentions, draft.groups[0]?.sentence ?? { start: 0, end: 0 }).find(
    (m) =>
      m.entityId === placeId &&
      draft.groups.some((g) => g.window.span.start <= m.span.start && m.span.end <= g.window.span.end),
  );
  if (!inText) return 'in';
  const prep = /\b(in|inside|outside|at|near)\s+(?:\S+\s+){0,3}$/u.exec(
    facts.text.slice(Math.max(0, inText.span.start - 40), inText.span.start),
  );
  return prep?.[1] ?? 'in';
}

/** Descriptions of events in quotations: "described the meeting as “constructive”", "called it “...”". */
export function describe(facts: ArticleFacts, drafts: readonly Draft[]): Map<Draft, Description[]> {
  const out = new Map<Draft, Description[]>();
  const bySentence = new Map<number, { group: Draft['groups'][number]; draft: Draft }[]>();
  for (const draft of drafts) {
    for (const group of draft.groups) {
      const list = bySentence.get(group.sentence.start) ?? [];
      list.push({ group, draft });
      bySentence.set(group.sentence.start, list);
    }
  }
  const nearestBefore = (sentence: Span, at: number) =>
    (bySentence.get(sentence.start) ?? [])
      .filter(({ group }) => group.triggers[0]!.start <= at)
      .sort((a, b) => b.group.triggers[0]!.start - a.group.triggers[0]!.start)[0]?.draft;
  const add = (draft: Draft | undefined, description: Description) => {
    if (!draft) return;
    const list = out.get(draft) ?? [];
    if (!list.some((d) => d.span.start === description.span.start)) list.push(description);
    out.set(draft, list);
  };
  for (const quote of facts.quotes) {
    if (quote.parentId !== null) continue;
    const sentence = sentenceOf(facts, quote.span.start);
    if (!sentence) continue;
    if (!quote.speaker) {
      // "Aides described the meeting as “tense”" with no speaker found: the subject is the source.
      const before = facts.text.slice(sentence.start, quote.span.start);
      const lead = hasDescribingVerbIn(facts, sentence.start, quote.span.start)
        ? /^(.*?)\s+(?:described|called)\s+(?:the|this|that|it|them)\b[^“"]*?(?:as\s+)?[“"‘']$/u.exec(before)
        : null;
      if (lead?.[1])
        add(nearestBefore(sentence, quote.span.end), { text: quote.text, span: quote.span, by: lead[1] });
      continue;
    }
    const describing = quote.verb && /^(?:described|called|termed|dubbed|hailed)$/u.test(quote.verb.text);
    const namesEvent =
      quote.kind === 'partial' &&
      /\b(?:meeting|talks|discussions?|encounter|summit|exchanges?|visit|conversation)\b/u.test(quote.text);
    if (!describing && !namesEvent) continue;
    add(nearestBefore(sentence, quote.span.end), {
      text: quote.text,
      span: quote.span,
      by: quote.speaker.entityId ?? quote.speaker.name,
    });
  }
  for (const sentence of facts.sentences) {
    if (!bySentence.has(sentence.start)) continue;
    if (!hasDescribingVerbIn(facts, sentence.start, sentence.end)) continue;
    const slice = facts.text.slice(sentence.start, sentence.end);
    for (const m of slice.matchAll(
      /\b(?:described|called|termed)\s+by\s+(.+?)\s+as\s+([\p{L}-]+(?:\s+and\s+[\p{L}-]+)?)/gu,
    )) {
      const words = m[2]!;
      const start = sentence.start + m.index + m[0].length - words.length;
      const sourceStart = sentence.start + m.index + m[0].indexOf(m[1]!);
      const source = itemsIn(facts.mentions, sentence).find(
        (x) =>
          x.entityId &&
          x.type === 'PERSON' &&
          x.span.start === sourceStart &&
          x.span.end === sourceStart + m[1]!.length,
      );
      add(nearestBefore(sentence, sentence.start + m.index), {
        text: words,
        span: { start, end: start + words.length },
        by: source?.entityId ?? m[1]!,
      });
    }
  }
  // "Aides described the meeting as “tense”" where the quotation marks hold no quotation of their own.
  for (const [start, list] of bySentence) {
    const sentence = list[0]!.group.sentence;
    if (!hasDescribingVerbIn(facts, start, sentence.end)) continue;
    const slice = facts.text.slice(start, sentence.end);
    for (const m of slice.matchAll(
      /^(.*?)\s+(?:described|called)\s+(?:the|this|that|it|them)\b[^“"]*?(?:as\s+)?[“"]([^”"]+)[”"]/gu,
    )) {
      const words = m[2]!;
      const at = start + m.index + m[0].length - 1 - words.length;
      add(nearestBefore(sentence, at), {
        text: words,
        span: { start: at, end: at + words.length },
        by: m[1]!,
      });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.span.start - b.span.start);
  return out;
}
