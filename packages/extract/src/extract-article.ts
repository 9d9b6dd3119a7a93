import type { Annotations, Entity, KnownEntity, Mention, Span } from '@dispatch/core';
import { withEvents } from './events/find-events.js';
import { KbMatcher } from './mentions/kb-matcher.js';
import { findNames, type NameMention } from './mentions/names.js';
import { type Referent, resolvePronouns } from './mentions/pronouns.js';
import { discoveredEntities, type ResolvedName, resolveNames } from './mentions/resolve-names.js';
import { findCandidates } from './quotes/candidates.js';
import { findQuoteSpans } from './quotes/quote-spans.js';
import { buildQuotes } from './quotes/quotes.js';
import { readLayout } from './structure/layout.js';
import { mergeSorted } from './text/merge-sorted.js';
import { firstSpanFrom } from './text/span-index.js';
import { tokenize } from './text/tokens.js';
import { anchorQuotedTimes } from './times/quote-anchor.js';
import { findTimes, toTimeExpressions } from './times/times.js';

export interface ExtractInput {
  text: string;
  /** The filing date, YYYY-MM-DD, that relative dates are resolved against; null when unknown. */
  filed: string | null;
  knowledgeBase: KnownEntity[];
}

export interface Extraction {
  annotations: Annotations;
  /** Entities this text names that the knowledge base lacks (`source: 'extraction'`). */
  entities: Entity[];
}

// Compiling the knowledge base is the costly part of a small article: reuse it across a batch.
const matchers = new WeakMap<readonly KnownEntity[], KbMatcher>();
const matcherFor = (kb: readonly KnownEntity[]): KbMatcher => {
  let m = matchers.get(kb);
  if (!m) {
    m = new KbMatcher(kb);
    matchers.set(kb, m);
  }
  return m;
};

/** The passes of an extraction, in the order they run (quote marks are found before mentions). */
export type Pass = 'structure' | 'mentions' | 'quotes' | 'times' | 'events';

/** Runs one pass's work: by default just runs it; the bench passes one that times each pass. */
export type PassRunner = <T>(pass: Pass, work: () => T) => T;

const runDirectly: PassRunner = (_pass, work) => work();

/**
 * Everything but events: structure, mentions, quotes with speakers and dates. Linear in the text's
 * length; the events pass builds on it.
 */
export function annotateArticle(input: ExtractInput, run: PassRunner = runDirectly): Extraction {
  const { text, knowledgeBase } = input;
  const { layout, blocks, sentences } = run('structure', () => {
    const layout = readLayout(text);
    // Loops rather than nested flatMaps and spreads: fewer short-lived arrays on long texts.
    const blocks: Span[] = [];
    if (layout.headline) blocks.push(layout.headline);
    for (const section of layout.structure.sections) {
      if (section.subhead) blocks.push(section.subhead.span);
      for (const paragraph of section.paragraphs) blocks.push(paragraph.span);
    }
    const sentences: Span[] = [];
    for (const paragraph of layout.paragraphs)
      for (const sentence of paragraph.sentences) sentences.push(sentence.span);
    return { layout, blocks, sentences };
  });
  const quoteSpans = run('quotes', () => findQuoteSpans(text, blocks));
  const { tokens, names, pronouns, referents } = run('mentions', () => {
    const tokens = tokenize(text);
    const quoteContent = quoteSpans.map((q) => q.span);
    const found = findNames(text, tokens, matcherFor(knowledgeBase)).filter(
      (n) => !isQuotedPhrase(text, n, quoteContent),
    );
    const names = resolveNames(text, tokens, found, knowledgeBase);
    const quoted = quoteSpans.filter((q) => q.parent === null).map((q) => q.outer);
    const people: Referent[] = names.map((n) => ({ span: n.span, entity: n.entity, form: n.form }));
    const pronouns = resolvePronouns(tokens, people, sentences, quoted);
    const referents = mergeSorted<Referent>(people, pronouns, (a, b) => a.span.start - b.span.start);
    return { tokens, names, pronouns, referents };
  });
  const quotes = run('quotes', () =>
    buildQuotes({
      text,
      tokens,
      blocks,
      sentences,
      spans: quoteSpans,
      names,
      candidates: findCandidates(text, tokens, names, pronouns),
      referents,
    }),
  );
  const times = run('times', () => {
    const found = findTimes(text, input.filed);
    return toTimeExpressions(text, found, anchorQuotedTimes(text, found, quotes, input.filed));
  });
  const mentions = run('mentions', () => toMentions(text, names, pronouns));
  return {
    annotations: { structure: layout.structure, mentions, quotes, times, events: [] },
    entities: discoveredEntities(names),
  };
}

/** Turns one article's text into annotations: structure, mentions, quotes with speakers, dates and events. */
export function extractArticle(input: ExtractInput, run: PassRunner = runDirectly): Extraction {
  const extraction = annotateArticle(input, run);
  return { ...extraction, annotations: run('events', () => withEvents(extraction.annotations, input)) };
}

/**
 * A capitalised phrase that is the whole of a quotation ("through ‘Secondary Sanctions’") is a coinage
 * being quoted, not a name, unless its own words show it is one.
 */
function isQuotedPhrase(text: string, n: NameMention, quotes: readonly Span[]): boolean {
  if (n.known || n.strength >= 3) return false;
  const q = quotes[firstSpanFrom(quotes, n.span.start)];
  if (!q || q.start !== n.span.start) return false;
  return /^[\s\p{P}]*$/u.test(text.slice(n.span.end, q.end));
}

function toMentions(text: string, names: readonly ResolvedName[], pronouns: readonly Referent[]): Mention[] {
  const named: Mention[] = names.map((n) => ({
    id: `m-${n.span.start}-${n.span.end}`,
    span: n.span,
    text: text.slice(n.span.start, n.span.end),
    type: n.type,
    form: n.form,
    entityId: n.entity.id,
    role: n.role ? { span: n.role, text: text.slice(n.role.start, n.role.end) } : null,
    source: 'extraction',
  }));
  const pointed: Mention[] = pronouns.map((p) => ({
    id: `m-${p.span.start}-${p.span.end}`,
    span: p.span,
    text: text.slice(p.span.start, p.span.end),
    type: p.entity.kind,
    form: 'pronoun',
    entityId: p.entity.id,
    role: null,
    source: 'extraction',
  }));
  return mergeSorted(named, pointed, (a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}
