import { describe, expect, it } from 'vitest';
import { findTimes } from './times.js';

// Filed on Saturday 26 April 2025; the expected days are read off a calendar.
const FILED = '2025-04-26';
const resolvedValue = (text: string, surface: string) =>
  findTimes(text, FILED).find((time) => text.slice(time.start, time.end) === surface)?.resolved.value;

describe('a weekday named alone', () => {
  it('is the past one in a report of what happened', () => {
    expect(resolvedValue('The minister met the envoy on Thursday.', 'Thursday')).toBe('2025-04-24');
  });

  it('is the coming one when the clause plans or schedules it', () => {
    expect(resolvedValue('The team planned to leave on Thursday.', 'Thursday')).toBe('2025-05-01');
    expect(resolvedValue('The delegation could arrive as early as Tuesday.', 'Tuesday')).toBe('2025-04-29');
    expect(resolvedValue('He said he would meet the envoy on Monday.', 'Monday')).toBe('2025-04-28');
    expect(resolvedValue('Trading is to resume on Wednesday.', 'Wednesday')).toBe('2025-04-30');
  });

  it('is not pushed ahead by words that only look like plans', () => {
    expect(resolvedValue('Shares fell on lower-than-expected earnings on Wednesday.', 'Wednesday')).toBe(
      '2025-04-23',
    );
    expect(resolvedValue('Ten members had filed their reports by Wednesday.', 'Wednesday')).toBe(
      '2025-04-23',
    );
  });
});
