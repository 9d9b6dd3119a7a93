import type { Span } from '../../schema/span.js';
import { ordinalRange } from '../articles.js';
import type { CorpusIndex } from '../corpus-index.js';
import { lowerBound } from '../lower-bound.js';
import { type PageOptions, pageBounds } from '../page.js';
import { fuzzyOf, prefixOf, queryTerms } from './search-index.js';
import { searchIndexOf } from './search-index-builder.js';
import { matchesIn } from './word-matches.js';

export interface Snippet {
  /** The words shown: a sentence of the article, the quote, or the entity's name. */
  text: string;
  /** Matched words, as offsets into `text`. */
  highlights: Span[];
}

export interface SearchHit {
  type: 'article' | 'quote' | 'entity';
  /** The article the hit links to (null for an entity). */
  articleId: string | null;
  /** The entity the hit links to (entities only). */
  entityId: string | null;
  /** For quotes, the quote's index in its article. */
  quoteIndex: number | null;
  /** Headline, speaker or entity name. */
  title: string;
  score: number;
  snippet: Snippet;
  /** The matched words as spans of the article text (empty for an entity). */
  spans: Span[];
}

export interface SearchOptions extends PageOptions {
  /** What to look through (default: everything). */
  scope?: 'all' | 'article' | 'quote' | 'entity';
  /** Keep articles and quotes filed on or after this date (YYYY-MM-DD); entities always pass. */
  after?: string;
  /** Keep articles and quotes filed before this date (YYYY-MM-DD). */
  before?: string;
}

const TYPE_OF: Record<string, SearchHit['type']> = { a: 'article', q: 'quote', e: 'entity' };

/**
 * Full-text search over article text, quotes and entity names. Every word must match, as a prefix (3+
 * letters) or with a typo or two (5+ letters); if nothing matches every word, any word will do.
 *
 * Ranked best first within blocks of 250 articles (with their quotes), newest block first; entities
 * rank with the newest block. A corpus of one block is ranked as a whole. The postings count every
 * match, so only the blocks the page falls in are scored.
 */
export function searchCorpus(
  index: CorpusIndex,
  text: string,
  options: SearchOptions = {},
): { total: number; items: SearchHit[] } {
  const search = searchIndexOf(index);
  const scope = options.scope ?? 'all';
  const words = queryTerms(text).map((word) => search.postings.expand(word));
  const articles = ordinalRange(index, options);
  const dated = articles.from > 0 || articles.to < search.parts.articles;
  const quotes = dated ? quoteOrdinals(index, articles) : { from: 0, to: search.quoteCount };
  // How many documents match in each block, so only the blocks the page falls in are scored.
  const find = (combineWith: 'AND' | 'OR') => {
    const perBlock = new Int32Array(search.blockCount);
    const { postings, parts } = search;
    let total = 0;
    if (wanted(scope, 'article')) {
      const found = postings.matching(words, 'article', articles, combineWith);
      for (let i = 0; i < found.length; i++) perBlock[Math.floor(found[i]! / parts.blockSize)]!++;
      total += found.length;
    }
    if (wanted(scope, 'quote')) {
      const found = postings.matching(words, 'quote', quotes, combineWith);
      const blockOf = search.quoteBlocks();
      for (let i = 0; i < found.length; i++) perBlock[blockOf[found[i]!]!]!++;
      total += found.length;
    }
    if (wanted(scope, 'entity')) {
      const found = postings.matching(words, 'entity', { from: 0, to: parts.entities }, combineWith);
      perBlock[0]! += found.length;
      total += found.length;
    }
    return { combineWith, perBlock, total };
  };
  let found = find('AND');
  if (found.total === 0) found = find('OR');
  const { offset, end } = pageBounds(options);
  const filter =
    scope === 'all' && !dated
      ? undefined
      : (result: { id: string }) => {
          const type = TYPE_OF[result.id[0]!]!;
          if (!wanted(scope, type)) return false;
          if (type === 'entity' || !dated) return true;
          const ordinal = index.ordinalById.get(articleIdOf(result.id));
          return ordinal !== undefined && ordinal >= articles.from && ordinal < articles.to;
        };
  const items: SearchHit[] = [];
  let before = 0;
  for (let b = 0; b < search.blockCount && before < end; b++) {
    const inBlock = found.perBlock[b]!;
    if (inBlock > 0 && before + inBlock > offset) {
      const results = search.block(b).search(text, {
        combineWith: found.combineWith,
        boost: { title: 2 },
        prefix: prefixOf,
        fuzzy: fuzzyOf,
        filter,
      });
      for (const result of results.slice(Math.max(0, offset - before), end - before)) {
        const hit = hitOf(index, result.id as string, result.score, new Set(result.terms));
        if (hit) items.push(hit);
      }
    }
    before += inBlock;
  }
  return { total: found.total, items };
}

const wanted = (scope: NonNullable<SearchOptions['scope']>, type: SearchHit['type']) =>
  scope === 'all' || scope === type;

/** The quote ordinals of articles `[from, to)`: quotes are numbered in article order. */
function quoteOrdinals(index: CorpusIndex, articles: { from: number; to: number }) {
  const quoteArticles = index.derived.quotes.article;
  return { from: lowerBound(quoteArticles, articles.from), to: lowerBound(quoteArticles, articles.to) };
}

/**
 * Quote ordinals (ascending) whose words include every one of `words`: whole words only, no prefixes,
 * no typos. Read from the postings, so no article is read and nothing is scored.
 */
export function quotesWithWords(index: CorpusIndex, words: readonly string[]): number[] {
  const search = searchIndexOf(index);
  const terms = queryTerms(words.join(' '), { exact: true }).map((word) => search.postings.expand(word));
  return search.postings.matchingOrdinals(terms, 'quote', { from: 0, to: search.quoteCount }, 'AND');
}

const articleIdOf = (docId: string) => docId.slice(2).split(':')[0]!;

function hitOf(index: CorpusIndex, docId: string, score: number, terms: Set<string>): SearchHit | null {
  const type = TYPE_OF[docId[0]!];
  if (type === 'entity') {
    const entity = index.entityById.get(docId.slice(2));
    if (!entity) return null;
    const shown = [entity.name, ...entity.aliases].join(' · ');
    const snippet = { text: shown, highlights: matchesIn(shown, terms) };
    return {
      type,
      articleId: null,
      entityId: entity.id,
      quoteIndex: null,
      title: entity.name,
      score,
      snippet,
      spans: [],
    };
  }
  const article = index.articleById.get(articleIdOf(docId));
  if (!article) return null;
  if (type === 'quote') {
    const quoteIndex = Number(docId.split(':')[2]);
    const quote = article.quotes[quoteIndex];
    if (!quote) return null;
    const highlights = matchesIn(quote.text, terms);
    return {
      type,
      articleId: article.id,
      entityId: null,
      quoteIndex,
      title: quote.speaker?.name ?? article.headline,
      score,
      snippet: { text: quote.text, highlights },
      spans: highlights.map((h) => ({ start: quote.span.start + h.start, end: quote.span.start + h.end })),
    };
  }
  const matches = matchesIn(article.text, terms);
  const window = bestSentence(article, matches);
  return {
    type: 'article',
    articleId: article.id,
    entityId: null,
    quoteIndex: null,
    title: article.headline,
    score,
    snippet: {
      text: article.text.slice(window.start, window.end),
      highlights: matches
        .filter((m) => m.start >= window.start && m.end <= window.end)
        .map((m) => ({ start: m.start - window.start, end: m.end - window.start })),
    },
    spans: matches,
  };
}

/** The sentence holding the most matches (the first on ties), or ~200 characters around the first one. */
function bestSentence(
  article: { text: string; structure: { sections: { paragraphs: { sentences: { span: Span }[] }[] }[] } },
  matches: Span[],
): Span {
  let best: Span | null = null;
  let bestCount = 0;
  for (const section of article.structure.sections) {
    for (const paragraph of section.paragraphs) {
      for (const { span } of paragraph.sentences) {
        const count = matches.filter((m) => m.start >= span.start && m.end <= span.end).length;
        if (count > bestCount) {
          best = span;
          bestCount = count;
        }
      }
    }
  }
  if (best) return best;
  const first = matches[0]?.start ?? 0;
  return { start: Math.max(0, first - 80), end: Math.min(article.text.length, first + 120) };
}
