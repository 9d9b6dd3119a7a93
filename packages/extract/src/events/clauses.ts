import type { Quote, Span } from '@dispatch/core';
import { lowerBound } from '@dispatch/core';
import { isSpaceCode } from '../text/end-anchored.js';
import { foldedRange, LeadIndex } from '../text/word-leads.js';
import { anchoredTo, matchesAt, type Opening, positionsOf, scanRange } from './clause-matches.js';
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

/** The clause-break patterns, in the order `ClauseFinder.breaks` numbers them. */
export const CLAUSE_BREAK_PATTERNS: readonly RegExp[] = CLAUSE_BREAKS.map((b) => b.re);

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

/** Where a clause's cut points and speech words are, for `windowOf` (matches as a scan of the range finds them). */
export interface ClauseFinder {
  /** The matches of CLAUSE_BREAKS[b] in text[from, to). */
  breaks(b: number, from: number, to: number): readonly RegExpExecArray[];
  /** The matches of SPEECH_PATTERNS[s] in text[from, to). */
  speech(s: number, from: number, to: number): readonly RegExpExecArray[];
  /** The clause breaks (ascending) that can match in some range of the sentence: the others find nothing. */
  readonly possibleBreaks: readonly number[];
}

const NONE: readonly RegExpExecArray[] = [];

/**
 * The last matches of each pattern, by range: the triggers of one sentence mostly read the same range
 * again (read only: they are shared with the next caller).
 */
class LastMatches {
  private readonly last = new Map<
    RegExp,
    { text: string; from: number; to: number; found: readonly RegExpExecArray[] }
  >();

  get(pattern: RegExp, text: string, from: number, to: number, find: () => readonly RegExpExecArray[]) {
    const last = this.last.get(pattern);
    if (last && last.from === from && last.to === to && last.text === text) return last.found;
    const found = find();
    this.last.set(pattern, { text, from, to, found });
    return found;
  }
}

const scanned = new LastMatches();

/** The plain way: scan the range with each pattern the sentence's words allow. */
export function scanFinder(text: string, words: SentenceWords): ClauseFinder {
  const scan = (pattern: RegExp, from: number, to: number) =>
    scanned.get(pattern, text, from, to, () => scanRange(pattern, text, from, to));
  return {
    breaks: (b, from, to) => (words.breaks[b] ? scan(CLAUSE_BREAKS[b]!.re, from, to) : NONE),
    speech: (s, from, to) => (words.speech[s] ? scan(SPEECH_PATTERNS[s]!, from, to) : NONE),
    possibleBreaks: CLAUSE_BREAKS.flatMap((_, b) => (words.breaks[b] ? [b] : [])),
  };
}

// How each clause break's match begins relative to its needed word (checked here, once).
const BREAK_OPENINGS: readonly Opening[] = CLAUSE_BREAKS.map(({ re, needs }) => {
  // The finder below relies on the white space after the needed word, too.
  if (!re.source.startsWith(`${needs}\\s`) && !re.source.startsWith(`\\s+${needs}\\s+`))
    throw new Error(`clause break not understood: ${re.source}`);
  return re.source.startsWith('\\s+') ? 'spaces' : 'word';
});

// Speech verbs start their matches; an attribution may begin with a comma and spaces before its words.
const SPEECH_OPENINGS: readonly Opening[] = ['word', 'word', 'comma-spaces'];

// Clause breaks share their needs ("and" thrice): where each distinct one occurs is found once.
const NEEDED = [...new Set(CLAUSE_NEEDS)];
const NEED_OF_BREAK = CLAUSE_NEEDS.map((needs) => NEEDED.indexOf(needs));

/**
 * The fast way, for a whole article: each pattern tried only where its needed word occurs in the folded
 * text (`folded` as long as the text), the speech patterns where the article's walk found their leads.
 */
export class ArticleClauses implements ClauseFinder {
  // Where each needed word occurs, found when first asked for.
  private readonly needed: (number[] | undefined)[] = NEEDED.map(() => undefined);
  // The patterns as tried on this text (anchored, case-insensitive as fast as the text allows).
  private readonly breakPatterns: readonly RegExp[];
  private readonly speechPatterns: readonly RegExp[];

  constructor(
    readonly text: string,
    private readonly folded: string,
    private readonly speechLeads: readonly (readonly number[])[],
  ) {
    this.breakPatterns = CLAUSE_BREAKS.map(({ re }) => anchoredTo(re, text));
    this.speechPatterns = SPEECH_PATTERNS.map((re) => anchoredTo(re, text));
  }

  /** Where the word clause break `b` needs occurs, with white space around it as the break needs. */
  breakWords(b: number): readonly number[] {
    const n = NEED_OF_BREAK[b]!;
    let positions = this.needed[n];
    if (!positions) {
      // Every clause break has white space right after its word, and before it when it is a word
      // ("\s+and\s+"): other places cannot match.
      const needs = NEEDED[n]!;
      const spaced = /^[a-z]/u.test(needs);
      const { text } = this;
      positions = positionsOf(this.folded, needs).filter(
        (at) =>
          isSpaceCode(text.charCodeAt(at + needs.length)) &&
          (!spaced || isSpaceCode(text.charCodeAt(at - 1))),
      );
      this.needed[n] = positions;
    }
    return positions;
  }

  /** Where the leads of speech pattern `s` occur. */
  speechWords(s: number): readonly number[] {
    return this.speechLeads[s]!;
  }

  breaks(b: number, from: number, to: number, words = this.breakWords(b)): readonly RegExpExecArray[] {
    return matchesAt(this.breakPatterns[b]!, BREAK_OPENINGS[b]!, words, this.text, from, to);
  }

  speech(s: number, from: number, to: number, words = this.speechWords(s)): readonly RegExpExecArray[] {
    return matchesAt(this.speechPatterns[s]!, SPEECH_OPENINGS[s]!, words, this.text, from, to, true);
  }

  get possibleBreaks(): readonly number[] {
    return ALL_BREAKS;
  }

  /** The finder for ranges inside one sentence, with the words of each pattern there picked out once. */
  inSentence(sentence: Span): ClauseFinder {
    return new SentenceClauses(this, sentence);
  }
}

/**
 * ArticleClauses for one sentence: each pattern's words in the sentence, picked out when first asked
 * for, so the sentence's triggers (several windows each) look through a few places, often none.
 */
class SentenceClauses implements ClauseFinder {
  // By needed word (breaks share them), as ArticleClauses keeps them.
  private readonly breakWords: (readonly number[] | undefined)[] = NEEDED.map(() => undefined);
  private readonly speechWords: (readonly number[] | undefined)[] = SPEECH_PATTERNS.map(() => undefined);

  constructor(
    private readonly article: ArticleClauses,
    private readonly sentence: Span,
  ) {}

  private possible: readonly number[] | null = null;

  /** The breaks with their words in the sentence (their lists picked out on the way). */
  get possibleBreaks(): readonly number[] {
    if (!this.possible) {
      const possible: number[] = [];
      for (let b = 0; b < CLAUSE_BREAKS.length; b++) if (this.wordsOfBreak(b).length > 0) possible.push(b);
      this.possible = possible;
    }
    return this.possible;
  }

  breaks(b: number, from: number, to: number): readonly RegExpExecArray[] {
    if (!this.holds(from, to)) return this.article.breaks(b, from, to);
    const words = this.wordsOfBreak(b);
    return words.length === 0 ? NONE : this.article.breaks(b, from, to, words);
  }

  private wordsOfBreak(b: number): readonly number[] {
    const n = NEED_OF_BREAK[b]!;
    let words = this.breakWords[n];
    if (!words) {
      words = wordsWithin(this.article.breakWords(b), this.sentence);
      this.breakWords[n] = words;
    }
    return words;
  }

  speech(s: number, from: number, to: number): readonly RegExpExecArray[] {
    if (!this.holds(from, to)) return this.article.speech(s, from, to);
    let words = this.speechWords[s];
    if (!words) {
      words = wordsWithin(this.article.speechWords(s), this.sentence);
      this.speechWords[s] = words;
    }
    // A word at the range's start is tried even when not listed (see matchesAt).
    return this.article.speech(s, from, to, words);
  }

  private holds(from: number, to: number): boolean {
    return this.sentence.start <= from && to <= this.sentence.end;
  }
}

/** The positions (sorted) inside the span. */
function wordsWithin(positions: readonly number[], span: Span): readonly number[] {
  const first = lowerBound(positions, span.start);
  let last = first;
  while (last < positions.length && positions[last]! < span.end) last++;
  return first === last ? NONE_AT : positions.slice(first, last);
}

const NONE_AT: readonly number[] = [];
const ALL_BREAKS: readonly number[] = CLAUSE_BREAKS.map((_, b) => b);

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
  finder: ClauseFinder = scanFinder(text, sentenceWords(text, sentence)),
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
  for (const b of finder.possibleBreaks) {
    for (const m of finder.breaks(b, start, end)) {
      if (insideAny(fullQuotes, m.index)) continue;
      const cut = m.index + m[0].length;
      if (cut <= at && cut > start) {
        start = cut;
        relativeAt = RELATIVE.test(text.slice(m.index, cut + 6)) ? m.index : null;
      } else if (m.index > at && m.index < end) end = m.index;
    }
  }
  for (const m of finder.speech(0, start, end)) {
    if (insideAny(fullQuotes, m.index)) continue;
    const verbEnd = m.index + m[0].length;
    if (verbEnd <= at) start = Math.max(start, verbEnd);
    else if (m.index > at) end = Math.min(end, lastCommaBefore(text, at, m.index) ?? m.index);
  }
  for (const m of finder.speech(1, start, end)) {
    if (insideAny(fullQuotes, m.index)) continue;
    const that = /\bthat\b/u.exec(text.slice(m.index, end));
    if (!that) continue;
    const thatAt = m.index + that.index;
    if (thatAt + 4 <= at) start = Math.max(start, thatAt + 4);
    else if (thatAt > at) end = Math.min(end, thatAt);
  }
  for (const m of finder.speech(2, start, end)) {
    if (m.index > at) end = Math.min(end, m.index);
  }
  return { span: { start, end }, quote, relativeAt };
}

function lastCommaBefore(text: string, from: number, to: number): number | null {
  const at = text.lastIndexOf(',', to);
  return at > from ? at : null;
}
