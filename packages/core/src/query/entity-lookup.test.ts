import { describe, expect, it } from 'vitest';
import { queryCorpus } from '../testing/query-fixture.js';
import { indexCorpus } from './corpus-index.js';
import { findEntities, mentionCount } from './entity-lookup.js';

const index = indexCorpus(queryCorpus);
const ids = (text: string, kind?: 'PERSON' | 'LOC') => findEntities(index, text, kind).map((e) => e.id);

describe('findEntities', () => {
  it('matches ids, names and aliases whatever the case and accents', () => {
    expect(ids('donald-trump')).toEqual(['donald-trump']);
    expect(ids('trump')).toEqual(['donald-trump']);
    expect(ids('ZELENSKYY')).toEqual(['volodymyr-zelensky']);
    expect(ids('Zelénskyy')).toEqual(['volodymyr-zelensky']);
    expect(ids('  steve   witkoff ')).toEqual(['steve-witkoff']);
  });

  it('falls back to every word, then to word prefixes', () => {
    expect(ids('russian president')).toEqual(['vladimir-putin']);
    expect(ids('zel')).toEqual(['volodymyr-zelensky']);
    // "vl" starts only Vladimir; "v" starts Vladimir and Volodymyr: the more mentioned comes first.
    expect(ids('vl')).toEqual(['vladimir-putin']);
    expect(ids('v')).toEqual(['volodymyr-zelensky', 'vladimir-putin']);
  });

  it('keeps to the kind asked for and finds nothing for nonsense', () => {
    expect(ids('trump', 'LOC')).toEqual([]);
    expect(ids('xyzzy')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('counts mentions across the corpus', () => {
    expect(mentionCount(index, 'volodymyr-zelensky')).toBe(3);
    expect(mentionCount(index, 'nobody')).toBe(0);
  });
});
