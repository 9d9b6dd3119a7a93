import type {
  Annotations,
  EntityKind,
  KnownEntity,
  Mention,
  Quote,
  Span,
  TimeExpression,
} from '@dispatch/core';
import { kbIndex } from '../mentions/kb-index.js';

/** What the event rules read from one article's other annotations, gathered once. */
export interface ArticleFacts {
  text: string;
  filed: string | null;
  sentences: Span[];
  mentions: Mention[];
  quotes: Quote[];
  times: TimeExpression[];
  /** Display names: the knowledge base's, else the longest name the text uses. */
  names: Map<string, string>;
  kinds: Map<string, EntityKind>;
  /** How often each entity is mentioned: a place named often is where the story happens. */
  mentionCounts: Map<string, number>;
  /** For the facts of one sentence, those of the whole article. */
  article?: ArticleFacts;
}

export function articleFacts(
  text: string,
  filed: string | null,
  annotations: Omit<Annotations, 'events'>,
  knowledgeBase: readonly KnownEntity[],
): ArticleFacts {
  const sentences: Span[] = [];
  for (const section of annotations.structure.sections)
    for (const paragraph of section.paragraphs)
      for (const sentence of paragraph.sentences) sentences.push(sentence.span);
  const names = new Map<string, string>();
  const kinds = new Map<string, EntityKind>();
  const mentionCounts = new Map<string, number>();
  const known = kbIndex(knowledgeBase).byId;
  for (const mention of annotations.mentions) {
    if (!mention.entityId) continue;
    mentionCounts.set(mention.entityId, (mentionCounts.get(mention.entityId) ?? 0) + 1);
    kinds.set(mention.entityId, known.get(mention.entityId)?.kind ?? mention.type);
    const name = known.get(mention.entityId)?.name;
    if (name) names.set(mention.entityId, name);
    else if (mention.form === 'name' && (names.get(mention.entityId)?.length ?? 0) < mention.text.length) {
      names.set(mention.entityId, mention.text);
    }
  }
  return {
    text,
    filed,
    sentences,
    mentions: annotations.mentions,
    quotes: annotations.quotes,
    times: annotations.times,
    names,
    kinds,
    mentionCounts,
  };
}

/** Index of the first item whose span starts at or after `at` (items sorted by start). */
export function firstFrom<T extends { span: Span } | Span>(items: readonly T[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    const start = 'span' in item ? item.span.start : item.start;
    if (start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items whose span lies inside `span`, found by binary search so long texts stay linear. */
export function itemsIn<T extends { span: Span }>(items: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, span.start); i < items.length && items[i]!.span.start < span.end; i++) {
    if (items[i]!.span.end <= span.end) out.push(items[i]!);
  }
  return out;
}

// Quotations can run over several sentences: look this far back for one that started earlier.
const LONGEST_QUOTE = 20_000;

const reaches = new WeakMap<ArticleFacts, number[]>();

/** For each quotation (in start order), the furthest end of it and all before it. */
function reachOf(facts: ArticleFacts): number[] {
  let reach = reaches.get(facts);
  if (!reach) {
    reach = [];
    let furthest = -1;
    for (const q of facts.quotes) {
      furthest = Math.max(furthest, q.span.end);
      reach.push(furthest);
    }
    reaches.set(facts, reach);
  }
  return reach;
}

/** The facts of one sentence only: the rules read these, so each sentence costs what it holds. */
export function localFacts(facts: ArticleFacts, sentence: Span): ArticleFacts {
  // Backwards from the last quotation starting in the sentence, stopping once no earlier one reaches it.
  const all = facts.quotes;
  const reach = reachOf(facts);
  const quotes: ArticleFacts['quotes'] = [];
  for (let i = firstFrom(all, sentence.end) - 1; i >= 0 && reach[i]! > sentence.start; i--) {
    const q = all[i]!;
    if (q.span.start < sentence.start - LONGEST_QUOTE) break;
    if (q.span.end > sentence.start) quotes.push(q);
  }
  quotes.reverse();
  // Written out rather than spread: V8 copies a spread with overrides property by property, slowly.
  return {
    text: facts.text,
    filed: facts.filed,
    sentences: facts.sentences,
    mentions: itemsIn(facts.mentions, sentence),
    quotes,
    times: itemsIn(facts.times, sentence),
    names: facts.names,
    kinds: facts.kinds,
    mentionCounts: facts.mentionCounts,
    article: facts.article ?? facts,
  };
}

export const sentenceOf = (facts: ArticleFacts, at: number): Span | undefined => {
  const i = firstFrom(facts.sentences, at + 1) - 1;
  const sentence = facts.sentences[i];
  return sentence && sentence.start <= at && at < sentence.end ? sentence : undefined;
};

export const nameOf = (facts: ArticleFacts, entityId: string): string =>
  facts.names.get(entityId) ?? entityId;
