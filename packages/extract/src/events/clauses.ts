import type { Quote, Span } from '@dispatch/core';
import { caseInsensitive } from '../text/ascii-case.js';
import { foldedRange, LeadIndex } from '../text/word-leads.js';
import { ATTRIBUTION, SAY_VERBS, TELL_VERBS } from './lexicon.js';

/** The words around a trigger that can name its participants, place and time. */
export interface Window {
  span: Span;
  /** A full quotation the trigger sits in: its words are the speaker's, so only they count. */
  quote: Quote | null;
  /** For a relative clause (", which Moscow seized"), where the clause begins: its antecedent is before. */
  relativeAt: number | null;
}

// Cut points between clauses: each regex matches where the next clause starts. `needs` is a piece every
// match holds (lower-cased), so a clause without it skips the regex.
const CLAUSE_BREAKS: readonly { re: RegExp; needs: string }[] = [
  { re: /;\s/gu, needs: ';' },
  { re: /,\s+(?=(?:which|who|whose|while|when|where|adding|saying)\b)/gu, needs: ',' },
  { re: /\s+but\s+/giu, needs: 'but' },
  { re: /\s+and\s+(?=(?:he|she|they|it|we|I)\b)/gu, needs: 'and' },
  { re: /\s+and\s+(?=the\s+\p{Lu})/gu, needs: 'and' },
  { re: /\s+if\s+/giu, needs: 'if' },
  // "discussed the reconstruction and agreed to meet": a second verb phrase is a second clause.
  { re: /\s+and\s+(?=\p{Ll}+ed\b)/gu, needs: 'and' },
  // "ahead of the funeral with Trump saying ...": the speaker of an absolute clause took no part.
  {
    re: /\s+with\s+(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:saying|adding|telling|insisting|warning)\b)/gu,
    needs: 'with',
  },
];

/** What every clause-break match holds, in CLAUSE_BREAKS order. */
export const CLAUSE_NEEDS: readonly string[] = CLAUSE_BREAKS.map((b) => b.needs);

/** The speech patterns, in the order of `SentenceWords.speech`. */
export const SPEECH_PATTERNS: readonly RegExp[] = [SAY_VERBS, TELL_VERBS, ATTRIBUTION];

// Which of the speech patterns a clause can hold at all, found in one walk over it.
const SPEECH = new LeadIndex(SPEECH_PATTERNS);

/** Which clause breaks (by their `needs`) and speech patterns (by their leads) a sentence can hold. */
export interface SentenceWords {
  breaks: boolean[];
  speech: boolean[];
}

// Starts at an impossible range, so no sentence (not even an empty text's) reads it.
let lastSentence = { text: '', start: -1, end: -1, breaks: [] as boolean[], speech: [] as boolean[] };

/** The sentence's words, read from its folded form; kept for the sentence's next trigger. */
export function sentenceWords(text: string, sentence: Span): SentenceWords {
  const last = lastSentence;
  if (last.start === sentence.start && last.end === sentence.end && last.text === text) return last;
  const folded = foldedRange(text, sentence.start, sentence.end);
  lastSentence = {
    text,
    start: sentence.start,
    end: sentence.end,
    breaks: CLAUSE_BREAKS.map(({ needs }) => folded.includes(needs)),
    speech: SPEECH.present(folded),
  };
  return lastSentence;
}

const RELATIVE = /^,\s+(?:which|who|whose)\b/u;

// The last matches of each pattern: the triggers of one sentence mostly read the same range again.
const lastMatches = new Map<RegExp, { text: string; from: number; to: number; found: RegExpExecArray[] }>();

/** The matches of `pattern` in text[from, to) (read only: they are shared with the next caller). */
function matchesIn(pattern: RegExp, text: string, from: number, to: number): readonly RegExpExecArray[] {
  const last = lastMatches.get(pattern);
  if (last && last.from === from && last.to === to && last.text === text) return last.found;
  const found = scan(pattern, text, from, to);
  lastMatches.set(pattern, { text, from, to, found });
  return found;
}

const scan = (pattern: RegExp, text: string, from: number, to: number): RegExpExecArray[] => {
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
};

const insideAny = (spans: readonly Span[], at: number): boolean =>
  spans.some((span) => span.start <= at && at < span.end);

/**
 * The clause of `sentence` that a trigger at `at` belongs to, cut further where reported speech begins
 * or ends, so the people who report an event ("The Kremlin said that ...") are not taken for the people
 * who took part in it.
 */
export function windowOf(
  text: string,
  sentence: Span,
  at: number,
  quotes: readonly Quote[],
  words: SentenceWords = sentenceWords(text, sentence),
): Window {
  const quote =
    quotes.find((q) => q.kind === 'full' && q.parentId === null && q.span.start <= at && at < q.span.end) ??
    null;
  let start = quote ? Math.max(quote.span.start, sentence.start) : sentence.start;
  let end = quote ? Math.min(quote.span.end, sentence.end) : sentence.end;
  // Speech inside other quotations is not the narrator's, so it never cuts this clause.
  const fullQuotes = quotes.filter((q) => q !== quote && q.kind === 'full').map((q) => q.span);
  let relativeAt: number | null = null;
  // Only narrowed from here on, so what the whole sentence lacks no part of it holds.
  const { breaks, speech } = words;
  for (let b = 0; b < CLAUSE_BREAKS.length; b++) {
    if (!breaks[b]) continue;
    for (const m of matchesIn(CLAUSE_BREAKS[b]!.re, text, start, end)) {
      if (insideAny(fullQuotes, m.index)) continue;
      const cut = m.index + m[0].length;
      if (cut <= at && cut > start) {
        start = cut;
        relativeAt = RELATIVE.test(text.slice(m.index, cut + 6)) ? m.index : null;
      } else if (m.index > at && m.index < end) end = m.index;
    }
  }
  const [say, tell, attribution] = speech;
  for (const m of say ? matchesIn(SAY_VERBS, text, start, end) : []) {
    if (insideAny(fullQuotes, m.index)) continue;
    const verbEnd = m.index + m[0].length;
    if (verbEnd <= at) start = Math.max(start, verbEnd);
    else if (m.index > at) end = Math.min(end, lastCommaBefore(text, at, m.index) ?? m.index);
  }
  for (const m of tell ? matchesIn(TELL_VERBS, text, start, end) : []) {
    if (insideAny(fullQuotes, m.index)) continue;
    const that = /\bthat\b/u.exec(text.slice(m.index, end));
    if (!that) continue;
    const thatAt = m.index + that.index;
    if (thatAt + 4 <= at) start = Math.max(start, thatAt + 4);
    else if (thatAt > at) end = Math.min(end, thatAt);
  }
  for (const m of attribution ? matchesIn(ATTRIBUTION, text, start, end) : []) {
    if (m.index > at) end = Math.min(end, m.index);
  }
  return { span: { start, end }, quote, relativeAt };
}

function lastCommaBefore(text: string, from: number, to: number): number | null {
  const at = text.lastIndexOf(',', to);
  return at > from ? at : null;
}
