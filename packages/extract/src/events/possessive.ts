import { isWordCode } from '../text/word-leads.js';

/**
 * Whether a possessive "'s" or "’s" starts at `at`: what `/^['’]s\b/u` finds in the three characters from
 * there, read without slicing (this runs for every mention of every sentence with a trigger).
 */
export function isPossessiveAt(text: string, at: number): boolean {
  const quote = text.charCodeAt(at);
  if ((quote !== 39 && quote !== 0x2019) || text.charCodeAt(at + 1) !== 115) return false;
  // `\b` after the "s": the three characters end there, or a non-word character follows.
  return at + 2 >= text.length || !isWordCode(text.charCodeAt(at + 2));
}
