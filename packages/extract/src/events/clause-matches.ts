import { lowerBound } from '@dispatch/core';
import { caseInsensitive } from '../text/ascii-case.js';
import { isSpaceCode } from '../text/end-anchored.js';
import { sticky } from './sticky.js';

/** The matches of a global regex in text[from, to), as a scan of that slice finds them (indices in text). */
export function scanRange(pattern: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const re = caseInsensitive(pattern, text);
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    m.index += from;
    found.push(m);
  }
  return found;
}

/**
 * How a clause pattern's match begins relative to the word it needs: at the word itself (";", ",", the
 * speech verbs), after white space ("\s+and\s+"), or after an optional comma and white space
 * (",?\s*\baccording to").
 */
export type Opening = 'word' | 'spaces' | 'comma-spaces';

/**
 * `scanRange` for a pattern (given `anchoredTo` the text) whose every match holds a word at a known place (see Opening), found from
 * where that word occurs (`positions`, sorted, in the text's folded form) instead of trying every
 * character: each occurrence gives the leftmost place a match using it could start, and the pattern,
 * anchored there, decides. A scan tries those same places in the same order (it fails everywhere else),
 * so the matches are the same. With `orAtFrom`, a word at `from` counts too even where `positions`
 * lacks it (leads found in the whole text miss a word that a range cuts out of a longer one).
 */
export function matchesAt(
  anchored: RegExp,
  opening: Opening,
  positions: readonly number[],
  text: string,
  from: number,
  to: number,
  orAtFrom = false,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const first = lowerBound(positions, from);
  const extra = orAtFrom && from < to && positions[first] !== from;
  if (!extra && (first >= positions.length || positions[first]! >= to)) return found;
  const re = anchored;
  const slice = text.slice(from, to);
  // Where the scan would resume: the end of the last match.
  let resume = from;
  for (let i = extra ? first - 1 : first; i < positions.length; i++) {
    const word = i < first ? from : positions[i]!;
    if (word >= to) break;
    if (word < resume) continue;
    let start = word;
    if (opening !== 'word') {
      while (start > resume && isSpaceCode(text.charCodeAt(start - 1))) start--;
      if (opening === 'spaces' && start === word) continue;
      if (opening === 'comma-spaces' && start > resume && text.charCodeAt(start - 1) === 44) start--;
    }
    re.lastIndex = start - from;
    const m = re.exec(slice);
    if (!m) continue;
    m.index += from;
    found.push(m);
    resume = m.index + m[0].length;
  }
  return found;
}

/** The pattern to try at one place of `text`: anchored (sticky), and case-insensitive as fast as it can be there. */
export const anchoredTo = (pattern: RegExp, text: string): RegExp => sticky(caseInsensitive(pattern, text));

/** Sorted positions of `word` in `folded` (occurrences may overlap). */
export function positionsOf(folded: string, word: string): number[] {
  const found: number[] = [];
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) found.push(at);
  return found;
}
