import type { TimeGranularity } from '@dispatch/core';
import {
  addDays,
  formatDay,
  formatMonth,
  formatWeek,
  makeDay,
  monthNumber,
  shiftMonth,
  WEEKDAYS,
} from './calendar.js';

/** A resolved value: an ISO string and its precision, or null for a vague expression. */
export interface Resolved {
  value: string | null;
  granularity: TimeGranularity | null;
  /** Resolution needed the reference date (filing date or quote date). */
  relative: boolean;
}

/** How an expression reads its reference date. `future` is set when the sentence points ahead. */
export interface RuleContext {
  ref: Date | null;
  readonly future: boolean;
}

export interface DateRule {
  re: RegExp;
  resolve: (m: RegExpExecArray, ctx: RuleContext) => Resolved | null;
  /** Which capture group is the expression's text (default: the whole match). */
  group?: number;
  /** The words every match begins with, at a word start, when there are few (see word-anchors.ts). */
  starts?: readonly string[];
  /**
   * For a rule scanned over the whole text: a quick pattern that every text with a match contains, so
   * the rule's own, slower scan runs only where it can find something.
   */
  needs?: RegExp;
}

const M =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
const WD = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** What every alternative of M begins with. */
export const MONTH_STARTS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const WEEKDAY_STARTS = WD.split('|');
const SHIFT_STARTS = ['Last', 'last', 'Next', 'next', 'This', 'this'];
const WEEKDAY_SHIFT_STARTS = [
  ...SHIFT_STARTS,
  ...['Early', 'early', 'Earlier', 'earlier', 'Late', 'late'],
  ...WEEKDAY_STARTS,
];
const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
const ORD = '(?:st|nd|rd|th)?';
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const day = (d: Date | null, relative = false): Resolved | null =>
  d ? { value: formatDay(d), granularity: 'day', relative } : null;
const month = (y: number, m: number, relative = false): Resolved => ({
  value: formatMonth(y, m),
  granularity: 'month',
  relative,
});
const year = (y: number, relative = false): Resolved => ({
  value: String(y).padStart(4, '0'),
  granularity: 'year',
  relative,
});
const vague = (): Resolved => ({ value: null, granularity: null, relative: true });

// How far ahead a month named without its year may lie and still be the coming one: wire copy names the
// next month or two as what is coming ("talks in June", filed in April); a month further ahead means the
// last one ("sales fell in November", filed in February). A future cue in the clause always looks ahead.
const MONTHS_AHEAD_MEANT = 2;

/** The year of month `m` (1–12) named without a year, read from the reference date. */
export function yearOfMonth(ref: Date, m: number, future: boolean): number {
  const y = ref.getUTCFullYear();
  const now = ref.getUTCMonth() + 1;
  const ahead = (m - now + 12) % 12;
  if (ahead > 0 && (future || ahead <= MONTHS_AHEAD_MEANT)) return m > now ? y : y + 1;
  return m <= now ? y : y - 1;
}

/** The year of a day named without a year ("April 30"): this year within the reference month. */
const yearOfMonthDay = (ref: Date, m: number, future: boolean): number =>
  m === ref.getUTCMonth() + 1 ? ref.getUTCFullYear() : yearOfMonth(ref, m, future);

/** The month's most recent occurrence (this month included), or the next one when the text points ahead. */
function monthAround(ctx: RuleContext, m: number, shift: 'last' | 'next' | 'this' | null): Resolved | null {
  if (!ctx.ref) return null;
  const y = ctx.ref.getUTCFullYear();
  const now = ctx.ref.getUTCMonth() + 1;
  if (shift === 'this') return month(y, m, true);
  if (shift === 'last') return month(m < now ? y : y - 1, m, true);
  if (shift === 'next' || ctx.future) return month(m >= now ? y : y + 1, m, true);
  return month(m <= now ? y : y - 1, m, true);
}

function weekday(ctx: RuleContext, name: string, shift: string | undefined): Resolved | null {
  if (!ctx.ref) return null;
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const today = ctx.ref.getUTCDay();
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  const s = shift?.toLowerCase();
  if (s === 'last') return day(addDays(ctx.ref, -(back || 7)), true);
  if (s === 'next') return day(addDays(ctx.ref, ahead || 7), true);
  if (ctx.future) return day(addDays(ctx.ref, ahead), true);
  return day(addDays(ctx.ref, -back), true);
}

function relativeUnit(ctx: RuleContext, unit: string, by: number): Resolved | null {
  if (!ctx.ref) return null;
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'day') return day(addDays(ctx.ref, by), true);
  if (u === 'week')
    return { value: formatWeek(addDays(ctx.ref, 7 * by)), granularity: 'week', relative: true };
  const y = ctx.ref.getUTCFullYear();
  if (u === 'month') {
    const [yy, mm] = shiftMonth(y, ctx.ref.getUTCMonth() + 1, by);
    return month(yy, mm, true);
  }
  return year(y + by, true);
}

const SHIFT: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
};

/** The date expressions Dispatch recognises, most specific first. */
export const DATE_RULES: DateRule[] = [
  {
    // "Saturday, April 25" and "Friday Oct. 13, 1989": the date decides, the weekday only confirms
    re: new RegExp(`\\b(?:${WD}),?\\s(${M})\\s(\\d{1,2})${ORD}(?:,?\\s${YEAR})?\\b`, 'g'),
    starts: WEEKDAY_STARTS,
    resolve: (m, ctx) => {
      const mm = monthNumber(m[1]!);
      const yy = m[3] ? +m[3] : ctx.ref ? yearOfMonthDay(ctx.ref, mm, ctx.future) : null;
      return yy === null ? null : day(makeDay(yy, mm, +m[2]!), !m[3]);
    },
  },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => day(makeDay(+m[1]!, +m[2]!, +m[3]!)) },
  {
    re: new RegExp(`\\b(${M})\\s(\\d{1,2})${ORD},?\\s${YEAR}\\b`, 'g'),
    starts: MONTH_STARTS,
    resolve: (m) => day(makeDay(+m[3]!, monthNumber(m[1]!), +m[2]!)),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s(?:of\\s)?(${M}),?\\s${YEAR}\\b`, 'g'),
    resolve: (m) => day(makeDay(+m[3]!, monthNumber(m[2]!), +m[1]!)),
  },
  {
    re: new RegExp(`\\b(${M}),?\\s(?:of\\s)?${YEAR}\\b`, 'g'),
    starts: MONTH_STARTS,
    resolve: (m) => month(+m[2]!, monthNumber(m[1]!)),
  },
  {
    re: new RegExp(`\\b(${M})\\s(\\d{1,2})${ORD}\\b(?!:)`, 'g'),
    starts: MONTH_STARTS,
    resolve: (m, ctx) => {
      const mm = monthNumber(m[1]!);
      return ctx.ref ? day(makeDay(yearOfMonthDay(ctx.ref, mm, ctx.future), mm, +m[2]!), true) : null;
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s(?:of\\s)?(${M})\\b`, 'g'),
    resolve: (m, ctx) => {
      const mm = monthNumber(m[2]!);
      return ctx.ref ? day(makeDay(yearOfMonthDay(ctx.ref, mm, ctx.future), mm, +m[1]!), true) : null;
    },
  },
  {
    re: new RegExp(`\\b(${M})\\s(this|last|next)\\syear\\b`, 'g'),
    starts: MONTH_STARTS,
    resolve: (m, ctx) =>
      ctx.ref ? month(ctx.ref.getUTCFullYear() + (SHIFT[m[2]!] ?? 0), monthNumber(m[1]!), true) : null,
  },
  {
    re: new RegExp(`\\b([Ll]ast|[Nn]ext|[Tt]his)\\s(${M})\\b`, 'g'),
    starts: SHIFT_STARTS,
    resolve: (m, ctx) => monthAround(ctx, monthNumber(m[2]!), m[1]!.toLowerCase() as 'last'),
  },
  {
    re: /\b(?:(?:[Ee]arlier|[Ll]ater)\s(?:this|last|next)\s|(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]urrent|[Cc]oming)\s)(week|month|year)\b/g,
    starts: [
      ...['Earlier', 'earlier', 'Later', 'later', 'Last', 'last', 'This', 'this', 'Next', 'next'],
      ...['Past', 'past', 'Previous', 'previous', 'Current', 'current', 'Coming', 'coming'],
    ],
    resolve: (m, ctx) => {
      const shift =
        /\b(last|this|next|past|previous|current|coming)\s\w+$/i.exec(m[0])?.[1]?.toLowerCase() ?? 'this';
      return relativeUnit(ctx, m[1]!, SHIFT[shift] ?? 0);
    },
  },
  {
    re: new RegExp(
      `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\\s)?(${WD})\\b`,
      'g',
    ),
    starts: WEEKDAY_SHIFT_STARTS,
    resolve: (m, ctx) => weekday(ctx, m[2]!, m[1]),
  },
  {
    re: /\b([Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b/g,
    starts: ['Today', 'today', 'Yesterday', 'yesterday', 'Tomorrow', 'tomorrow', 'Tonight', 'tonight'],
    resolve: (m, ctx) => {
      const w = m[1]!.toLowerCase();
      return ctx.ref ? day(addDays(ctx.ref, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0), true) : null;
    },
  },
  {
    re: /\b(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(days?|weeks?|months?|years?)\sago\b/gi,
    needs: /ago\b/i,
    resolve: (m, ctx) => relativeUnit(ctx, m[2]!, -(Number(m[1]) || NUMBER_WORDS[m[1]!.toLowerCase()] || 1)),
  },
  {
    re: /\b(?:the\s)?(1[5-9]\d0|20\d0)s\b/g,
    resolve: (m) => ({ value: m[1]!.slice(0, 3), granularity: 'decade', relative: false }),
  },
  {
    // a bare year, not an amount ("$2000", "2000 people") nor a clock time ("1830 GMT")
    re: new RegExp(
      `(?<![\\d$£€.,:/-])(?:mid-)?${YEAR}(?![\\d%,.:/-]\\d|\\d|\\s?(?:%|percent|GMT|GMT|hours|hrs|people|troops|votes|tonnes|tons|km|miles|metres|meters|feet|dollars|euros|pounds|yuan|yen|points|shares|barrels|times|members|workers|jobs|cases|deaths)\\b)`,
      'g',
    ),
    resolve: (m) => year(+m[1]!),
  },
  // Vague times, in two rules that find what one would: none of the second's matches can overlap one of
  // the first's, and where "in the past" starts before "the past few days" the earlier start wins.
  {
    re: /\b(?:[Tt]he\s)?(?:last|past) few (?:days|weeks|months|years)\b/g,
    needs: / few /,
    resolve: vague,
  },
  {
    re: /\b(?:[Rr]ecently|[Ii]n the past|[Ii]n recent (?:days|weeks|months|years)|[Rr]ecent (?:days|weeks|months|years)|[Nn]owadays|[Cc]urrently|[Ss]oon|[Ll]ater)\b/g,
    starts: [
      ...['Recently', 'recently', 'In the past', 'in the past', 'In recent', 'in recent', 'Recent', 'recent'],
      ...['Nowadays', 'nowadays', 'Currently', 'currently', 'Soon', 'soon', 'Later', 'later'],
    ],
    resolve: vague,
  },
];
