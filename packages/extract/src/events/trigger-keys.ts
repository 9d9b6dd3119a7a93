import { LeadIndex } from '../text/word-leads.js';
import { TRIGGER_RULES, type TriggerRule } from './lexicon.js';

// Running every case-insensitive trigger rule over every sentence was most of the events pass: only the
// rules whose leading words a sentence holds run on it.
const LEADS = new LeadIndex(TRIGGER_RULES.map((rule) => rule.pattern));

/** The rules, in lexicon order, that can match in text whose folded form is `folded` (the patterns decide). */
export function rulesFor(folded: string): TriggerRule[] {
  const hit = LEADS.present(folded);
  return hit.includes(true) ? TRIGGER_RULES.filter((_, i) => hit[i]) : [];
}
