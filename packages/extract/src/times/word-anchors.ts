/**
 * Global patterns run only where a match can start. A rule whose every match begins, at a word start
 * as `\b` reads it (an ASCII word character after a non-word one), with one of a few written words
 * ("Jan", "Monday", "last") lists them as its `starts`; the pattern is then tried, sticky, at those
 * places only, instead of at every position of the text. The matches are the ones a global scan finds:
 * the leftmost place where the pattern matches, then onwards from the end of that match.
 */

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Where in `text` a word starts with one of `leads` (case-sensitive), in order. */
export function wordStartsWith(text: string, leads: readonly string[]): number[] {
  const byFirst = new Map<number, string[]>();
  for (const lead of leads) {
    const c = lead.charCodeAt(0);
    if (!isWordCode(c)) throw new Error(`a lead must start with a word character: ${lead}`);
    byFirst.set(c, [...(byFirst.get(c) ?? []), lead]);
  }
  const found: number[] = [];
  let previousWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = isWordCode(c);
    if (word && !previousWord) {
      const candidates = byFirst.get(c);
      if (candidates?.some((lead) => text.startsWith(lead, i))) found.push(i);
    }
    previousWord = word;
  }
  return found;
}

const stickies = new WeakMap<RegExp, RegExp>();

/** The matches of global pattern `re` in `text`, trying it only at `starts` (in order). */
export function matchesAt(re: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  let sticky = stickies.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    stickies.set(re, sticky);
  }
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    found.push(m);
    from = at + Math.max(1, m[0].length);
  }
  return found;
}
