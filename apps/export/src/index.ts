// The programmatic surface of @dispatch/export, for callers such as the website's build, which
// publishes the same files on its /data/ page that the CLI writes.
export { articleEntities } from './article-entities.js';
export { codePointOffsets } from './code-points.js';
export { ANNO_CONTEXT, offlineDocumentLoader, SCHEMA_ORG_CONTEXT } from './document-loader.js';
export { ExportDataError, UsageError } from './errors.js';
export { annotationsOfArticle } from './formats/annotations.js';
export { jsonLdOfArticle } from './formats/jsonld.js';
export { RECORD_TYPES, type RecordType, recordsOfArticle } from './formats/ndjson.js';
export { ninjsOfArticle } from './formats/ninjs.js';
export { FORMAT_NAMES, type FormatName, resolveFormats } from './formats/registry.js';
export { ndjsonRecordSchemas, schemaFiles } from './formats/schema.js';
export { creationTime, type Manifest, type RecordCounts, TOOL_VERSION } from './manifest.js';
export type { FileRecord } from './output/buffered-file.js';
export { type ExportInput, inputFromIndex } from './validate.js';
export {
  type ExportResult,
  type WriteExportOptions,
  type WriteToStreamOptions,
  writeExport,
  writeExportToStream,
} from './write-export.js';
