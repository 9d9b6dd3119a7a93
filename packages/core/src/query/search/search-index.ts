import MiniSearch, { type Options } from 'minisearch';
import type { AnnotatedArticle } from '../../schema/corpus.js';
import type { Entity } from '../../schema/entity.js';
import { Postings, type PostingsData, type QueryTerm } from './postings.js';

/** One searchable record: an article, a quote or an entity. */
export interface SearchDocument {
  /** `a:<articleId>`, `q:<articleId>:<quote index>` or `e:<entityId>`: readable without the corpus. */
  id: string;
  /** Headline, speaker name or entity name. */
  title: string;
  /** Article text, quoted words, or an entity's aliases and roles. */
  text: string;
}

/** Splits on spaces and punctuation as MiniSearch does by default; kept here so snippets split alike. */
export const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/** Folds a term as names are folded: no diacritics, lower case, apostrophes dropped. */
export function foldTerm(term: string): string | null {
  // Most words are ASCII, where folding is lower-casing: skip the Unicode normalisation for them.
  let ascii = true;
  for (let i = 0; i < term.length && ascii; i++) ascii = term.charCodeAt(i) < 128;
  if (ascii) return term.length > 0 ? term.toLowerCase() : null;
  const folded = term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return folded.length > 0 ? folded : null;
}

const tokenize = (text: string) => text.split(WORD_SEPARATOR);

// Building and loading must agree on these, or a loaded index would fold terms differently.
const OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: [],
  tokenize,
  processTerm: foldTerm,
};

/** Prefix matching from 3 letters, a typo per 5 letters from 5 (MiniSearch's `fuzzy: 0.2`, at most 6). */
export const prefixOf = (term: string) => term.length >= 3;
export const fuzzyOf = (term: string) => (term.length >= 5 ? 0.2 : false);
const distanceOf = (term: string) => {
  const fuzzy = fuzzyOf(term);
  return fuzzy === false ? 0 : Math.min(6, Math.round(term.length * fuzzy));
};

/** The words of a query as MiniSearch runs them with `prefixOf` and `fuzzyOf`. */
export function queryTerms(text: string, options: { exact?: boolean } = {}): QueryTerm[] {
  return tokenize(text)
    .map(foldTerm)
    .filter((term): term is string => !!term)
    .map((term) =>
      options.exact
        ? { term, prefix: false, distance: 0 }
        : { term, prefix: prefixOf(term), distance: distanceOf(term) },
    );
}

/** The folded terms MiniSearch indexes for a document (title and text). */
export function documentTerms(document: SearchDocument): string[] {
  const terms: string[] = [];
  for (const token of [...tokenize(document.title), ...tokenize(document.text)]) {
    const term = foldTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}

/** Version of the index layout; a serialised index of another version is rebuilt, not loaded. */
export const SEARCH_INDEX_VERSION = 2;

/** Articles per block: a search scores the matches of the blocks its page falls in, not of the corpus. */
export const SEARCH_BLOCK_ARTICLES = 250;

export function articleDocument(article: AnnotatedArticle): SearchDocument {
  return { id: `a:${article.id}`, title: article.headline, text: article.text };
}

export function quoteDocuments(article: AnnotatedArticle): SearchDocument[] {
  return article.quotes.map((quote, i) => ({
    id: `q:${article.id}:${i}`,
    title: quote.speaker?.name ?? '',
    text: quote.text,
  }));
}

export function entityDocument(entity: Entity): SearchDocument {
  return { id: `e:${entity.id}`, title: entity.name, text: [...entity.aliases, ...entity.roles].join(' · ') };
}

/** An empty MiniSearch index with the options every block shares. */
export function createSearchBlock(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>(OPTIONS);
}

/** A block serialised with `JSON.stringify(block)`, loaded again. */
export function loadSearchBlock(json: string | object): MiniSearch<SearchDocument> {
  return typeof json === 'string'
    ? MiniSearch.loadJSON<SearchDocument>(json, OPTIONS)
    : MiniSearch.loadJS<SearchDocument>(json as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
}

/** What a search index is made of, wherever it is kept. */
export interface SearchIndexParts {
  blockSize: number;
  /** Articles and entities indexed. */
  articles: number;
  entities: number;
  /** The first quote ordinal of each block, then the number of quotes. */
  quoteStarts: number[];
  postings: PostingsData;
  /**
   * Block `b`: a MiniSearch index of articles `[b·blockSize, (b+1)·blockSize)` and their quotes, block 0
   * with every entity too, so a corpus of one block is searched exactly as by a single index.
   */
  block: (b: number) => MiniSearch<SearchDocument>;
}

const BLOCKS_KEPT = 64;

/**
 * The full-text index of a corpus: MiniSearch indexes by block of articles (loaded when first searched,
 * the most recently used kept), and postings saying which documents hold each term.
 */
export class SearchIndex {
  readonly postings: Postings;
  private readonly loaded = new Map<number, MiniSearch<SearchDocument>>();

  constructor(readonly parts: SearchIndexParts) {
    this.postings = new Postings(parts.postings);
  }

  get blockCount(): number {
    return Math.max(1, Math.ceil(this.parts.articles / this.parts.blockSize));
  }

  get quoteCount(): number {
    return this.parts.quoteStarts.at(-1)!;
  }

  private blockOfQuote: Uint32Array | null = null;

  /** For each quote ordinal, the block holding it. */
  quoteBlocks(): Uint32Array {
    if (!this.blockOfQuote) {
      const { quoteStarts } = this.parts;
      this.blockOfQuote = new Uint32Array(this.quoteCount);
      for (let b = 0; b + 1 < quoteStarts.length; b++) {
        this.blockOfQuote.fill(b, quoteStarts[b]!, quoteStarts[b + 1]!);
      }
    }
    return this.blockOfQuote;
  }

  block(b: number): MiniSearch<SearchDocument> {
    let block = this.loaded.get(b);
    if (block) this.loaded.delete(b);
    else block = this.parts.block(b);
    this.loaded.set(b, block);
    if (this.loaded.size > BLOCKS_KEPT) this.loaded.delete(this.loaded.keys().next().value!);
    return block;
  }
}

/** The index as JSON text, to ship to a browser (every block is included). */
export function serializeSearchIndex(search: SearchIndex): string {
  const { block, postings, ...rest } = search.parts;
  const blocks = Array.from({ length: search.blockCount }, (_, b) => search.block(b));
  return JSON.stringify({
    version: SEARCH_INDEX_VERSION,
    ...rest,
    postings: {
      terms: postings.terms,
      starts: [...Array.from(postings.starts)],
      data: Array.from(postings.data),
    },
    blocks,
  });
}

/** Loads what `serializeSearchIndex` wrote. Throws when the text is not a search index of this version. */
export function loadSearchIndex(json: string): SearchIndex {
  const parsed = JSON.parse(json) as Partial<Omit<SearchIndexParts, 'block'>> & {
    version?: unknown;
    blocks?: unknown[];
  };
  if (parsed?.version !== SEARCH_INDEX_VERSION || !Array.isArray(parsed.blocks) || !parsed.postings) {
    throw new Error(`not a Dispatch search index of version ${SEARCH_INDEX_VERSION}`);
  }
  const blocks = parsed.blocks;
  return new SearchIndex({
    blockSize: parsed.blockSize!,
    articles: parsed.articles!,
    entities: parsed.entities!,
    quoteStarts: parsed.quoteStarts!,
    postings: parsed.postings,
    block: (b) => loadSearchBlock(blocks[b] as object),
  });
}
