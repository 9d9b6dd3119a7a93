import { describe, expect, it } from 'vitest';
import type { TimeExpression } from '../schema/time.js';
import { FIXTURE_MEETING, fixtureArticle, fixtureCorpus } from '../testing/fixtures.js';
import { indexCorpus } from './corpus-index.js';
import { timelineEntries } from './timeline-entries.js';

const monday = fixtureArticle().times[0]!; // "Monday" → 1843-07-03, in sentence 1 (s-8)
const vague: TimeExpression = {
  ...monday,
  id: 't-vague',
  text: 'Monday',
  value: null,
  granularity: null,
  vague: true,
};
const meeting = FIXTURE_MEETING;
const earlier: TimeExpression = { ...monday, id: 't-earlier', value: '1842', granularity: 'year' };

describe('timelineEntries', () => {
  it('shows a dated time as a statement, linked to its sentence', () => {
    const { dated, vague: none } = timelineEntries(indexCorpus(fixtureCorpus()));
    expect(dated).toHaveLength(1);
    expect(dated[0]).toMatchObject({
      kind: 'statement',
      value: '1843-07-03',
      sentence: { sentenceId: 's-8' },
    });
    expect(none).toEqual([]);
  });

  it('shows a time that dates an event once, as the event; sorts by date; keeps vague times apart', () => {
    const article = fixtureArticle({ times: [monday, earlier, vague], events: [meeting] });
    const { dated, vague: apart } = timelineEntries(indexCorpus(fixtureCorpus([article])));
    expect(dated.map((entry) => [entry.kind, entry.value])).toEqual([
      ['statement', '1842'],
      ['event', '1843-07-03'],
    ]);
    expect(apart.map((v) => v.time.id)).toEqual(['t-vague']);
  });

  it('limits to one article on request', () => {
    expect(timelineEntries(indexCorpus(fixtureCorpus()), { articleId: 'other' }).dated).toEqual([]);
  });
});
