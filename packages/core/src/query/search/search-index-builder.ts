import type MiniSearch from 'minisearch';
import type { AnnotatedArticle } from '../../schema/corpus.js';
import type { Entity } from '../../schema/entity.js';
import { type CorpusIndex, memoize } from '../corpus-index.js';
import { PostingsBuilder } from './postings.js';
import {
  articleDocument,
  createSearchBlock,
  documentTerms,
  entityDocument,
  quoteDocuments,
  SEARCH_BLOCK_ARTICLES,
  type SearchDocument,
  SearchIndex,
  type SearchIndexParts,
} from './search-index.js';

/**
 * Builds a search index one article at a time, in corpus order, so a compiler can stream a large corpus
 * through it. A full block is handed to `onBlock` (to be written out and dropped) or kept.
 */
export class SearchIndexBuilder {
  private readonly entities: readonly Entity[];
  private readonly blockSize: number;
  private readonly onBlock: ((b: number, block: MiniSearch<SearchDocument>) => void) | null;
  private readonly postings = new PostingsBuilder();
  private readonly kept: MiniSearch<SearchDocument>[] = [];
  private readonly quoteStarts: number[] = [0];
  private current = createSearchBlock();
  private articles = 0;
  private quotes = 0;

  constructor(
    entities: readonly Entity[],
    options: { blockSize?: number; onBlock?: (b: number, block: MiniSearch<SearchDocument>) => void } = {},
  ) {
    // Entity ordinals are places in the index's entity list, which is sorted by id.
    this.entities = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.blockSize = options.blockSize ?? SEARCH_BLOCK_ARTICLES;
    this.onBlock = options.onBlock ?? null;
  }

  add(article: AnnotatedArticle): void {
    const document = articleDocument(article);
    this.current.add(document);
    this.postings.add('article', this.articles, documentTerms(document));
    for (const quote of quoteDocuments(article)) {
      this.current.add(quote);
      this.postings.add('quote', this.quotes++, documentTerms(quote));
    }
    this.articles++;
    if (this.articles % this.blockSize === 0) this.closeBlock();
  }

  finish(): { parts: Omit<SearchIndexParts, 'block'>; blocks: MiniSearch<SearchDocument>[] } {
    if (this.articles === 0 || this.articles % this.blockSize !== 0) this.closeBlock();
    return {
      parts: {
        blockSize: this.blockSize,
        articles: this.articles,
        entities: this.entities.length,
        quoteStarts: this.quoteStarts,
        postings: this.postings.finish(),
      },
      blocks: this.kept,
    };
  }

  private closeBlock(): void {
    const b = this.quoteStarts.length - 1;
    // After block 0's articles and quotes, as a single index would hold them.
    if (b === 0) {
      this.entities.forEach((entity, e) => {
        const document = entityDocument(entity);
        this.current.add(document);
        this.postings.add('entity', e, documentTerms(document));
      });
    }
    if (this.onBlock) this.onBlock(b, this.current);
    else this.kept.push(this.current);
    this.quoteStarts.push(this.quotes);
    this.current = createSearchBlock();
  }
}

/** Indexes every article, quote and entity of the corpus. Reads every article body once. */
export function buildSearchIndex(index: CorpusIndex, blockSize = SEARCH_BLOCK_ARTICLES): SearchIndex {
  const builder = new SearchIndexBuilder(index.entities, { blockSize });
  for (let ordinal = 0; ordinal < index.derived.headers.length; ordinal++)
    builder.add(index.article(ordinal));
  const { parts, blocks } = builder.finish();
  return new SearchIndex({ ...parts, block: (b) => blocks[b]! });
}

/** Makes `index` search with an index built earlier (e.g. loaded from disk) instead of building one. */
export function useSearchIndex(index: CorpusIndex, search: SearchIndex): void {
  index.memo.set('search', search);
}

/** The index's search index: the one attached with `useSearchIndex`, else built on first use. */
export function searchIndexOf(index: CorpusIndex): SearchIndex {
  return memoize(index, 'search', () => buildSearchIndex(index));
}
