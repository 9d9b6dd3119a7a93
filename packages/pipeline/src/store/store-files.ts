import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '@dispatch/core';
import { writeFileAtomic } from '@dispatch/core/node';

// The on-disk layout of a compiled corpus:
//   <store>/CURRENT                  name of the live build (replaced atomically)
//   <store>/<build>/manifest.json    what compiled it (format, extractor, knowledge base, counts)
//   <store>/<build>/entities.json    Entity[]
//   <store>/<build>/derived.json     the core DerivedIndex (headers, postings, timeline, pairs)
//   <store>/<build>/locations.json   where each article (by ordinal) sits: shard, byte offset, byte length
//   <store>/<build>/catalog.json     per article: id, filing date, content hash, discovered entities, referenced ids
//   <store>/<build>/search.json      the serialised MiniSearch index
//   <store>/<build>/shards/NNNN.jsonl  article records (AnnotatedArticle JSON), one per line
// A build is written in full before CURRENT names it, so a reader never sees a half-written corpus.

export interface Manifest {
  format: number;
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
