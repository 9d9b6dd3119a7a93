import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBaseSchema, type KnownEntity, parseDataFile } from '@dispatch/core';
import { findDataDir } from '@dispatch/core/node';

/** The knowledge base from `file`, else data/entities.yaml above the current folder, else empty. */
export function loadKnowledgeBase(file: string | null): KnownEntity[] {
  if (file) return parseDataFile(readFileSync(file, 'utf8'), file, KnowledgeBaseSchema).entities;
  let dataDir: string;
  try {
    dataDir = findDataDir();
  } catch {
    return []; // no data/ folder: extraction still works, with nothing to link to
  }
  const path = ['entities.yaml', 'entities.yml', 'entities.json']
    .map((n) => join(dataDir, n))
    .find(existsSync);
  return path ? parseDataFile(readFileSync(path, 'utf8'), path, KnowledgeBaseSchema).entities : [];
}
