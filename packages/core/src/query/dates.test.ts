import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, isQueryDate, periodOf } from './dates.js';

const days = (value: string) => {
  const period = periodOf(value);
  return period && [dateOfDayNumber(period.start), dateOfDayNumber(period.end - 1)];
};

describe('periodOf', () => {
  it('gives the first and last day of days, ISO weeks, months, years, decades and centuries', () => {
    expect(days('2025-04-25')).toEqual(['2025-04-25', '2025-04-25']);
    // 2025-01-01 is a Wednesday, so ISO week 1 starts on Monday 2024-12-30 and week 16 on 2025-04-14.
    expect(days('2025-W01')).toEqual(['2024-12-30', '2025-01-05']);
    expect(days('2025-W16')).toEqual(['2025-04-14', '2025-04-20']);
    expect(days('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(days('2025-12')).toEqual(['2025-12-01', '2025-12-31']);
    expect(days('2014')).toEqual(['2014-01-01', '2014-12-31']);
    expect(days('201')).toEqual(['2010-01-01', '2019-12-31']);
    expect(days('20')).toEqual(['2000-01-01', '2099-12-31']);
  });

  it('refuses what is not a date', () => {
    expect(periodOf('2025-02-30')).toBeNull();
    expect(periodOf('2025-13')).toBeNull();
    expect(periodOf('2025-W54')).toBeNull();
    expect(periodOf('soon')).toBeNull();
    expect(isQueryDate('2025-W16')).toBe(false);
    expect(isQueryDate('2025-04')).toBe(true);
  });
});
