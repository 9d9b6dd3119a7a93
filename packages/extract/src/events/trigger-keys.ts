import { TRIGGER_RULES, type TriggerRule } from './lexicon.js';

/**
 * Every trigger pattern is `\b` then alternatives of words; each alternative opens with a literal run of
 * three or more characters (up to its first optional character). Indexing those runs by their first
 * three characters lets one walk over a sentence's word starts say which rules can match there, so the
 * case-insensitive rules only run on the sentences, and only the rules, that need them: running every
 * rule over every sentence was most of the events pass. Derived from the patterns, so the lexicon stays
 * the one place that says what a trigger is.
 */
const LEADS = new Map<string, { lead: string; rule: number }[]>();
TRIGGER_RULES.forEach((rule, index) => {
  const body = rule.pattern.source.replace(/^\\b(?:\(\?:)?/u, '').replace(/\)?\\b$/u, '');
  for (const alternative of body.split('|')) {
    const lead = alternative.split(/.\?/u)[0]!.toLowerCase();
    if (lead.length < 3 || !/^[a-z][\p{L} -]*$/u.test(lead) || !rule.pattern.flags.includes('i')) {
      throw new Error(`trigger pattern not understood: ${rule.pattern.source}`);
    }
    const key = lead.slice(0, 3);
    LEADS.set(key, [...(LEADS.get(key) ?? []), { lead, rule: index }]);
  }
});

/**
 * Lower-cased as the rules' `i` flag compares letters: toLowerCase folds every character that case-folds
 * to an ASCII letter, except the long s.
 */
export const foldCase = (text: string): string => {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/gu, 's') : lower;
};

// What `\b` counts as a word character (after folding).
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

/** The rules, in lexicon order, that can match in text whose folded form is `folded` (the patterns decide). */
export function rulesFor(folded: string): TriggerRule[] {
  const hit = new Array<boolean>(TRIGGER_RULES.length).fill(false);
  let any = false;
  let previousWord = false;
  for (let i = 0; i < folded.length; i++) {
    const word = isWordCode(folded.charCodeAt(i));
    if (word && !previousWord) {
      const leads = LEADS.get(folded.slice(i, i + 3));
      if (leads) {
        for (const { lead, rule } of leads) {
          if (!hit[rule] && folded.startsWith(lead, i)) {
            hit[rule] = true;
            any = true;
          }
        }
      }
    }
    previousWord = word;
  }
  return any ? TRIGGER_RULES.filter((_, i) => hit[i]) : [];
}
