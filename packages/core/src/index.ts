// The public surface of @dispatch/core: schemas, their types and the queries. Pure and isomorphic:
// nothing here touches the file system (that is @dispatch/core/node).
export { DataFileError } from './data/data-file-error.js';
export { parseDataFile } from './data/parse-data-file.js';
export { type PersonInArticle, peopleOfArticle } from './query/article-people.js';
export { type ArticleSummary, entitiesOfArticle, getArticle, listArticles } from './query/articles.js';
export { type InContext, inContext, sentenceAt, sentencesOf } from './query/context.js';
export {
  type CorpusIndex,
  indexCorpus,
  type MentionInArticle,
  type QuoteInArticle,
} from './query/corpus-index.js';
export {
  getEntity,
  type MentionInContext,
  mentionsOfEntity,
  type QuoteWithArticle,
  quotesOfEntity,
} from './query/entities.js';
export { type EventInArticle, eventsOfEntity, type Meeting, meetings } from './query/entity-events.js';
export { type Mark, marksIn, type Segment, segmentText } from './query/markup.js';
export { groupQuotesBySpeaker, type SpeakerGroup, speakerKey } from './query/quote-groups.js';
export { type SentenceRef, sentenceRef } from './query/sentence-ref.js';
export { type EntityPair, type SharedSentencesOptions, sharedSentences } from './query/shared-sentences.js';
export {
  type Timeline,
  type TimelineEntry,
  type TimelineOptions,
  timelineEntries,
  type VagueTime,
} from './query/timeline-entries.js';
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
