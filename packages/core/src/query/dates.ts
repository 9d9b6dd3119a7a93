// Calendar arithmetic on ISO 8601 values as strings, so no time zone ever shifts a date.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (UTC, so no time zone can move it). */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A resolved period: first day (inclusive) and last day + 1 (exclusive), as day numbers. */
export interface Period {
  start: number;
  end: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The days an ISO value covers: 2025-04-25 (day), 2025-W16 (ISO week), 2025-04 (month), 2025 (year),
 * 201 (the decade 2010s), 20 (the century 2000–2099, as TIMEX writes it). Null for anything else.
 */
export function periodOf(value: string): Period | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const day = dayNumber(value);
    return Number.isNaN(day) || dateOfDayNumber(day) !== value ? null : { start: day, end: day + 1 };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const week = Number(m[2]);
    if (week < 1 || week > 53) return null;
    // ISO week 1 is the week with the year's first Thursday; weeks start on Monday.
    const jan4 = dayNumber(`${m[1]}-01-04`);
    const weekday = (((jan4 + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
    const start = jan4 - weekday + (week - 1) * 7;
    return { start, end: start + 7 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const next = month === 12 ? `${Number(m[1]) + 1}-01-01` : `${m[1]}-${pad(month + 1)}-01`;
    return { start: dayNumber(`${value}-01`), end: dayNumber(next) };
  }
  m = /^(\d{2,4})$/.exec(value);
  if (m) {
    const digits = m[1]!;
    const span = 10 ** (4 - digits.length);
    const first = Number(digits) * span;
    return { start: dayNumber(`${pad(first, 4)}-01-01`), end: dayNumber(`${pad(first + span, 4)}-01-01`) };
  }
  return null;
}

/** True when `value` is a date the query language accepts: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isQueryDate(value: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && periodOf(value) !== null;
}
