/**
 * Global patterns run only where a match can start. A rule whose every match begins, at a word start
 * as `\b` reads it (an ASCII word character after a non-word one), with one of a few written words
 * ("Jan", "Monday", "last") lists them as its `starts`; the pattern is then tried, sticky, at those
 * places only, instead of at every position of the text. The matches are the ones a global scan finds:
 * the leftmost place where the pattern matches, then onwards from the end of that match.
 */

const finders = new WeakMap<readonly (readonly string[])[], RegExp>();

/**
 * For each list of leads, where in `text` a word (as `\b` reads it) starts with one of them
 * (case-sensitive), in order. One scan by a regex of all the leads finds every such word start: a match
 * ends inside a word or at its end, never past the next word's start.
 */
export function wordStartsOf(text: string, families: readonly (readonly string[])[]): number[][] {
  let finder = finders.get(families);
  if (!finder) {
    const leads = [...new Set(families.flat())].sort((a, b) => b.length - a.length);
    for (const lead of leads) if (!/^\w[\w ]*$/u.test(lead)) throw new Error(`a lead must be words: ${lead}`);
    finder = new RegExp(`\\b(?:${leads.join('|')})`, 'g');
    finders.set(families, finder);
  }
  const found = families.map((): number[] => []);
  finder.lastIndex = 0;
  for (let m = finder.exec(text); m; m = finder.exec(text)) {
    const at = m.index;
    families.forEach((leads, i) => {
      if (leads.some((lead) => text.startsWith(lead, at))) found[i]!.push(at);
    });
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
