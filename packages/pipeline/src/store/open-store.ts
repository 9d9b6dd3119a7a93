import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { type AnnotatedArticle, type CorpusIndex, type Entity, openCorpusIndex } from '@dispatch/core';
import { readArticleRecord } from './article-records.js';
import { openDerived, readLocations } from './index-files.js';
import { KeptFiles } from './kept-files.js';
import { openSearchFiles } from './search-files.js';
import { currentBuild, type Manifest, readJson, STORE_LAYOUT, shardPath } from './store-files.js';

// Files stay open while an index is in use, so a later compile removing the build cannot break it.
const closeWhenCollected = new FinalizationRegistry<number[]>((fds) => {
  for (const fd of fds) closeSync(fd);
});

/**
 * Opens the live build of a compiled store without reading any article: entities, article locations and
 * the article headers of the derived index are parsed; the rest of the derived index when a query first
 * needs it, an article's own fields (text, headline…) when it is asked for and its annotations when first
 * read, the search index when first searched. Throws when nothing has been compiled there, or when the
 * build is of an older layout (compiling again brings it up to date).
 */
export function openCompiledCorpus(storeDir: string, options: { cacheSize?: number } = {}): CorpusIndex {
  const build = currentBuild(storeDir);
  if (!build) throw new Error(`${storeDir}: no compiled corpus here (compile it first)`);
  const manifest = readJson<Manifest>(join(build, 'manifest.json'));
  if (manifest.layout !== STORE_LAYOUT) {
    throw new Error(
      `${storeDir}: compiled corpus of layout ${manifest.layout ?? 1}, expected ${STORE_LAYOUT} (compile it again)`,
    );
  }
  const entities = readJson<Entity[]>(join(build, 'entities.json'));
  const locations = readLocations(build, manifest.layout);
  const derivedFiles = new KeptFiles(join(build, 'derived'));
  const searchFiles = new KeptFiles(join(build, 'search'));
  const shards = Array.from({ length: manifest.shards }, (_, shard) =>
    openSync(shardPath(build, shard), 'r'),
  );
  const { shard, offset, length, head, structure, annotations } = locations as Required<typeof locations>;
  const loadArticle = (ordinal: number): AnnotatedArticle => {
    const bytes = length[ordinal];
    if (bytes === undefined) throw new RangeError(`no article at ordinal ${ordinal}`);
    const buffer = Buffer.allocUnsafe(bytes);
    readSync(shards[shard[ordinal]!]!, buffer, 0, bytes, offset[ordinal]!);
    return readArticleRecord(buffer, {
      headBytes: head[ordinal]!,
      structureBytes: structure[ordinal]!,
      annotations: annotations[ordinal]!,
    });
  };
  const index = openCorpusIndex({
    schemaVersion: manifest.schemaVersion,
    entities,
    derived: openDerived(derivedFiles),
    loadArticle,
    cacheSize: options.cacheSize,
    loaders: { search: () => openSearchFiles(searchFiles) },
  });
  closeWhenCollected.register(index, [...shards, ...derivedFiles.fds.values(), ...searchFiles.fds.values()]);
  return index;
}
