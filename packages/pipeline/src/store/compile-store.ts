import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type AnnotatedArticle,
  AnnotatedArticleSchema,
  type Article,
  compareArticles,
  DerivedIndexBuilder,
  type Entity,
  type KnownEntity,
  SCHEMA_VERSION,
} from '@dispatch/core';
import type { Extraction } from '@dispatch/extract';
import {
  CorpusValidationError,
  type ExtractFn,
  mergeDiscovered,
  referencedEntityIds,
} from '../compile-corpus.js';
import { articleRecord } from './article-records.js';
import { extractorFingerprint, STORE_FORMAT } from './fingerprint.js';
import { readLocations, writeDerived, writeLocations } from './index-files.js';
import { type ScannedArticle, type ScannedSources, scanSources } from './scan-sources.js';
import { SearchWriter } from './search-files.js';
import {
  type CatalogEntry,
  currentBuild,
  type Locations,
  type Manifest,
  readJson,
  STORE_LAYOUT,
  setCurrentBuild,
  shardPath,
} from './store-files.js';

const ARTICLES_PER_SHARD = 1000;

export interface CompilePlan {
  storeDir: string;
  sources: ScannedSources;
  extractor: string;
  /** The live build and its catalog, when there is one of the same format and extractor. */
  previous: { build: string; catalog: CatalogEntry[]; locations: Locations } | null;
  /** Articles whose content hash is new: these must be extracted. */
  changed: ScannedArticle[];
  /** True when the live build already holds exactly these articles: nothing to do. */
  upToDate: boolean;
}

export interface CompileStats {
  build: string;
  articles: number;
  extracted: number;
  reused: number;
  /** False when the live build was already up to date and nothing was written. */
  wrote: boolean;
}

/** Hashes every source and compares with the live build: which articles must be extracted again. */
export function planCompile(dataDir: string, storeDir: string): CompilePlan {
  const extractor = extractorFingerprint();
  const sources = scanSources(resolve(dataDir), extractor, storeDir);
  const build = currentBuild(storeDir);
  let previous: CompilePlan['previous'] = null;
  let sameLayout = false;
  if (build) {
    const manifest = readJson<Manifest>(join(build, 'manifest.json'));
    if (manifest.format === STORE_FORMAT && manifest.schemaVersion === SCHEMA_VERSION) {
      previous = {
        build,
        catalog: readJson<{ articles: CatalogEntry[] }>(join(build, 'catalog.json')).articles,
        locations: readLocations(build, manifest.layout ?? 1),
      };
      sameLayout = manifest.layout === STORE_LAYOUT;
    }
  }
  const known = new Map(previous?.catalog.map((entry) => [entry.id, entry.hash]));
  const changed = sources.articles.filter((article) => known.get(article.id) !== article.hash);
  const upToDate =
    previous !== null &&
    sameLayout &&
    changed.length === 0 &&
    previous.catalog.length === sources.articles.length;
  return { storeDir, sources, extractor, previous, changed, upToDate };
}

/** A build being written: where fresh records are spooled until the build is assembled. */
export interface OpenBuild {
  plan: CompilePlan;
  name: string;
  dir: string;
  /** The previous build, when its shards could be opened (else everything is extracted afresh). */
  previous: CompilePlan['previous'];
  /** Articles to extract. */
  changed: ScannedArticle[];
  oldShards: Map<number, number>;
  spool: {
    fd: number;
    bytes: number;
    records: Map<string, { entry: CatalogEntry; offset: number; length: number }>;
  };
}

/**
 * Starts a build. The previous build's shards are opened first: once open, a concurrent compile removing
 * that build cannot pull them away; if it is already gone, every article is extracted instead.
 */
export function startBuild(plan: CompilePlan): OpenBuild {
  let { previous, changed } = plan;
  const oldShards = new Map<number, number>();
  if (previous) {
    try {
      for (const shard of new Set(previous.locations.shard)) {
        oldShards.set(shard, openSync(shardPath(previous.build, shard), 'r'));
      }
    } catch {
      for (const fd of oldShards.values()) closeSync(fd);
      oldShards.clear();
      previous = null;
      changed = plan.sources.articles;
    }
  }
  const name = `build-${Date.now().toString(36)}-${process.pid}`;
  const dir = join(plan.storeDir, name);
  mkdirSync(join(dir, 'shards'), { recursive: true });
  const fd = openSync(join(dir, 'fresh.jsonl'), 'w+');
  return { plan, name, dir, previous, changed, oldShards, spool: { fd, bytes: 0, records: new Map() } };
}

/** Validates one fresh extraction and appends it to the build's spool. */
export function spoolExtraction(
  build: OpenBuild,
  scanned: ScannedArticle,
  article: Article,
  extraction: Extraction,
): void {
  const annotated = validateArticle({ ...article, ...extraction.annotations });
  const record = Buffer.from(JSON.stringify(annotated));
  writeSync(build.spool.fd, record, 0, record.length, build.spool.bytes);
  build.spool.records.set(scanned.id, {
    entry: {
      id: scanned.id,
      filed: annotated.filed,
      hash: scanned.hash,
      discovered: extraction.entities,
      refs: [...referencedEntityIds([annotated])],
    },
    offset: build.spool.bytes,
    length: record.length,
  });
  build.spool.bytes += record.length;
}

/** Compiles in this thread: plan, extract what changed with `extract`, assemble. */
export function compileSync(plan: CompilePlan, extract: ExtractFn): CompileStats {
  if (plan.upToDate && plan.previous) return unchanged(plan.previous);
  const build = startBuild(plan);
  try {
    const knowledgeBase = plan.sources.knowledgeBase.entities;
    for (const scanned of build.changed) {
      const source = scanned.read();
      spoolExtraction(build, scanned, source.article, extract(source, knowledgeBase));
    }
    return assembleBuild(build);
  } catch (error) {
    abandonBuild(build);
    throw error;
  }
}

export const unchanged = (previous: NonNullable<CompilePlan['previous']>): CompileStats => ({
  build: previous.build,
  articles: previous.catalog.length,
  extracted: 0,
  reused: previous.catalog.length,
  wrote: false,
});

/** Closes and removes a build that failed part-way; the live build is untouched. */
export function abandonBuild(build: OpenBuild): void {
  for (const fd of [...build.oldShards.values(), build.spool.fd]) closeSync(fd);
  rmSync(build.dir, { recursive: true, force: true });
}

/**
 * Writes the build: fresh records from the spool and unchanged ones read from the previous build (written
 * again, own fields first), in corpus order, with the derived and search indexes built by streaming every
 * article once. The
 * build becomes live only when complete.
 */
export function assembleBuild(build: OpenBuild): CompileStats {
  const { plan, previous, oldShards, spool, dir } = build;
  const { sources } = plan;
  const previousById = new Map(previous?.catalog.map((entry, ordinal) => [entry.id, { entry, ordinal }]));
  const entries = sources.articles.map(
    (scanned) => spool.records.get(scanned.id)?.entry ?? previousById.get(scanned.id)!.entry,
  );
  entries.sort(compareArticles);
  const entities = publishedEntities(sources.knowledgeBase.entities, entries);
  const read = (fd: number, offset: number, length: number): string => {
    const buffer = Buffer.allocUnsafe(length);
    readSync(fd, buffer, 0, length, offset);
    return buffer.toString('utf8');
  };
  const recordOf = (id: string): string => {
    const fresh = spool.records.get(id);
    if (fresh) return read(spool.fd, fresh.offset, fresh.length);
    const { ordinal } = previousById.get(id)!;
    const { shard, offset, length } = previous!.locations;
    return read(oldShards.get(shard[ordinal]!)!, offset[ordinal]!, length[ordinal]!);
  };

  const derived = new DerivedIndexBuilder(entities);
  const search = new SearchWriter(dir, entities);
  const locations: Required<Locations> = {
    shard: [],
    offset: [],
    length: [],
    head: [],
    structure: [],
    annotations: [],
  };
  let chunk: string[] = [];
  let bytes = 0;
  const flush = (shard: number) => {
    writeFileSync(shardPath(dir, shard), chunk.join(''));
    chunk = [];
    bytes = 0;
  };
  try {
    entries.forEach((entry, ordinal) => {
      const article = JSON.parse(recordOf(entry.id)) as AnnotatedArticle;
      // Written again rather than copied, so every record has its own fields first (article-records.ts).
      const record = articleRecord(article);
      const shard = Math.floor(ordinal / ARTICLES_PER_SHARD);
      const length = Buffer.byteLength(record.json);
      locations.shard.push(shard);
      locations.offset.push(bytes);
      locations.length.push(length);
      locations.head.push(record.headBytes);
      locations.structure.push(record.structureBytes);
      locations.annotations.push(record.annotations);
      chunk.push(record.json, '\n');
      bytes += length + 1;
      derived.add(article);
      search.add(article);
      if ((ordinal + 1) % ARTICLES_PER_SHARD === 0) flush(shard);
    });
    if (chunk.length > 0) flush(Math.floor((entries.length - 1) / ARTICLES_PER_SHARD));
    search.finish();
    const manifest: Manifest = {
      format: STORE_FORMAT,
      layout: STORE_LAYOUT,
      schemaVersion: SCHEMA_VERSION,
      extractor: plan.extractor,
      knowledgeBase: sources.knowledgeBaseHash,
      dataDir: sources.dataDir,
      articles: entries.length,
      shards: Math.ceil(entries.length / ARTICLES_PER_SHARD),
      created: new Date().toISOString(),
    };
    writeFileSync(join(dir, 'entities.json'), JSON.stringify(entities));
    writeDerived(join(dir, 'derived'), derived.finish());
    writeLocations(join(dir, 'locations.bin'), locations);
    writeFileSync(join(dir, 'catalog.json'), JSON.stringify({ articles: entries }));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  } catch (error) {
    abandonBuild(build);
    throw error;
  }
  for (const fd of [...oldShards.values(), spool.fd]) closeSync(fd);
  rmSync(join(dir, 'fresh.jsonl'), { force: true });
  setCurrentBuild(plan.storeDir, build.name);
  removeOldBuilds(plan.storeDir, build.name, previous?.build ?? null);
  return {
    build: dir,
    articles: entries.length,
    extracted: spool.records.size,
    reused: entries.length - spool.records.size,
    wrote: true,
  };
}

/** Curated entities the corpus refers to, then discovered ones (merged across articles), sorted by id. */
function publishedEntities(
  knowledgeBase: readonly KnownEntity[],
  entries: readonly CatalogEntry[],
): Entity[] {
  const known = new Set(knowledgeBase.map((entity) => entity.id));
  const discovered = new Map<string, Entity>();
  const referenced = new Set<string>();
  for (const entry of entries) {
    for (const entity of entry.discovered) if (!known.has(entity.id)) mergeDiscovered(discovered, entity);
    for (const id of entry.refs) referenced.add(id);
  }
  const entities: Entity[] = [
    ...knowledgeBase.map((entity): Entity => ({ ...entity, source: 'knowledge-base' })),
    ...discovered.values(),
  ].filter((entity) => referenced.has(entity.id));
  const published = new Set(entities.map((entity) => entity.id));
  for (const entry of entries) {
    const unknown = entry.refs.find((id) => !published.has(id));
    if (unknown)
      throw new CorpusValidationError(`invalid corpus: article "${entry.id}": unknown entity "${unknown}"`);
  }
  return entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function validateArticle(article: AnnotatedArticle): AnnotatedArticle {
  const result = AnnotatedArticleSchema.safeParse(article);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new CorpusValidationError(
    `invalid corpus: article "${article.id}" ${issue.path.join('.')}: ${issue.message}`,
  );
}

/**
 * Removes the build this compile replaced, and builds abandoned over an hour ago (a crashed or concurrent
 * compile). A concurrent compile's fresh build is never touched: readers may just have opened it.
 */
function removeOldBuilds(storeDir: string, current: string, replaced: string | null): void {
  if (replaced && !replaced.endsWith(current)) rmSync(replaced, { recursive: true, force: true });
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(storeDir)) {
    if (!name.startsWith('build-') || name === current) continue;
    const path = join(storeDir, name);
    if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}
