import type { Span } from '@dispatch/core';
import { lowerBound } from '@dispatch/core';
import { caseInsensitive } from '../text/ascii-case.js';
import { foldCase, isWordCode, LeadIndex } from '../text/word-leads.js';
import { ArticleClauses, type ClauseFinder, SPEECH_PATTERNS, scanFinder, sentenceWords } from './clauses.js';
import { TRIGGER_RULES, type TriggerRule } from './lexicon.js';
import { sticky } from './sticky.js';
import { rulesFor } from './trigger-keys.js';

export interface TriggerMatch {
  rule: TriggerRule;
  span: Span;
}

/** What the event rules need to know of one sentence's words before reading its clauses. */
export interface SentenceLeads {
  /** Trigger words, longest first where two overlap, in reading order. */
  triggers: TriggerMatch[];
  /** Whether some trigger rule's leading words occur at all (else only a hyphenated pair can name an event). */
  anyRule: boolean;
  /** Where the sentence's clauses can be cut (read only around triggers). */
  clauses: ClauseFinder;
}

const RULES = TRIGGER_RULES.length;
// Trigger rules first, then the speech patterns: one walk finds the words of both.
const INDEX = new LeadIndex([...TRIGGER_RULES.map((rule) => rule.pattern), ...SPEECH_PATTERNS]);

/** Every trigger word of the sentence the slow way: each rule whose words the sentence holds, scanned. */
export function triggersByScan(text: string, sentence: Span, rules: readonly TriggerRule[]): TriggerMatch[] {
  const slice = text.slice(sentence.start, sentence.end);
  const found: TriggerMatch[] = [];
  for (const rule of rules) {
    const pattern = caseInsensitive(rule.pattern, text);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      found.push({
        rule,
        span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length },
      });
    }
  }
  return longestFirst(found);
}

function longestFirst(found: TriggerMatch[]): TriggerMatch[] {
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return keepFirst(found);
}

/** The first of each run of overlapping matches (sorted by start, longest first). */
function keepFirst(found: readonly TriggerMatch[]): TriggerMatch[] {
  const kept: TriggerMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.span.start < last.span.end) continue;
    kept.push(match);
  }
  return kept;
}

/**
 * The sentences' words from one walk over the folded article instead of a fold and two walks per
 * sentence, and each trigger rule tried (anchored) only where one of its leading words starts: a match
 * can start nowhere else, so this finds what a scan of the sentence finds. Texts whose folding changes
 * their length ("İ") are read sentence by sentence, as before.
 */
export class ArticleLeads {
  private readonly folded: string;
  private readonly aligned: boolean;
  private readonly at: readonly number[] = [];
  private readonly pattern: readonly number[] = [];
  private readonly end: readonly number[] = [];
  /** For an aligned text, its clause finder: speech patterns tried where the walk found their leads. */
  private readonly clauses: ArticleClauses | null = null;

  constructor(private readonly text: string) {
    this.folded = foldCase(text);
    this.aligned = this.folded.length === text.length;
    if (this.aligned) {
      const hits = INDEX.hits(this.folded);
      this.at = hits.at;
      this.pattern = hits.pattern;
      this.end = hits.end;
      const speechLeads: number[][] = SPEECH_PATTERNS.map(() => []);
      for (let i = 0; i < hits.at.length; i++) {
        if (hits.pattern[i]! < RULES) continue;
        const leads = speechLeads[hits.pattern[i]! - RULES]!;
        if (leads[leads.length - 1] !== hits.at[i]) leads.push(hits.at[i]!);
      }
      this.clauses = new ArticleClauses(text, this.folded, speechLeads);
    }
  }

  /** The sentence's words, from the walk over the whole article. */
  of(sentence: Span): SentenceLeads {
    const { text } = this;
    if (!this.aligned) {
      const rules = rulesFor(foldCase(text.slice(sentence.start, sentence.end)));
      const triggers = triggersByScan(text, sentence, rules);
      return {
        triggers,
        anyRule: rules.length > 0,
        clauses: scanFinder(text, sentenceWords(text, sentence)),
      };
    }
    const { folded } = this;
    const { start, end } = sentence;
    // Where leads start in the sentence, with their patterns: the walk over the article found them.
    const from = lowerBound(this.at, start);
    let to = from;
    while (to < this.at.length && this.at[to]! < end) to++;
    // A word start at the sentence's first character even where the text before runs into it.
    let startLeads: number[] | null = null;
    if (start > 0 && isWordCode(folded.charCodeAt(start - 1))) {
      const atStart: number[] = [];
      INDEX.scan(folded, start, end, (at, pattern, leadEnd) => {
        if (at === start && leadEnd <= end) atStart.push(pattern);
      });
      startLeads = atStart;
    }
    const found: TriggerMatch[] = [];
    const tried = this.tried.fill(-1);
    const reached = this.reached.fill(-1);
    let anyRule = false;
    let slice: string | null = null;
    const count = (startLeads?.length ?? 0) + (to - from);
    for (let h = 0; h < count; h++) {
      // The leads at the sentence's start first, then the article's, in order of position.
      const fromStart = startLeads !== null && h < startLeads.length;
      const i = fromStart ? -1 : from + h - (startLeads?.length ?? 0);
      if (!fromStart && this.end[i]! > end) continue;
      const at = fromStart ? start : this.at[i]!;
      const pattern = fromStart ? startLeads![h]! : this.pattern[i]!;
      if (pattern >= RULES) continue;
      anyRule = true;
      // Once per place, and never inside this rule's last match (a scan resumes after it).
      if (tried[pattern] === at || at < reached[pattern]!) continue;
      tried[pattern] = at;
      const rule = TRIGGER_RULES[pattern]!;
      const re = sticky(caseInsensitive(rule.pattern, text));
      re.lastIndex = at - start;
      slice ??= text.slice(start, end);
      const m = re.exec(slice);
      if (!m) continue;
      reached[pattern] = at + m[0].length;
      found.push({ rule, span: { start: at, end: at + m[0].length } });
    }
    sortMatches(found);
    return { triggers: keepFirst(found), anyRule, clauses: this.clauses!.inSentence(sentence) };
  }

  // Per rule: where it was last tried, and where its last match ended (reset for each sentence).
  private readonly tried = new Int32Array(RULES);
  private readonly reached = new Int32Array(RULES);
}

const RULE_INDEX = new Map(TRIGGER_RULES.map((rule, i) => [rule, i]));

/**
 * By start, the longest first, equal spans in the lexicon's order (as a scan rule by rule finds them):
 * an insertion sort, as the matches of a sentence are few and nearly in order already.
 */
function sortMatches(found: TriggerMatch[]): void {
  for (let i = 1; i < found.length; i++) {
    const item = found[i]!;
    let j = i - 1;
    while (j >= 0 && compareMatches(found[j]!, item) > 0) {
      found[j + 1] = found[j]!;
      j--;
    }
    found[j + 1] = item;
  }
}

const compareMatches = (a: TriggerMatch, b: TriggerMatch): number =>
  a.span.start - b.span.start || b.span.end - a.span.end || RULE_INDEX.get(a.rule)! - RULE_INDEX.get(b.rule)!;
