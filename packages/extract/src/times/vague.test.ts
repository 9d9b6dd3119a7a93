import { describe, expect, it } from 'vitest';
import { findTimes } from './times.js';

const surfaces = (text: string) =>
  findTimes(text, '2025-04-26')
    .filter((time) => time.resolved.value === null)
    .map((time) => text.slice(time.start, time.end));

describe('vague times', () => {
  it('are kept whole, with "the" before "last few" or "past few"', () => {
    expect(surfaces('Prices rose in the last few weeks and would fall soon.')).toEqual([
      'the last few weeks',
      'soon',
    ]);
    expect(surfaces('Recently, in recent months, currently.')).toEqual([
      'Recently',
      'in recent months',
      'currently',
    ]);
  });

  it('read "in the past few days" as "in the past", the phrase that starts first', () => {
    expect(surfaces('Talks stalled in the past few days, aides said later.')).toEqual([
      'in the past',
      'later',
    ]);
  });
});
