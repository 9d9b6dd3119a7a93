import type { TimeExpression } from '@dispatch/core';
import { parseIsoDate } from './calendar.js';
import { DATE_RULES, MONTH_STARTS, type Resolved, type RuleContext, yearOfMonth } from './date-rules.js';
import { matchesAt, wordStartsOf } from './word-anchors.js';

// Words that make a weekday or month point ahead: "will meet on Monday", "talks scheduled for May",
// "planned to leave on Thursday", "as early as Tuesday". Not "lower-than-expected earnings … Wednesday", nor
// "by Wednesday" after a past perfect ("had filed reports by Wednesday").
const FUTURE_CUE =
  /\b(?:will|'ll|shall|would|is due|are due|(?:is|are) to|scheduled|(?<!(?:than|as)[\s-])expect\w*|forecast\w*|plan(?:s|ned|ning)?|intends? to|set to|to be held|upcoming|until|deadline|as (?:soon|early) as)\b[^.!?,]*$|(?<!\bhad\b[^.!?,]*)\bby\s$/i;
// Months that are also ordinary words or names need a preposition before them.
const AMBIGUOUS_MONTH = /^(?:May|March|April|June|August)$/;
export const MONTH_ALONE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s\d)/g;
const MONTH_PREPOSITION =
  /\b(?:in|since|by|until|till|from|through|of|early|late|mid|during|before|after|between|and|to|last|next|this)[\s-]$/i;

/**
 * Where the sentence holding `to` starts within text[from, to): just after the last `.`, `!`, `?` or line
 * break (what `/[^.!?\n]*$/` finds, read backwards instead of tried from every position).
 */
export function clauseStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return i + 1;
  }
  return from;
}

// The lists of words the anchored rules start with, found in one scan of the text.
const START_FAMILIES = [
  ...new Set([MONTH_STARTS, ...DATE_RULES.flatMap((rule) => (rule.starts ? [rule.starts] : []))]),
];

/**
 * What a rule resolves one match in. Only some rules read the clause's tense (weekdays, months), so it
 * is tested when first asked. A class: an object literal with a getter is slow to create.
 */
class MatchContext implements RuleContext {
  private tense: boolean | undefined;

  constructor(
    readonly ref: Date | null,
    private readonly text: string,
    private readonly start: number,
  ) {}

  get future(): boolean {
    const { text, start } = this;
    this.tense ??= FUTURE_CUE.test(text.slice(clauseStart(text, Math.max(0, start - 80), start), start));
    return this.tense;
  }
}

/** A time expression found in text, before ids are assigned. */
export interface FoundTime {
  start: number;
  end: number;
  resolved: Resolved;
}

/** Finds date expressions and resolves them against `filed` (YYYY-MM-DD), as a wire editor reads them. */
export function findTimes(text: string, filed: string | null): FoundTime[] {
  const ref = parseIsoDate(filed);
  const found: FoundTime[] = [];
  const add = (start: number, end: number, resolve: (ctx: RuleContext) => Resolved | null) => {
    const resolved = resolve(new MatchContext(ref, text, start));
    if (resolved) found.push({ start, end, resolved });
  };
  const starts = wordStartsOf(text, START_FAMILIES);
  const startsOf = (leads: readonly string[]): number[] => starts[START_FAMILIES.indexOf(leads)]!;
  for (const rule of DATE_RULES) {
    if (rule.needs && !rule.needs.test(text)) continue;
    for (const match of rule.starts
      ? matchesAt(rule.re, text, startsOf(rule.starts))
      : everyMatch(rule.re, text))
      add(match.index, match.index + match[0].length, (ctx) => rule.resolve(match, ctx));
  }
  for (const m of matchesAt(MONTH_ALONE, text, startsOf(MONTH_STARTS))) {
    const name = m[1]!;
    if (AMBIGUOUS_MONTH.test(name) && !MONTH_PREPOSITION.test(text.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    const month = new Date(`${name} 1, 2000`).getUTCMonth() + 1;
    add(m.index, m.index + name.length, (ctx) => {
      if (!ref) return null;
      const yy = yearOfMonth(ref, month, ctx.future);
      return { value: `${yy}-${String(month).padStart(2, '0')}`, granularity: 'month', relative: true };
    });
  }
  // earlier rules are more specific: keep them where matches overlap
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundTime[] = [];
  for (const t of found) {
    const last = kept.at(-1);
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  return kept;
}

function everyMatch(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
  return found;
}

/** Turns found times into the core's time expressions. */
export function toTimeExpressions(
  text: string,
  times: readonly FoundTime[],
  quoteAnchored: ReadonlySet<FoundTime>,
): TimeExpression[] {
  return times.map((t) => ({
    id: `t-${t.start}-${t.end}`,
    span: { start: t.start, end: t.end },
    text: text.slice(t.start, t.end),
    value: t.resolved.value,
    granularity: t.resolved.granularity,
    vague: t.resolved.value === null,
    anchor: quoteAnchored.has(t) ? 'quote' : t.resolved.relative ? 'filed' : 'absolute',
    source: 'extraction',
  }));
}
