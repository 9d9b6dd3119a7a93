/** Calendar arithmetic on UTC dates, and the ISO 8601 strings Dispatch stores. */

export const DAY_MS = 86_400_000;

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month number (1–12) of a full or abbreviated month name ("Sept.", "Aug"), or 0. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(key.slice(0, 3)) && m.startsWith(key));
  return i >= 0 ? i + 1 : key === 'sept' ? 9 : 0;
}

export function parseIsoDate(value: string | null | undefined): Date | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return Number.isNaN(date.getTime()) || date.getUTCMonth() !== +m[2]! - 1 ? null : date;
}

export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatDay = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

/** ISO week of a date: "2025-W16". */
export function formatWeek(date: Date): string {
  const thursday = addDays(date, 3 - ((date.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / DAY_MS / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Adds months to (year, month), returning the new pair. */
export function shiftMonth(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + (month - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** A valid calendar day, or null ("February 30" is not one). */
export function makeDay(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}
