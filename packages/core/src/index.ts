// The public surface of @dispatch/core: schemas, their types and the queries. Pure and isomorphic:
// nothing here touches the file system (that is @dispatch/core/node).

export {
  applyCuration,
  type CurationEntity,
  type CurationInput,
} from './curation/apply-curation.js';
export {
  type CurationEntry,
  CurationEntrySchema,
  type CurationFile,
  CurationFileSchema,
  type TextQuoteSelector,
  TextQuoteSelectorSchema,
} from './curation/curation-file.js';
export {
  CURATION_ACTIONS,
  type CurationAction,
  CurationActionSchema,
  type CurationOutcome,
  CurationOutcomeSchema,
  type Note,
  NoteSchema,
} from './curation/curation-records.js';
export { type Resolution as TextQuoteResolution, resolveTextQuote } from './curation/text-quote.js';
export { DataFileError } from './data/data-file-error.js';
export { parseDataFile } from './data/parse-data-file.js';
export { describeTime, formatDay, formatLongDate, formatTimeValue, MONTH_NAMES } from './format/dates.js';
export { type PersonInArticle, peopleOfArticle } from './query/article-people.js';
export {
  type ArticleOutline,
  type ArticleSummary,
  type ArticleWithCounts,
  annotationsInOrder,
  articleOutline,
  articlesByDate,
  articlesByEntity,
  type DateRange,
  entitiesOfArticle,
  getArticle,
  getArticleSummary,
  listArticles,
  mentionsInArticle,
  type OutlineParagraph,
  type OutlineSection,
} from './query/articles.js';
export {
  queryTimeline,
  type TimelineItem,
  type TimelinePage,
  type TimelineQuery,
} from './query/chronology.js';
export { type InContext, inContext, sentenceAt, sentencesOf } from './query/context.js';
export {
  type CorpusIndex,
  type CorpusParts,
  indexCorpus,
  type MentionInArticle,
  openCorpusIndex,
  type QuoteInArticle,
} from './query/corpus-index.js';
export { periodOf } from './query/dates.js';
export {
  type ArticleHeader,
  compareArticles,
  type DerivedIndex,
  DerivedIndexBuilder,
  deriveIndex,
} from './query/derived-index.js';
export {
  type EntityListOptions,
  type EntityWithCount,
  getEntity,
  listEntities,
  type MentionInContext,
  mentionsOfEntity,
  mostMentioned,
  pageOfMentions,
  type QuoteWithArticle,
  quotesOfEntity,
} from './query/entities.js';
export { type EventInArticle, eventsOfEntity } from './query/entity-events.js';
export { findEntities, mentionCount } from './query/entity-lookup.js';
export { formatQuery, QUERY_HELP } from './query/language/format-query.js';
export { parseQuery } from './query/language/parse-query.js';
export type {
  ArticleItem,
  Linked,
  MeetingItem,
  MentionItem,
  QueryResult,
  QuoteItem,
  Resolution,
} from './query/language/query-result.js';
export {
  type ParseResult,
  type Query,
  type QueryError,
  type QueryKind,
  QuerySchema,
} from './query/language/query-schema.js';
export { runQuery } from './query/language/run-query.js';
export { lowerBound } from './query/lower-bound.js';
export { type Mark, marksIn, type Segment, segmentText } from './query/markup.js';
export { foldName } from './query/normalize.js';
export type { PageOptions } from './query/page.js';
export { groupQuotesBySpeaker, type SpeakerGroup, speakerKey } from './query/quote-groups.js';
export { findQuotes, type QuoteHit, type QuoteQuery, quoteChannelCounts } from './query/quotes.js';
export {
  type CoOccurrence,
  type CoOccurrenceQuery,
  coOccurrences,
  type EntityRef,
  type Evidence,
  findMeetings,
  type MeetingHit,
  type MeetingQuery,
} from './query/relations.js';
export { type SearchHit, type SearchOptions, type Snippet, searchCorpus } from './query/search/search.js';
export {
  articleDocument,
  createSearchBlock,
  entityDocument,
  loadSearchBlock,
  loadSearchIndex,
  quoteDocuments,
  SEARCH_BLOCK_ARTICLES,
  type SearchDocument,
  SearchIndex,
  type SearchIndexParts,
  serializeSearchIndex,
} from './query/search/search-index.js';
export {
  buildSearchIndex,
  SearchIndexBuilder,
  searchIndexOf,
  useSearchIndex,
} from './query/search/search-index-builder.js';
export { type SentenceRef, sentenceRef } from './query/sentence-ref.js';
export { type Annotations, AnnotationsSchema } from './schema/annotations.js';
export { type Article, type ArticleMeta, ArticleMetaSchema, ArticleSchema } from './schema/article.js';
export { findSpanIssues } from './schema/check-spans.js';
export {
  type AnnotatedArticle,
  AnnotatedArticleSchema,
  type Corpus,
  CorpusSchema,
  SCHEMA_VERSION,
} from './schema/corpus.js';
export {
  type Entity,
  type EntityKind,
  EntityKindSchema,
  EntitySchema,
  type KnowledgeBase,
  KnowledgeBaseSchema,
  type KnownEntity,
  KnownEntitySchema,
} from './schema/entity.js';
export { type Event, EventSchema, type EventType, EventTypeSchema } from './schema/event.js';
export { IsoDateSchema, SlugSchema, slugify, WikidataIdSchema } from './schema/ids.js';
export { jsonSchemas } from './schema/json-schema.js';
export { type Mention, MentionFormSchema, MentionSchema } from './schema/mention.js';
export { type Quote, QuoteSchema, type Speaker, SpeakerSchema } from './schema/quote.js';
export {
  compareSpans,
  type Provenance,
  ProvenanceSchema,
  type Span,
  SpanSchema,
  sliceSpan,
  spanContains,
  spanLength,
  spansOverlap,
  type TextSpan,
  TextSpanSchema,
} from './schema/span.js';
export {
  type Paragraph,
  ParagraphSchema,
  type Section,
  SectionSchema,
  type Sentence,
  SentenceSchema,
  type Structure,
  StructureSchema,
} from './schema/structure.js';
export {
  type TimeExpression,
  TimeExpressionSchema,
  type TimeGranularity,
  TimeGranularitySchema,
} from './schema/time.js';
