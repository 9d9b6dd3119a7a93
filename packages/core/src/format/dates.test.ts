import { describe, expect, it } from 'vitest';
import { describeTime, formatDay, formatLongDate, formatTimeValue } from './dates.js';

describe('formatDay', () => {
  it('names the weekday of a calendar date (25 April 2025 was a Friday)', () => {
    expect(formatDay('2025-04-25')).toBe('Fri 25 Apr 2025');
    expect(formatDay('2024-02-29')).toBe('Thu 29 Feb 2024');
  });

  it('returns what it cannot parse unchanged', () => {
    expect(formatDay('soon')).toBe('soon');
  });
});

describe('formatTimeValue', () => {
  it('says each granularity the way a reader would', () => {
    // ISO week 17 of 2025 starts on Monday 21 April (checked against a calendar).
    expect(formatTimeValue('2025-W17', 'week')).toBe('week of Mon 21 Apr 2025');
    expect(formatTimeValue('2025-04', 'month')).toBe('April 2025');
    expect(formatTimeValue('2014', 'year')).toBe('2014');
    expect(formatTimeValue('202', 'decade')).toBe('the 2020s');
  });

  it('handles the first ISO week of a year that starts mid-week', () => {
    // 1 January 2026 is a Thursday, so week 1 of 2026 starts on Monday 29 December 2025.
    expect(formatTimeValue('2026-W01', 'week')).toBe('week of Mon 29 Dec 2025');
  });
});

describe('describeTime', () => {
  it('pairs the words with the date they resolve to', () => {
    expect(describeTime('Friday', '2025-04-25', 'day')).toBe('Friday → Fri 25 Apr 2025');
    expect(describeTime('in the past', null, null)).toBe('in the past (no fixed date)');
  });
});

describe('formatLongDate', () => {
  it('writes the month in full', () => {
    expect(formatLongDate('2025-04-26')).toBe('26 April 2025');
  });
});
