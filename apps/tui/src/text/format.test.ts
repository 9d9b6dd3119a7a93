import { describe, expect, it } from 'vitest';
import { formatPeriod } from './format.js';

describe('formatPeriod', () => {
  it('shows a value at its own precision, as the website does', () => {
    expect(formatPeriod('2025-04-25', 'day')).toBe('Fri 25 Apr 2025');
    expect(formatPeriod('2025-04', 'month')).toBe('April 2025');
    expect(formatPeriod('2014', 'year')).toBe('2014');
    expect(formatPeriod('201', 'decade')).toBe('the 2010s');
    // ISO week 17 of 2025 starts on Monday 21 April.
    expect(formatPeriod('2025-W17', 'week')).toBe('week of Mon 21 Apr 2025');
  });

  it('says "undated" for a vague time', () => {
    expect(formatPeriod(null, null)).toBe('undated');
  });
});
