// How a reader says a resolved date, the same on the website, in the terminal and in exports.
import { dateOfDayNumber, periodOf } from '../query/dates.js';
import type { TimeGranularity } from '../schema/time.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The months' English names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Dates are calendar days, not instants: computed in UTC so the reader's time zone never shifts them.
const utcDate = (iso: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
};

/** "2025-04-25" → "Fri 25 Apr 2025"; anything else comes back unchanged. */
export function formatDay(iso: string): string {
  const date = utcDate(iso);
  if (!date) return iso;
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2025-04-26" → "26 April 2025": the long form for filing dates. */
export function formatLongDate(iso: string): string {
  const date = utcDate(iso);
  if (!date) return iso;
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * A resolved time value as a reader says it, at its own precision: a day "Fri 25 Apr 2025", a week
 * "week of Mon 14 Apr 2025", a month "April 2025", a year "2014", a decade "the 2020s", a century
 * "the 2000s (century)". Unknown shapes come back as written.
 */
export function formatTimeValue(value: string, granularity: TimeGranularity | null): string {
  if (/^\d{4}-W\d{2}$/.test(value)) {
    const week = periodOf(value);
    return week ? `week of ${formatDay(dateOfDayNumber(week.start))}` : value;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTH_NAMES[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  if (granularity === 'decade' && /^\d{3}$/.test(value)) return `the ${value}0s`;
  if (granularity === 'century' && /^\d{2}$/.test(value)) return `the ${value}00s (century)`;
  return value;
}

/** The words and what they resolve to: "Friday → Fri 25 Apr 2025", "in the past (no fixed date)". */
export function describeTime(
  text: string,
  value: string | null,
  granularity: TimeGranularity | null,
): string {
  return value ? `${text} → ${formatTimeValue(value, granularity)}` : `${text} (no fixed date)`;
}
