import type { Span, TextSpan } from '@dispatch/core';
import { NUMBER_WORD } from './lexicon.js';

export const DURATION_BEFORE = new RegExp(
  `\\b${NUMBER_WORD}[- ](?:hour|minute|day|week|month)s?(?:[- ]long)?(?=\\s+(?:[\\p{Ll}-]+\\s+)?$)`,
  'iu',
);
export const DURATION_AFTER = new RegExp(
  `^\\s+(?:\\S+\\s+){0,3}?(?:for|lasting|lasted)\\s+((?:about|nearly|almost|more than|over|some)\\s+)?${NUMBER_WORD}\\s+(?:hours?|minutes?|days?|weeks?)\\b`,
  'iu',
);

// Necessary conditions for the two patterns above, without \b or the u flag (so ten times cheaper): the
// unit, and "for" or "last", case-insensitively with the long s and the Kelvin sign as \u-folding reads them.
export const HAS_UNIT = /hour|minute|day|wee[k\u212a]|month/i;
export const HAS_FOR_OR_LAST = /for|la[s\u017f]t/i;

/** How long the event at `trigger` lasted, where its clause says: "a three-hour meeting", "talks lasting two hours". */
export function durationOf(text: string, trigger: Span, window: Span): TextSpan | null {
  const before = text.slice(Math.max(window.start, trigger.start - 40), trigger.start);
  const pre = HAS_UNIT.test(before) ? DURATION_BEFORE.exec(before) : null;
  if (pre) {
    const start = trigger.start - before.length + pre.index;
    return { span: { start, end: start + pre[0].length }, text: pre[0] };
  }
  const after = text.slice(trigger.end, Math.min(window.end, trigger.end + 50));
  const post = HAS_FOR_OR_LAST.test(after) ? DURATION_AFTER.exec(after) : null;
  if (!post) return null;
  const words = /(?:for|lasting|lasted)\s+(.*)$/iu.exec(post[0])!;
  const start = trigger.end + post.index + post[0].length - words[1]!.length;
  return { span: { start, end: start + words[1]!.length }, text: words[1]! };
}
