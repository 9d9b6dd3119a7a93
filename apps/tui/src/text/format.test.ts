import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod } from './format.js';

describe('formatDate', () => {
  it('names the weekday of a calendar date (26 April 2025 was a Saturday)', () => {
    expect(formatDate('2025-04-26')).toBe('Sat 26 Apr 2025');
    expect(formatDate('2024-02-29')).toBe('Thu 29 Feb 2024');
  });

  it('leaves anything else as it is', () => {
    expect(formatDate('2014')).toBe('2014');
  });
});

describe('formatPeriod', () => {
  it('shows a value at its own precision', () => {
    expect(formatPeriod('2025-04-25', 'day')).toBe('Fri 25 Apr 2025');
    expect(formatPeriod('2025-04', 'month')).toBe('Apr 2025');
    expect(formatPeriod('2014', 'year')).toBe('2014');
    expect(formatPeriod('201', 'decade')).toBe('the 2010s');
    expect(formatPeriod('2025-W17', 'week', '2025-04-21')).toBe('week of Mon 21 Apr 2025');
    expect(formatPeriod(null, null)).toBe('undated');
  });
});
