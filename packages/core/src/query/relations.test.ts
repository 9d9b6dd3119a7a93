import { describe, expect, it } from 'vitest';
import { FIXTURE_MEETING, fixtureArticle, fixtureCorpus } from '../testing/fixtures.js';
import { indexCorpus } from './corpus-index.js';
import { coOccurrences, findMeetings } from './relations.js';

// The fixture's first sentence (8–51) names Ada Lovelace and Charles Babbage; the second only Lovelace.
const FIRST_SENTENCE = 'Ada Lovelace met Charles Babbage on Monday.';

describe('coOccurrences', () => {
  it('counts a pair once per sentence, across articles, citing each sentence', () => {
    const again = fixtureArticle({ id: 'again', filed: '1843-01-01' });
    const index = indexCorpus(fixtureCorpus([fixtureArticle(), again]));
    const { total, items } = coOccurrences(index, { scope: 'sentence' });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      a: { id: 'ada-lovelace' },
      b: { id: 'charles-babbage' },
      sentences: 2,
      events: 0,
    });
    expect(items[0]!.evidence.map((piece) => [piece.articleId, piece.text]).sort()).toEqual([
      ['again', FIRST_SENTENCE],
      ['engine-talk', FIRST_SENTENCE],
    ]);
  });

  it('puts the entity asked about first, and finds no partner for one named alone', () => {
    const index = indexCorpus(fixtureCorpus());
    expect(coOccurrences(index, { entityId: 'charles-babbage' }).items[0]).toMatchObject({
      a: { id: 'charles-babbage' },
      b: { id: 'ada-lovelace' },
    });
    expect(coOccurrences(index, { entityId: 'london' }).total).toBe(0);
  });
});

describe('findMeetings', () => {
  it('keeps meetings and talks with two people, not other events', () => {
    const people = [
      { entityId: 'ada-lovelace', role: null },
      { entityId: 'charles-babbage', role: null },
    ];
    const met = { ...FIXTURE_MEETING, participants: people };
    const posted = { ...met, id: 'e-post', type: 'post' as const, label: 'Lovelace posts' };
    const index = indexCorpus(fixtureCorpus([fixtureArticle({ events: [met, posted] })]));
    const { items } = findMeetings(index);
    expect(items.map((hit) => [hit.event.label, hit.people.map((p) => p.id), hit.date])).toEqual([
      ['Lovelace meets Babbage', ['ada-lovelace', 'charles-babbage'], '1843-07-03'],
    ]);
  });
});
