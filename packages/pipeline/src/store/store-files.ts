import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '@dispatch/core';
import { writeFileAtomic } from '@dispatch/core/node';

// The on-disk layout of a compiled corpus:
//   <store>/CURRENT                  name of the live build (replaced atomically)
//   <store>/<build>/manifest.json    what compiled it (format, layout, extractor, knowledge base, counts)
//   <store>/<build>/entities.json    Entity[]
//   <store>/<build>/derived/*.json   the core DerivedIndex, one file per key, each parsed on first use
//                                    (headers as columns; index-files.ts)
//   <store>/<build>/locations.bin    where each article (by ordinal) sits: shard, byte offset, byte length,
//                                    where its structure and other annotations start, which it has
//   <store>/<build>/catalog.json     per article: id, filing date, content hash, discovered entities, referenced ids
//   <store>/<build>/search/          the search index: MiniSearch blocks and postings (search-files.ts)
//   <store>/<build>/shards/NNNN.jsonl  article records (AnnotatedArticle JSON, own fields first), one per line
// A build is written in full before CURRENT names it, so a reader never sees a half-written corpus.

/** Bumped when the layout above changes: a build of another layout is assembled again (its records reused). */
export const STORE_LAYOUT = 3;

export interface Manifest {
  format: number;
  /** STORE_LAYOUT of the build (absent before layout 2). */
  layout?: number;
  schemaVersion: string;
  extractor: string;
  knowledgeBase: string;
  dataDir: string;
  articles: number;
  shards: number;
  created: string;
}

export interface Locations {
  shard: number[];
  offset: number[];
  length: number[];
  /** Bytes of each record before its annotations (layout 2 on). */
  head?: number[];
  /** Bytes of each record before its annotations after the structure (layout 3 on). */
  structure?: number[];
  /** Annotation keys each record holds, as bits (layout 2 on). */
  annotations?: number[];
}

export interface CatalogEntry {
  id: string;
  filed: string;
  hash: string;
  /** Entities the extractor found in this article that the knowledge base lacks. */
  discovered: Entity[];
  /** Every entity id the article refers to (mentions, speakers, participants, places). */
  refs: string[];
}

export const shardPath = (build: string, shard: number) =>
  join(build, 'shards', `${String(shard).padStart(4, '0')}.jsonl`);

/** The live build folder of a store, or null when nothing has been compiled there yet. */
export function currentBuild(storeDir: string): string | null {
  const pointer = join(storeDir, 'CURRENT');
  if (!existsSync(pointer)) return null;
  const name = readFileSync(pointer, 'utf8').trim();
  const build = join(storeDir, name);
  return name && existsSync(join(build, 'manifest.json')) ? build : null;
}

export function setCurrentBuild(storeDir: string, buildName: string): void {
  writeFileAtomic(join(storeDir, 'CURRENT'), `${buildName}\n`);
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
