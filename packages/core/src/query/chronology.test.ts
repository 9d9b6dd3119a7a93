import { describe, expect, it } from 'vitest';
import { FIXTURE_MEETING, fixtureArticle, fixtureCorpus } from '../testing/fixtures.js';
import { queryTimeline } from './chronology.js';
import { indexCorpus } from './corpus-index.js';

const article = fixtureArticle();
const meeting = FIXTURE_MEETING;

describe('queryTimeline', () => {
  it('shows a time that dates an event once, as the event', () => {
    const index = indexCorpus(fixtureCorpus([{ ...article, events: [meeting] }]));
    expect(queryTimeline(index).items.map((item) => [item.type, item.label])).toEqual([
      ['event', 'Lovelace meets Babbage'],
    ]);
  });

  it('gives an event the precision of the expression that dates it, and none when its date is inferred', () => {
    const inferred = { ...meeting, id: 'e-9-51', time: { value: '1843-07-03', timeId: null } };
    const index = indexCorpus(fixtureCorpus([{ ...article, events: [meeting, inferred] }]));
    expect(queryTimeline(index).items.map((item) => [item.label, item.granularity])).toEqual([
      ['Lovelace meets Babbage', 'day'],
      ['Lovelace meets Babbage', null],
    ]);
  });

  it('keeps a time that dates no event', () => {
    const index = indexCorpus(fixtureCorpus([article]));
    expect(queryTimeline(index).items.map((item) => [item.type, item.label])).toEqual([['time', 'Monday']]);
  });
});
