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
