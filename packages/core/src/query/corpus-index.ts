import { type AnnotatedArticle, type Corpus, SCHEMA_VERSION } from '../schema/corpus.js';
import type { Entity } from '../schema/entity.js';
import type { Mention } from '../schema/mention.js';
import type { Quote } from '../schema/quote.js';
import { compareArticles, type DerivedIndex, deriveIndex } from './derived-index.js';
import { LazyArticleMap, lruCache } from './lazy-article-map.js';

export interface MentionInArticle {
  article: AnnotatedArticle;
  mention: Mention;
}

export interface QuoteInArticle {
  article: AnnotatedArticle;
  quote: Quote;
}

/**
 * Lookup tables built once per corpus so every query is a map access, not a scan. Article bodies may be
 * materialised lazily (a compiled corpus reads them from disk when first asked for); `derived` holds
 * every list and count the queries need without touching a body.
 */
export interface CorpusIndex {
  /** The whole corpus. On a lazily loaded corpus this materialises every article: avoid on large ones. */
  readonly corpus: Corpus;
  readonly articleById: ReadonlyMap<string, AnnotatedArticle>;
  readonly entityById: ReadonlyMap<string, Entity>;
  /** Built on first access by reading every article; queries use `derived` instead. */
  readonly mentionsByEntity: ReadonlyMap<string, readonly MentionInArticle[]>;
  /** Built on first access by reading every article; queries use `derived` instead. */
  readonly quotesBySpeaker: ReadonlyMap<string, readonly QuoteInArticle[]>;
  readonly schemaVersion: string;
  /** Entities sorted by id. */
  readonly entities: readonly Entity[];
  readonly derived: DerivedIndex;
  /** Article id → ordinal (its place in `derived.headers`, newest first). */
  readonly ordinalById: ReadonlyMap<string, number>;
  /** The article at `ordinal`. */
  article(ordinal: number): AnnotatedArticle;
  /** Per-index memo for structures that are costly and only some queries need (search, name lookup). */
  readonly memo: Map<string, unknown>;
  /** Loaders for memo entries stored elsewhere (e.g. `search` from a compiled corpus), run on first use. */
  readonly loaders: ReadonlyMap<string, () => unknown>;
}

/** The parts a compiled corpus is stored as; `loadArticle` materialises one body by ordinal. */
export interface CorpusParts {
  schemaVersion: string;
  entities: Entity[];
  derived: DerivedIndex;
  loadArticle: (ordinal: number) => AnnotatedArticle;
  /** How many materialised articles to keep (default 1024). */
  cacheSize?: number;
  /** Loaders for memo entries stored beside the corpus, e.g. `{ search: () => loadSearchIndex(json) }`. */
  loaders?: Record<string, () => unknown>;
}

/** Indexes a corpus held in memory. `derived` may be passed when already built (e.g. loaded from disk). */
export function indexCorpus(corpus: Corpus, options: { derived?: DerivedIndex } = {}): CorpusIndex {
  const articles = [...corpus.articles].sort(compareArticles);
  const index = openCorpusIndex({
    schemaVersion: corpus.schemaVersion,
    entities: corpus.entities,
    derived: options.derived ?? deriveIndex(corpus),
    loadArticle: (ordinal) => articles[ordinal]!,
    cacheSize: 0,
  });
  Object.defineProperty(index, 'corpus', { value: corpus });
  return index;
}

/** Opens a corpus from its stored parts without materialising any article. */
export function openCorpusIndex(parts: CorpusParts): CorpusIndex {
  const { derived } = parts;
  const ids = derived.headers.map((header) => header.id);
  const ordinalById = new Map(ids.map((id, ordinal) => [id, ordinal]));
  const load =
    parts.cacheSize === 0 ? parts.loadArticle : lruCache(parts.cacheSize ?? 1024, parts.loadArticle);
  const entities = [...parts.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, build: () => T): T => {
    if (!memo.has(key)) memo.set(key, build());
    return memo.get(key) as T;
  };
  const allArticles = () => ids.map((_, ordinal) => load(ordinal));
  return {
    get corpus(): Corpus {
      return once('corpus', () => ({
        schemaVersion: parts.schemaVersion,
        entities: [...entities],
        articles: allArticles(),
      }));
    },
    articleById: new LazyArticleMap(ids, ordinalById, load),
    entityById: new Map(entities.map((entity) => [entity.id, entity])),
    get mentionsByEntity() {
      return once('mentionsByEntity', () => {
        const byEntity = new Map<string, MentionInArticle[]>();
        for (const article of allArticles()) {
          for (const mention of article.mentions) {
            if (mention.entityId) push(byEntity, mention.entityId, { article, mention });
          }
        }
        return byEntity;
      });
    },
    get quotesBySpeaker() {
      return once('quotesBySpeaker', () => {
        const bySpeaker = new Map<string, QuoteInArticle[]>();
        for (const article of allArticles()) {
          for (const quote of article.quotes) {
            if (quote.speaker?.entityId) push(bySpeaker, quote.speaker.entityId, { article, quote });
          }
        }
        return bySpeaker;
      });
    },
    schemaVersion: parts.schemaVersion ?? SCHEMA_VERSION,
    entities,
    derived,
    ordinalById,
    article: load,
    memo,
    loaders: new Map(Object.entries(parts.loaders ?? {})),
  };
}

/** Computes a value once per index and keeps it in `index.memo`. */
export function memoize<T>(index: CorpusIndex, key: string, build: () => T): T {
  if (!index.memo.has(key)) index.memo.set(key, (index.loaders.get(key) ?? build)());
  return index.memo.get(key) as T;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
