import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deriveIndex } from '@dispatch/core';
import { loadSourceData } from '@dispatch/core/node';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compile-corpus.js';
import { openDerived, readLocations, writeDerived, writeLocations } from './index-files.js';
import { KeptFiles } from './kept-files.js';

describe('index files of a compiled corpus', () => {
  it('keep the derived index in ASCII files, headers as columns, and give it back whole', () => {
    const real = compileCorpus(loadSourceData(resolve(import.meta.dirname, '../../../../data')));
    const story = real.articles[0]!;
    const corpus = {
      ...real,
      articles: [
        story,
        { ...story, id: `${story.id}-2`, headline: 'Zelénskyy: “no” to talks 😀', filed: '2020-01-01' },
      ],
    };
    const derived = deriveIndex(corpus);
    expect(derived.headers[0]!.people.length).toBeGreaterThan(0);
    const dir = join(mkdtempSync(join(tmpdir(), 'dispatch-derived-')), 'derived');
    writeDerived(dir, derived);
    for (const name of readdirSync(dir)) {
      expect(readFileSync(join(dir, name)).every((byte) => byte < 128)).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(dir, 'headers.json'), 'utf8')).headline[1]).toBe(
      'Zelénskyy: “no” to talks 😀',
    );
    const opened = openDerived(new KeptFiles(dir));
    expect(opened.headers).toEqual(derived.headers);
    expect(JSON.parse(JSON.stringify(opened))).toEqual(JSON.parse(JSON.stringify(derived)));
  });

  it('keep article locations as uint32 columns', () => {
    const build = mkdtempSync(join(tmpdir(), 'dispatch-locations-'));
    const locations = {
      shard: [0, 0, 1],
      offset: [0, 4_000_000_000, 7],
      length: [10, 20, 30],
      head: [3, 4, 5],
      structure: [6, 7, 8],
      annotations: [31, 0, 127],
    };
    writeLocations(join(build, 'locations.bin'), locations);
    expect(readLocations(build)).toEqual(locations);
    // Layout 2 kept five columns, no structure, without a count in front.
    const { structure: _, ...five } = locations;
    const layout2 = Buffer.alloc(5 * 3 * 4);
    Object.values(five).forEach((column, c) => {
      column.forEach((value, i) => {
        layout2.writeUInt32LE(value, (c * 3 + i) * 4);
      });
    });
    writeFileSync(join(build, 'locations.bin'), layout2);
    expect(readLocations(build, 2)).toEqual(five);
    writeFileSync(join(build, 'locations.bin'), 'not a table');
    expect(() => readLocations(build)).toThrow(/locations\.bin: not a table of article locations/);
  });
});
