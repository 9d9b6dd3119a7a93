/**
 * Cheap necessary conditions for word-list regexes, so a costly case-insensitive Unicode regex only runs
 * on text that could hold a match. A pattern of the form `…\b(?:alt|alt…)\b…` (the group required) can
 * only match where one alternative's leading literal (up to its first optional or special character)
 * starts a word. The leads are read from the pattern, so the pattern stays the one definition.
 */
export function leadsOf(pattern: RegExp): string[] {
  const source = pattern.source;
  const open = source.indexOf('\\b(?:');
  const close = source.indexOf(')', open);
  const group = open >= 0 && close > open ? source.slice(open + 5, close) : null;
  const after = close >= 0 ? source[close + 1] : undefined;
  const single = /^\\b([\p{L} -]+)\\b$/u.exec(source)?.[1];
  const alternatives = single ? [single] : group && after !== '?' && after !== '*' ? group.split('|') : null;
  if (!alternatives) throw new Error(`word-list pattern not understood: ${source}`);
  return alternatives.map((alternative) => {
    const lead = (/^[\p{L} -]*/u.exec(alternative.split(/.\?/u)[0]!)?.[0] ?? '').toLowerCase();
    if (lead.length < 3 || !/^[a-z]/u.test(lead))
      throw new Error(`word-list pattern not understood: ${source}`);
    return lead;
  });
}

/**
 * Lower-cased as a regex's `i` flag compares letters: toLowerCase folds every character that case-folds
 * to an ASCII letter, except the long s.
 */
export const foldCase = (text: string): string => {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/gu, 's') : lower;
};

let lastFold = { text: '', start: 0, end: 0, folded: '' };

/**
 * foldCase of `text.slice(start, end)`, remembering the last one: the rules of one sentence ask for the
 * same range several times in a row (every trigger of a sentence reads its clause).
 */
export function foldedRange(text: string, start: number, end: number): string {
  const last = lastFold;
  if (last.start === start && last.end === end && last.text === text) return last.folded;
  const folded = foldCase(text.slice(start, end));
  lastFold = { text, start, end, folded };
  return folded;
}

// What `\b` counts as a word character (after folding).
export const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

// isWordCode by character code, for the walks below (a table look-up beats four comparisons there).
const WORD_CODES = Uint8Array.from({ length: 128 }, (_, c) => (isWordCode(c) ? 1 : 0));
const isWordAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 && WORD_CODES[c] === 1;
};

/** Whether `lead` occurs at `i` of `folded`, its first three characters known to (as the index found them). */
function restMatches(folded: string, i: number, lead: string): boolean {
  if (i + lead.length > folded.length) return false;
  for (let j = 3; j < lead.length; j++) if (folded.charCodeAt(i + j) !== lead.charCodeAt(j)) return false;
  return true;
}

type Lead = { lead: string; pattern: number };

/** Where leads start (`at`), whose pattern they are and where they end, as parallel lists. */
export interface LeadHits {
  at: number[];
  pattern: number[];
  end: number[];
}

// A three-character ASCII prefix starting with a lower-case letter (as every lead does) as a bit index.
const bitOf = (a: number, b: number, c: number): number => ((a - 97) << 14) | (b << 7) | c;

// The first three characters of a lead as one small integer when they are ASCII (as nearly all are),
// so the walk below looks words up without slicing a string for each.
const asciiKey = (a: number, b: number, c: number): number => (a << 14) | (b << 7) | c;

/** Leads of several patterns indexed by their first three characters, checked in one walk over a text. */
export class LeadIndex {
  private readonly byAsciiPrefix = new Map<number, Lead[]>();
  /**
   * One bit per ASCII three-letter prefix that some lead has: most words start no lead, and a bit test
   * answers them for a fraction of a map look-up (53 KB per index).
   */
  private readonly asciiBits = new Uint32Array((26 << 14) >>> 5);
  private readonly byPrefix = new Map<string, Lead[]>();
  readonly size: number;

  constructor(patterns: readonly RegExp[]) {
    this.size = patterns.length;
    patterns.forEach((pattern, index) => {
      for (const lead of leadsOf(pattern)) {
        const key = lead.slice(0, 3);
        const [a, b, c] = [0, 1, 2].map((i) => key.charCodeAt(i));
        if (a! < 128 && b! < 128 && c! < 128) {
          const k = asciiKey(a!, b!, c!);
          const bit = bitOf(a!, b!, c!);
          this.asciiBits[bit >>> 5]! |= 1 << (bit & 31);
          this.byAsciiPrefix.set(k, [...(this.byAsciiPrefix.get(k) ?? []), { lead, pattern: index }]);
        } else this.byPrefix.set(key, [...(this.byPrefix.get(key) ?? []), { lead, pattern: index }]);
      }
    });
  }

  /** For each pattern, whether it can match somewhere in text whose folded form is `folded`. */
  present(folded: string): boolean[] {
    const hit = new Array<boolean>(this.size).fill(false);
    this.scan(folded, 0, folded.length, (_at, pattern) => {
      hit[pattern] = true;
    });
    return hit;
  }

  /**
   * Every lead that starts a word of folded[from, to) and ends by `to`, as `found(at, pattern, end)` in
   * order of position (a word start at `from` counts whatever precedes it, as in a slice). One walk over
   * a whole text serves all its sentences: the leads within a range are those `present` finds in it.
   */
  scan(
    folded: string,
    from: number,
    to: number,
    found: (at: number, pattern: number, end: number) => void,
  ): void {
    const last = to - 3;
    let i = from;
    while (i < to) {
      if (!isWordAt(folded, i)) {
        i++;
        continue;
      }
      // A word starts here: try the leads of its first three characters, then skip the rest of it.
      const a = folded.charCodeAt(i);
      if (a >= 97 && i <= last) {
        const leads = this.leadsAt(folded, i, a);
        if (leads) {
          for (const { lead, pattern } of leads)
            if (i + lead.length <= to && restMatches(folded, i, lead)) found(i, pattern, i + lead.length);
        }
      }
      i++;
      while (i < to && isWordAt(folded, i)) i++;
    }
  }

  /** `scan` of the whole of `folded`, its finds gathered in reading order. */
  hits(folded: string): LeadHits {
    const hits: LeadHits = { at: [], pattern: [], end: [] };
    this.scan(folded, 0, folded.length, (at, pattern, end) => {
      hits.at.push(at);
      hits.pattern.push(pattern);
      hits.end.push(end);
    });
    return hits;
  }

  /** The leads whose first three characters start at `i` (`a` is the first one's code). */
  private leadsAt(folded: string, i: number, a: number): Lead[] | undefined {
    const b = folded.charCodeAt(i + 1);
    const c = folded.charCodeAt(i + 2);
    if (b >= 128 || c >= 128) return this.byPrefix.get(folded.slice(i, i + 3));
    const bit = bitOf(a, b, c);
    return (this.asciiBits[bit >>> 5]! >>> (bit & 31)) & 1
      ? this.byAsciiPrefix.get(asciiKey(a, b, c))
      : undefined;
  }
}
