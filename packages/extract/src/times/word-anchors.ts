/**
 * Global patterns run only where a match can start. A rule whose every match begins, at a word start
 * as `\b` reads it (an ASCII word character after a non-word one), with one of a few written words
 * ("Jan", "Monday", "last") lists them as its `starts`; the pattern is then tried, sticky, at those
 * places only, instead of at every position of the text. The matches are the ones a global scan finds:
 * the leftmost place where the pattern matches, then onwards from the end of that match.
 */

/** One scan for the leads of a set of families, and which families each lead found stands for. */
interface LeadFinder {
  finder: RegExp;
  familiesOf: Map<string, number[]>;
}

const finders = new WeakMap<readonly (readonly string[])[], LeadFinder>();

function leadFinderOf(families: readonly (readonly string[])[]): LeadFinder {
  let found = finders.get(families);
  if (found) return found;
  const leads = [...new Set(families.flat())].sort((a, b) => b.length - a.length);
  for (const lead of leads) if (!/^\w[\w ]*$/u.test(lead)) throw new Error(`a lead must be words: ${lead}`);
  // The scan matches the longest lead at a word start; every lead that fits there is a prefix of it.
  const familiesOf = new Map(
    leads.map((lead) => [
      lead,
      families.flatMap((family, i) => (family.some((other) => lead.startsWith(other)) ? [i] : [])),
    ]),
  );
  found = { finder: new RegExp(`\\b(?:${leads.join('|')})`, 'g'), familiesOf };
  finders.set(families, found);
  return found;
}

/**
 * For each list of leads, where in `text` a word (as `\b` reads it) starts with one of them
 * (case-sensitive), in order. One scan by a regex of all the leads finds every such word start: a match
 * ends inside a word or at its end, never past the next word's start.
 */
export function wordStartsOf(text: string, families: readonly (readonly string[])[]): number[][] {
  const { finder, familiesOf } = leadFinderOf(families);
  const found = families.map((): number[] => []);
  finder.lastIndex = 0;
  for (let m = finder.exec(text); m; m = finder.exec(text)) {
    for (const i of familiesOf.get(m[0])!) found[i]!.push(m.index);
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
