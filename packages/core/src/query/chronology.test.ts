import { describe, expect, it } from 'vitest';
import type { Event } from '../schema/event.js';
import { fixtureArticle, fixtureCorpus } from '../testing/fixtures.js';
import { queryTimeline } from './chronology.js';
import { indexCorpus } from './corpus-index.js';

const article = fixtureArticle();
const monday = article.times[0]!; // "Monday" → 1843-07-03
const meeting: Event = {
  id: 'e-8-51',
  type: 'meeting',
  label: 'Lovelace meets Babbage',
  participants: [],
  placeId: null,
  time: { value: '1843-07-03', timeId: monday.id },
  duration: null,
  descriptions: [],
  evidence: [{ start: 8, end: 51 }],
  source: 'extraction',
};

describe('queryTimeline', () => {
  it('shows a time that dates an event once, as the event', () => {
    const index = indexCorpus(fixtureCorpus([{ ...article, events: [meeting] }]));
    expect(queryTimeline(index).items.map((item) => [item.type, item.label])).toEqual([
      ['event', 'Lovelace meets Babbage'],
    ]);
  });

  it('keeps a time that dates no event', () => {
    const index = indexCorpus(fixtureCorpus([article]));
    expect(queryTimeline(index).items.map((item) => [item.type, item.label])).toEqual([['time', 'Monday']]);
  });
});
