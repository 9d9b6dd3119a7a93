import { lastRunsIn } from '../text/word-scan.js';

// ASCII characters of a run (`[\p{L}\p{N}'’-]`): letters, digits, the apostrophe and the hyphen.
const RUN_CODES = Uint8Array.from({ length: 128 }, (_, c) =>
  /[\p{L}\p{N}'-]/u.test(String.fromCharCode(c)) ? 1 : 0,
);
const RIGHT_QUOTE = 0x2019;

/**
 * `lastRunsIn`, read with a table where the words are ASCII (and ’), as in most news: the shared reader
 * asks Unicode for each character, which costs most of the time of the rules that read the words
 * before each trigger. Any other character in the way hands the question to it whole.
 */
export function lastRunsBefore(text: string, from: number, to: number, count: number): string[] {
  const runs: string[] = [];
  let i = to;
  while (i > from && runs.length < count) {
    for (; i > from; i--) {
      const c = text.charCodeAt(i - 1);
      if (c < 128 ? RUN_CODES[c] === 1 : c === RIGHT_QUOTE) break;
      if (c >= 128) return lastRunsIn(text, from, to, count);
    }
    if (i <= from) break;
    const end = i;
    for (; i > from; i--) {
      const c = text.charCodeAt(i - 1);
      if (c < 128 ? RUN_CODES[c] === 0 : c !== RIGHT_QUOTE) {
        if (c >= 128) return lastRunsIn(text, from, to, count);
        break;
      }
    }
    runs.push(text.slice(i, end));
  }
  return runs.reverse();
}
