import { indexCorpus } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXT, fixtureCorpus } from '../testing/fixture-corpus';
import { timelineRows } from './article-view';

describe('timelineRows', () => {
  it('lists the meeting once (its "Monday" dates it), then the vague time with its sentence', () => {
    const vagueSentence = 'The Royal Society said nothing in the past.';
    expect(timelineRows(indexCorpus(fixtureCorpus()))).toEqual([
      expect.objectContaining({
        kind: 'event',
        value: '2025-04-21',
        // 21 April 2025 was Easter Monday; the time expression says the value is a day.
        when: 'Mon 21 Apr 2025',
        what: 'Ada Lovelace meets Charles Babbage',
        anchor: 's-0',
      }),
      expect.objectContaining({
        kind: 'vague',
        value: null,
        when: 'in the past',
        what: vagueSentence,
        anchor: `s-${FIXTURE_TEXT.indexOf(vagueSentence)}`,
      }),
    ]);
  });
});
