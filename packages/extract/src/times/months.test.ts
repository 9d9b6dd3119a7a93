import { describe, expect, it } from 'vitest';
import { findTimes } from './times.js';

// Each story is filed on the given day; the expected values are worked out by hand on a calendar.
const resolvedValue = (text: string, filed: string, surface: string) =>
  findTimes(text, filed).find((time) => text.slice(time.start, time.end) === surface)?.resolved.value;

describe('a month named without its year', () => {
  it('is the coming one when it lies up to two months ahead', () => {
    expect(resolvedValue('Talks are planned in June.', '2025-04-26', 'June')).toBe('2025-06');
    // Across the new year: January is two months after November.
    expect(resolvedValue('Talks are planned in January.', '1989-11-02', 'January')).toBe('1990-01');
  });

  it('is the last one when it lies further ahead, or behind', () => {
    expect(resolvedValue('Sales fell in September.', '2025-04-26', 'September')).toBe('2024-09');
    expect(resolvedValue('Sales fell in February.', '2025-04-26', 'February')).toBe('2025-02');
    expect(resolvedValue('Sales fell in April.', '2025-04-26', 'April')).toBe('2025-04');
  });

  it('looks ahead however far when the clause points to the future', () => {
    expect(resolvedValue('The deal will close in September.', '2025-04-26', 'September')).toBe('2025-09');
    expect(resolvedValue('The deal will close in March.', '2025-04-26', 'March')).toBe('2026-03');
  });

  it('reads a day the same way, within the filing month as this year', () => {
    expect(resolvedValue('The vote is on June 3.', '2025-04-26', 'June 3')).toBe('2025-06-03');
    expect(resolvedValue('The vote was on Oct. 23.', '2025-04-26', 'Oct. 23')).toBe('2024-10-23');
    expect(resolvedValue('It ends on April 30.', '2025-04-26', 'April 30')).toBe('2025-04-30');
    expect(resolvedValue('It began on April 3.', '2025-04-26', 'April 3')).toBe('2025-04-03');
  });
});
