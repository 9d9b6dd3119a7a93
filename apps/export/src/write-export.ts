import type { Writable } from 'node:stream';
import { type AnnotatedArticle, type Entity, indexCorpus } from '@dispatch/core';
import { UsageError } from './errors.js';
import type { ExportTarget } from './formats/format.js';
import { ndjsonPath, RECORD_TYPES, type RecordType } from './formats/ndjson.js';
import { FORMATS, type FormatName, resolveFormats } from './formats/registry.js';
import { buildManifest, creationTime, type Manifest, type RecordCounts } from './manifest.js';
import { ExportDir } from './output/export-dir.js';
import { StreamTarget } from './output/stream-target.js';
import { parseExportQuery, selectByQuery } from './query-selection.js';
import {
  checkSchemaVersion,
  createArticleValidator,
  type ExportInput,
  validateEntities,
} from './validate.js';

export interface WriteExportOptions {
  corpus: ExportInput;
  /** Format names ("json", "ndjson" …), comma lists allowed, or "all". */
  formats: readonly string[] | 'all';
  outDir: string;
  /** A core query: export only what it selects. */
  query?: string;
  /** Defaults to SOURCE_DATE_EPOCH, else now. */
  createdAt?: Date;
  /**
   * Parse every article with the core schema (default). Pass false only for a corpus that has just
   * passed CorpusSchema (loadCorpus's): ids and entity references are still checked.
   */
  validate?: boolean;
}

export interface ExportResult {
  outDir: string;
  manifest: Manifest;
  /** What the query engine wants the reader to know ("no person matches 'x'"). */
  notes: string[];
}

/**
 * Writes an export folder: every requested format, then manifest.json, all in a temporary folder that
 * replaces `outDir` only once complete. The programmatic twin of `dispatch-export --out`.
 */
export async function writeExport(options: WriteExportOptions): Promise<ExportResult> {
  const formats = resolveFormats(options.formats);
  const createdAt = options.createdAt ?? creationTime();
  const { input, notes } = await applyQuery(options.corpus, options.query, options.validate ?? true);
  const schemaVersion = checkSchemaVersion(input.schemaVersion);
  const entities = validateEntities(input.entities);
  const dir = ExportDir.create(options.outDir);
  try {
    const counts = await writeFormats({ ...input, schemaVersion, entities }, formats, dir, {
      // A queried corpus was checked while being gathered.
      schema: (options.validate ?? true) && options.query === undefined,
    });
    const manifest = buildManifest({
      schemaVersion,
      createdAt,
      formats,
      query: options.query ?? null,
      counts,
      files: dir.files(),
    });
    dir.commit(manifest);
    return { outDir: dir.outDir, manifest, notes };
  } catch (error) {
    dir.abort();
    throw error;
  }
}

export interface WriteToStreamOptions {
  corpus: ExportInput;
  format: string;
  /** For ndjson: which record type's file to send. */
  record?: string;
  stream: Writable;
  query?: string;
  /** As for writeExport. */
  validate?: boolean;
}

/** Sends a single format to a stream (stdout), for piping; see StreamTarget for the layout. */
export async function writeExportToStream(
  options: WriteToStreamOptions,
): Promise<{ counts: RecordCounts; notes: string[] }> {
  const formats = resolveFormats([options.format]);
  if (formats.length !== 1) throw new UsageError('--stdout takes exactly one format');
  const format = formats[0]!;
  const accepts = streamSelection(format, options.record);
  const { input, notes } = await applyQuery(options.corpus, options.query, options.validate ?? true);
  const schemaVersion = checkSchemaVersion(input.schemaVersion);
  const entities = validateEntities(input.entities);
  const target = new StreamTarget(options.stream, accepts);
  const counts = await writeFormats({ ...input, schemaVersion, entities }, formats, target, {
    // A queried corpus was checked while being gathered.
    schema: (options.validate ?? true) && options.query === undefined,
    ready: () => target.ready(),
  });
  await target.finish();
  return { counts, notes };
}

function streamSelection(format: FormatName, record: string | undefined): (path: string) => boolean {
  if (format === 'ndjson') {
    if (!record) {
      throw new UsageError(
        `--stdout with ndjson needs --record, one of: ${RECORD_TYPES.join(', ')} (each is its own file)`,
      );
    }
    if (!(RECORD_TYPES as readonly string[]).includes(record)) {
      throw new UsageError(`unknown record type "${record}"; expected one of: ${RECORD_TYPES.join(', ')}`);
    }
    const path = ndjsonPath(record as RecordType);
    return (p) => p === path;
  }
  if (record) throw new UsageError('--record applies to --format ndjson only');
  if (format === 'json') return (p) => p === 'json/corpus.json';
  return (p) => p.startsWith(`${format}/`);
}

// Let signals and I/O callbacks in between articles, so Ctrl-C can clean up a long export.
const YIELD_EVERY = 256;

async function writeFormats(
  input: ExportInput & { entities: Entity[] },
  formats: FormatName[],
  target: ExportTarget,
  { schema, ready }: { schema: boolean; ready?: () => Promise<void> },
): Promise<RecordCounts> {
  const entityById = new Map(input.entities.map((entity) => [entity.id, entity]));
  const context = { schemaVersion: input.schemaVersion, entities: input.entities, entityById };
  const writers = formats.map((format) => FORMATS[format].open(target, context));
  const validate = createArticleValidator(new Set(entityById.keys()), { schema });
  const counts: RecordCounts = {
    articles: 0,
    entities: input.entities.length,
    mentions: 0,
    quotes: 0,
    times: 0,
    events: 0,
  };
  for await (const raw of input.articles) {
    const article = validate(raw, counts.articles);
    counts.articles++;
    counts.mentions += article.mentions.length;
    counts.quotes += article.quotes.length;
    counts.times += article.times.length;
    counts.events += article.events.length;
    for (const writer of writers) writer.article(article);
    if (ready) await ready();
    if (counts.articles % YIELD_EVERY === 0) await new Promise((done) => setImmediate(done));
  }
  for (const writer of writers) writer.end();
  return counts;
}

/**
 * Narrows the input to what `query` selects. An input from a corpus index is queried in place; any
 * other is gathered (and validated, so the engine only sees well-formed data) and indexed first.
 */
async function applyQuery(
  input: ExportInput,
  query: string | undefined,
  schema: boolean,
): Promise<{ input: ExportInput; notes: string[] }> {
  if (query === undefined) return { input, notes: [] };
  parseExportQuery(query); // a malformed query fails before any data is read
  if (input.index) return selectByQuery(input.index, query);
  const schemaVersion = checkSchemaVersion(input.schemaVersion);
  const entities = validateEntities(input.entities);
  const validate = createArticleValidator(new Set(entities.map((entity) => entity.id)), { schema });
  const articles: AnnotatedArticle[] = [];
  for await (const raw of input.articles) articles.push(validate(raw, articles.length));
  return selectByQuery(indexCorpus({ schemaVersion, entities, articles }), query);
}
