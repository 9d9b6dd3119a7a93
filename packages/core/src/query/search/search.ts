import type { Span } from '../../schema/span.js';
import type { CorpusIndex } from '../corpus-index.js';
import { type PageOptions, pageBounds } from '../page.js';
import { foldTerm, searchIndexOf, WORD_SEPARATOR } from './search-index.js';

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
 * Full-text search over article text, quotes and entity names, best first. Every word must match, as
 * a prefix (3+ letters) or with a typo or two (5+ letters); if nothing matches every word, any word will do.
 */
export function searchCorpus(
  index: CorpusIndex,
  text: string,
  options: SearchOptions = {},
): { total: number; items: SearchHit[] } {
  const search = searchIndexOf(index);
  const scope = options.scope ?? 'all';
  const filter = (result: { id: string }) => {
    const type = TYPE_OF[result.id[0]!];
    if (scope !== 'all' && type !== scope) return false;
    if (type === 'entity' || (!options.after && !options.before)) return true;
    const ordinal = index.ordinalById.get(articleIdOf(result.id));
    const filed = ordinal === undefined ? '' : index.derived.headers[ordinal]!.filed;
    return !((options.after && filed < options.after) || (options.before && filed >= options.before));
  };
  const run = (combineWith: 'AND' | 'OR') =>
    search.search(text, {
      combineWith,
      boost: { title: 2 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      filter,
    });
  let results = run('AND');
  if (results.length === 0) results = run('OR');
  const { offset, end } = pageBounds(options);
  const items = results.slice(offset, end).flatMap((result) => {
    const hit = hitOf(index, result.id as string, result.score, new Set(result.terms));
    return hit ? [hit] : [];
  });
  return { total: results.length, items };
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

/** Spans of the words of `text` whose folded form is one of `terms` (the index terms that matched). */
export function matchesIn(text: string, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  const separator = new RegExp(WORD_SEPARATOR.source, 'gu');
  let start = 0;
  const check = (end: number) => {
    if (end > start && terms.has(foldTerm(text.slice(start, end)) ?? '')) spans.push({ start, end });
  };
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    check(match.index);
    start = match.index + match[0].length;
  }
  check(text.length);
  return spans;
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
