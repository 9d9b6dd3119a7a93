import type { Span } from '../../schema/span.js';
import type { ArticleOutline, ArticleSummary } from '../articles.js';
import type { TimelinePage } from '../chronology.js';
import type { EntityWithCount, MentionInContext } from '../entities.js';
import type { Mark } from '../markup.js';
import type { QuoteHit } from '../quotes.js';
import type { CoOccurrence, EntityRef, MeetingHit } from '../relations.js';
import type { SearchHit } from '../search/search.js';
import type { Query } from './query-schema.js';

/** How a name in the query was understood: the entity it matched, and any others it could mean. */
export interface Resolution {
  field: string;
  value: string;
  entity: EntityRef | null;
  alternatives: EntityRef[];
}

/** What every result carries besides its items. */
export interface ResultBase {
  /** The query that ran (defaults filled in). */
  query: Query;
  /** Matching items in all, of which `items` is the page from `query.offset`. */
  total: number;
  resolved: Resolution[];
  /** Things the reader should know: an unknown name, an ambiguous one. */
  notes: string[];
}

/** Every item that comes from an article links back to its words: the article id and the spans. */
export interface Linked {
  articleId: string;
  spans: Span[];
}

export type ArticleItem = ArticleSummary & Linked & { mentions: number[] };
export type MentionItem = MentionInContext & Linked;
export type QuoteItem = QuoteHit & Linked;
export type MeetingItem = MeetingHit & Linked;

/** What `runQuery` returns: a union on `kind`, the same kind as the query's. */
export type QueryResult =
  | (ResultBase & { kind: 'articles'; items: ArticleItem[] })
  | (ResultBase & {
      kind: 'article';
      items: [];
      article: ArticleSummary | null;
      outline: ArticleOutline | null;
      /** Quotes, mentions and time expressions in reading order, each with its span. */
      marks: Mark[];
    })
  | (ResultBase & { kind: 'entities'; items: EntityWithCount[] })
  | (ResultBase & { kind: 'mentions'; entity: EntityRef | null; items: MentionItem[] })
  | (ResultBase & { kind: 'quotes'; items: QuoteItem[] })
  | (ResultBase & { kind: 'search'; items: SearchHit[] })
  | (ResultBase & { kind: 'timeline'; items: TimelinePage['items']; vague: TimelinePage['vague'] })
  | (ResultBase & { kind: 'meetings'; items: MeetingItem[] })
  | (ResultBase & { kind: 'cooccurrence'; items: CoOccurrence[] });
