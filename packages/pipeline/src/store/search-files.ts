import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AnnotatedArticle,
  type Entity,
  loadSearchBlock,
  SearchIndex,
  SearchIndexBuilder,
  type SearchIndexParts,
} from '@dispatch/core';
import { asciiJson, parseAsciiJson } from './index-files.js';
import type { KeptFiles } from './kept-files.js';

// A compiled corpus keeps its search index in <build>/search/:
//   meta.json         block size, counts, each block's first quote, the index terms (sorted)
//                     (the JSON files are ASCII, read as Latin-1: see index-files.ts)
//   postings.bin      little-endian uint32: the term starts (3 per term, plus one), then the postings
//   block-NNNN.json   one serialised MiniSearch index per block of articles, read when first searched

/** Bumped when the files above change shape. */
export const SEARCH_FILES_VERSION = 2;

interface SearchMeta extends Omit<SearchIndexParts, 'block' | 'postings'> {
  version: number;
  terms: string[];
}

const blockName = (b: number) => `block-${String(b).padStart(4, '0')}.json`;

/** Streams articles into a search index, writing each block of it as soon as it is full. */
export class SearchWriter {
  private readonly dir: string;
  private readonly builder: SearchIndexBuilder;

  constructor(buildDir: string, entities: readonly Entity[], blockSize?: number) {
    this.dir = join(buildDir, 'search');
    mkdirSync(this.dir, { recursive: true });
    this.builder = new SearchIndexBuilder(entities, {
      blockSize,
      onBlock: (b, block) => writeFileSync(join(this.dir, blockName(b)), asciiJson(block)),
    });
  }

  add(article: AnnotatedArticle): void {
    this.builder.add(article);
  }

  finish(): void {
    const { parts } = this.builder.finish();
    const { postings, ...rest } = parts;
    const starts = Uint32Array.from(postings.starts);
    const data = Uint32Array.from(postings.data);
    const bytes = Buffer.alloc((starts.length + data.length) * 4);
    for (let i = 0; i < starts.length; i++) bytes.writeUInt32LE(starts[i]!, i * 4);
    for (let i = 0; i < data.length; i++) bytes.writeUInt32LE(data[i]!, (starts.length + i) * 4);
    writeFileSync(join(this.dir, 'postings.bin'), bytes);
    const meta: SearchMeta = { version: SEARCH_FILES_VERSION, ...rest, terms: postings.terms };
    writeFileSync(join(this.dir, 'meta.json'), asciiJson(meta));
  }
}

/** The search index of a build: terms and postings read now, each block when first searched. */
export function openSearchFiles(files: KeptFiles): SearchIndex {
  const meta = parseAsciiJson(files.read('meta.json')) as SearchMeta;
  if (meta.version !== SEARCH_FILES_VERSION) {
    throw new Error(
      `${files.dir}: search index of version ${meta.version}, expected ${SEARCH_FILES_VERSION}`,
    );
  }
  const { version: _, terms, ...rest } = meta;
  const words = uint32s(files.read('postings.bin'));
  const startCount = 3 * terms.length + 1;
  return new SearchIndex({
    ...rest,
    postings: { terms, starts: words.subarray(0, startCount), data: words.subarray(startCount) },
    block: (b) => loadSearchBlock(files.read(blockName(b)).toString('latin1')),
  });
}

/** The file's little-endian uint32s, without copying when the buffer is aligned and the host little-endian. */
function uint32s(bytes: Buffer): Uint32Array {
  const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
  if (littleEndian && bytes.byteOffset % 4 === 0) {
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  }
  const words = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = bytes.readUInt32LE(i * 4);
  return words;
}
