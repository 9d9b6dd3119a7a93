// Small formatters shared by the screens and the plain-text renderer.
import type { EntityKind } from '@dispatch/core';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-04-26" → "Sat 26 Apr 2025". Computed in UTC so the day never shifts with the time zone. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${WEEKDAYS[date.getUTCDay()]} ${d} ${MONTHS[m - 1]} ${y}`;
}

export const KIND_LABEL: Record<EntityKind, string> = {
  PERSON: 'person',
  ORG: 'organisation',
  LOC: 'place',
};

export const KIND_PLURAL: Record<EntityKind, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  LOC: 'Places',
};

/** "1 mention", "3 mentions". */
export const count = (n: number, noun: string, plural = `${noun}s`): string =>
  `${n} ${n === 1 ? noun : plural}`;

/**
 * A resolved time value at its own precision: "Fri 25 Apr 2025", "Apr 2025", "2014", "the 2010s",
 * "week of Mon 21 Apr 2025" (from the first day it covers, when known).
 */
export function formatPeriod(
  value: string | null,
  granularity: string | null,
  firstDay: string | null = null,
): string {
  if (!value) return 'undated';
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  if (/^\d{4}-W\d{2}$/.test(value)) return firstDay ? `week of ${formatDate(firstDay)}` : value;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${value}00s`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || granularity === 'day') return formatDate(value);
  return value;
}
