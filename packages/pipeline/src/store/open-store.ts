import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AnnotatedArticle,
  type CorpusIndex,
  type DerivedIndex,
  type Entity,
  loadSearchIndex,
  openCorpusIndex,
} from '@dispatch/core';
import { currentBuild, type Locations, type Manifest, readJson, shardPath } from './store-files.js';

// Shard files stay open while an index is in use, so a later compile removing the build cannot break it.
const closeWhenCollected = new FinalizationRegistry<number[]>((fds) => {
  for (const fd of fds) closeSync(fd);
});

/**
 * Opens the live build of a compiled store without reading any article: entities, the derived index and
 * article locations are parsed; bodies are read from the shards when first asked for, and the search
 * index when first searched. Throws when nothing has been compiled there.
 */
export function openCompiledCorpus(storeDir: string, options: { cacheSize?: number } = {}): CorpusIndex {
  const build = currentBuild(storeDir);
  if (!build) throw new Error(`${storeDir}: no compiled corpus here (compile it first)`);
  const manifest = readJson<Manifest>(join(build, 'manifest.json'));
  const entities = readJson<Entity[]>(join(build, 'entities.json'));
  const derived = readJson<DerivedIndex>(join(build, 'derived.json'));
  const locations = readJson<Locations>(join(build, 'locations.json'));
  const fds = Array.from({ length: manifest.shards }, (_, shard) => openSync(shardPath(build, shard), 'r'));
  const loadArticle = (ordinal: number): AnnotatedArticle => {
    const length = locations.length[ordinal];
    if (length === undefined) throw new RangeError(`no article at ordinal ${ordinal}`);
    const buffer = Buffer.allocUnsafe(length);
    readSync(fds[locations.shard[ordinal]!]!, buffer, 0, length, locations.offset[ordinal]!);
    return JSON.parse(buffer.toString('utf8')) as AnnotatedArticle;
  };
  const index = openCorpusIndex({
    schemaVersion: manifest.schemaVersion,
    entities,
    derived,
    loadArticle,
    cacheSize: options.cacheSize,
    loaders: { search: () => loadSearchIndex(readFileSync(join(build, 'search.json'), 'utf8')) },
  });
  closeWhenCollected.register(index, fds);
  return index;
}
