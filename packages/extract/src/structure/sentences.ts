import type { Span } from '@dispatch/core';
import { NON_FINAL_ABBREVIATIONS } from '../gazetteer/abbreviations.js';
import { COMMON_WORDS } from '../gazetteer/common-words.js';
import { spacesEnd, spacesStart, tailStart } from '../text/end-anchored.js';

// A run of terminal punctuation, closing marks, then space: a candidate sentence end.
const END = /[.!?…]+["”’')\]]*(?=\s+\S)/g;
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const WORD_BEFORE = /([\p{L}.]+)$/u;
const WORD_AFTER = /^\s+["“‘'(]*([\p{L}\p{N}]+)/u;

/** Splits the span [start, end) of `text` into sentences, keeping abbreviations such as "U.S." inside. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const body = text.slice(start, end);
  const spans: Span[] = [];
  let from = 0;
  END.lastIndex = 0;
  for (let m = END.exec(body); m; m = END.exec(body)) {
    const stop = m.index + m[0].length;
    if (!isBoundary(body, m.index, m[0], stop)) continue;
    spans.push(trimmed(body, from, stop, start));
    from = stop;
  }
  if (from < body.length) spans.push(trimmed(body, from, body.length, start));
  return spans.filter((s) => s.end > s.start);
}

function isBoundary(body: string, at: number, punct: string, stop: number): boolean {
  const after = WORD_AFTER.exec(body.slice(stop, stop + 40));
  const next = after?.[1] ?? '';
  const nextChar = body[spacesEnd(body, stop, body.length)] ?? '';
  // the next sentence opens with a capital, a digit or an opening mark
  if (!/[\p{Lu}\p{N}"“‘'(]/u.test(nextChar)) return false;
  if (punct[0] !== '.' || punct.length > 1) return true;
  // The word before holds no white space: the pattern reads only the last space-separated run.
  const before = WORD_BEFORE.exec(body.slice(tailStart(body, Math.max(0, at - 30), at, 1), at))?.[1] ?? '';
  const key = before.toLowerCase().replace(/\./g, '');
  if (NON_FINAL_ABBREVIATIONS.has(key)) return false;
  if (MONTH_ABBREVIATIONS.has(key) && /^\d/.test(next)) return false;
  // an initial ("Donald J. Trump") or a dotted acronym ("U.S.") ends a sentence only before a common word
  if (/^\p{Lu}$/u.test(before) || /\p{L}\.\p{L}/u.test(before)) return COMMON_WORDS.has(next.toLowerCase());
  return true;
}

function trimmed(body: string, from: number, to: number, offset: number): Span {
  const s = spacesEnd(body, from, to);
  return { start: offset + s, end: offset + spacesStart(body, s, to) };
}
