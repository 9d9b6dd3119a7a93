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

  it('keeps a time that dates no event', () => {
    const index = indexCorpus(fixtureCorpus([article]));
    expect(queryTimeline(index).items.map((item) => [item.type, item.label])).toEqual([['time', 'Monday']]);
  });
});
