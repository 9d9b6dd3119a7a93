import type { EventType, Mention, Span, TextSpan, TimeExpression } from '@dispatch/core';
import { caseInsensitive } from '../text/ascii-case.js';
import { tailStart } from '../text/end-anchored.js';
import { type ArticleFacts, localFacts } from './article-facts.js';
import { type Window, windowOf } from './clauses.js';
import { durationOf } from './durations.js';
import { DEFINITE, IRREALIS, PAIR_ANAPHOR, type TriggerForm } from './lexicon.js';
import { pairReferences } from './pair-references.js';
import {
  describedByIn,
  type Participant,
  participantsOf,
  reporterSpans,
  seizureRoles,
  within,
} from './participants.js';
import { type PlacePhrase, placesIn } from './places.js';
import { ArticleLeads, type SentenceLeads, type TriggerMatch } from './sentence-leads.js';
import { lastRunsBefore, plainWord } from './words-before.js';

const MAX_SENTENCE = 3000;

// Two names joined by a hyphen ("the Putin-Witkoff talks"): a sentence holding one can refer to an event.
const HYPHENATED_PAIR = /\p{Lu}\p{L}+[-–]\p{Lu}/iu;

/** One place in the text that names an event, with what its clause says about it. */
export interface Candidate {
  type: EventType;
  kind: string;
  form: TriggerForm;
  trigger: Span;
  sentence: Span;
  window: Window;
  participants: Participant[];
  /** Participants introduced by "with", which a reference back may add ("the meeting with Zelensky"). */
  withIds: Set<string>;
  /** Refers back to an event already told ("the meeting", "yesterday's talks", "they discussed"). */
  anaphoric: boolean;
  anaphoricOnly: boolean;
  /** "the two leaders": the participants are the pair of an earlier event. */
  pairAnaphor: boolean;
  place: string | null;
  weakPlaces: string[];
  time: TimeExpression | null;
  duration: TextSpan | null;
  /** For types that need it: dated, or named as a beginning, or referring back. */
  anchored: boolean;
}

/** Words shortly before the trigger that make it hypothetical, future or negated. */
function isIrrealis(facts: ArticleFacts, match: TriggerMatch, window: Window): boolean {
  const written = lastRunsBefore(facts.text, window.span.start, match.span.start, 4);
  // Loops rather than map and some: this runs for every trigger.
  const before: string[] = [];
  for (const w of written) before.push(plainWord(w));
  for (let i = 0; i < before.length; i++) {
    const word = before[i]!;
    if (word.endsWith("n't")) return true;
    if (!IRREALIS.has(word)) continue;
    // "to" is an infinitive ("to hold talks") only when a verb, not a determiner or a name, follows.
    if (word !== 'to') return true;
    if (match.rule.form === 'verb' && i === before.length - 1) return true;
    const next = before[i + 1];
    const capitalised = /^\p{Lu}/u.test(written[i + 1] ?? '');
    if (next !== undefined && !capitalised && !DEFINITE.has(next) && next !== 'a' && next !== 'an')
      return true;
  }
  return false;
}

const PLURAL_SUBJECT_BEFORE = /\b(?:they|we|both)\s+(?:\w+ly\s+)?$/iu;

function isAnaphoric(facts: ArticleFacts, match: TriggerMatch, window: Window): boolean {
  // Both patterns end at the trigger and span at most three words.
  const written = facts.text.slice(
    tailStart(facts.text, window.span.start, match.span.start, 3),
    match.span.start,
  );
  const before = written.includes('’') || written.includes('‘') ? written.replace(/[’‘]/gu, "'") : written;
  if (match.rule.form === 'verb') return caseInsensitive(PLURAL_SUBJECT_BEFORE, facts.text).test(before);
  // A determiner or a possessive, with at most two modifiers between it and the noun.
  return /(?:^|\s)(?:the|this|that|these|those|their|its|his|her|our|[\p{L}]+'s)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(
    before,
  );
}

/** The time the clause gives: English puts it after the verb ("met ... on Friday"), else before it. */
function nearestTime(facts: ArticleFacts, window: Span, at: number): TimeExpression | null {
  const dated = facts.times.filter((t) => !t.vague && t.value !== null && within(window, t.span));
  return dated.find((t) => t.span.start >= at) ?? dated.filter((t) => t.span.start < at).pop() ?? null;
}

/** The place an event happened at: the place phrase after its trigger, else the one before it. */
function placeOf(
  match: TriggerMatch,
  next: TriggerMatch | undefined,
  previous: TriggerMatch | undefined,
  places: readonly PlacePhrase[],
  window: Span,
): { place: PlacePhrase | null; weak: PlacePhrase[] } {
  const inWindow = places.filter((p) => within(window, p.span));
  const after = inWindow.find(
    (p) => p.span.start >= match.span.end && (!next || p.span.start < next.span.start),
  );
  // A place after an earlier trigger of the clause belongs to that one ("met in X before the funeral").
  const before =
    previous && previous.span.start >= window.start
      ? undefined
      : inWindow.findLast((p) => p.span.end <= match.span.start);
  const place = after ?? before ?? null;
  return { place, weak: inWindow.filter((p) => p !== place) };
}

const BEGINNING_BEFORE =
  /\b(?:start|outbreak|beginning|launch)\s+of\s+(?:the\s+|its\s+|a\s+)?(?:[\p{Ll}-]+\s+)?$/iu;

/** "the start of the war": text[from, at) ends naming a beginning (at most four words, read from the end). */
const namedAsBeginning = (text: string, from: number, at: number): boolean =>
  BEGINNING_BEFORE.test(text.slice(tailStart(text, from, at, 4), at));

// PAIR_ANAPHOR is global (for scanning); a test must not carry its lastIndex over.
const PAIR_ANAPHOR_ONCE = new RegExp(PAIR_ANAPHOR.source, 'iu');

/** Every candidate event mention in the article, in reading order. */
export function findCandidates(facts: ArticleFacts): Candidate[] {
  const candidates: Candidate[] = [];
  const article = facts;
  const leads = new ArticleLeads(article.text);
  for (const sentence of article.sentences) {
    // Runs of text with no sentence end are not prose: no events there (and no quadratic work).
    if (sentence.end - sentence.start > MAX_SENTENCE) continue;
    // Most sentences name no event at all: skip them after a cheap look for the rules' words.
    const words = leads.of(sentence);
    const matches = words.triggers;
    if (matches.length === 0) {
      // With no trigger (so with no rule's words, or none that match), only a hyphenated pair can name
      // an event here.
      const slice = article.text.slice(sentence.start, sentence.end);
      if (!words.anyRule && !(/[-–]/u.test(slice) && HYPHENATED_PAIR.test(slice))) continue;
      if (!slice.includes('-') && !slice.includes('–')) continue;
    }
    const facts = localFacts(article, sentence);
    const read: SentenceReading = { facts, sentence, words, places: undefined, describedBy: undefined };
    for (let i = 0; i < matches.length; i++) {
      const candidate = candidateAt(read, i);
      if (candidate) candidates.push(candidate);
    }
    // Two names joined by a hyphen: only where the sentence names two.
    if (facts.mentions.length >= 2) candidates.push(...pairReferences(facts, sentence));
  }
  return candidates.sort((a, b) => a.trigger.start - b.trigger.start);
}

/** One sentence as its triggers read it; what only some triggers need is read when first asked. */
interface SentenceReading {
  facts: ArticleFacts;
  sentence: Span;
  words: SentenceLeads;
  places: PlacePhrase[] | undefined;
  describedBy: Span[] | undefined;
}

/**
 * The candidate event the sentence's trigger `i` names, or null when its clause rules it out. Triggers
 * are read one by one; what they share is kept in `read`.
 */
function candidateAt(read: SentenceReading, i: number): Candidate | null {
  const { facts, sentence, words } = read;
  const matches = words.triggers;
  const match = matches[i]!;
  const window = windowOf(facts.text, sentence, match.span.start, facts.quotes, words.clauses);
  if (isIrrealis(facts, match, window)) return null;
  // The rules that can rule a trigger out come first; the rest only read what a candidate keeps.
  let direct: Mention | undefined;
  if (match.rule.needsPlace) {
    direct = facts.mentions.find(
      (m) =>
        m.type === 'LOC' &&
        m.entityId &&
        m.span.start >= match.span.end &&
        m.span.start - match.span.end <= 6,
    );
    if (!direct?.entityId) return null;
  }
  const time = nearestTime(facts, window.span, match.span.start);
  const anaphoric = isAnaphoric(facts, match, window);
  const anchored =
    time !== null || anaphoric || namedAsBeginning(facts.text, window.span.start, match.span.start);
  if (match.rule.needsAnchor && !anchored) return null;
  read.describedBy ??= describedByIn(facts, sentence);
  read.places ??= placesIn(facts, sentence);
  const reporters = reporterSpans(facts, sentence, match.span.start, read.describedBy);
  const { participants, withIds } = participantsOf(facts, match, window, reporters, sentence);
  const located = placeOf(match, matches[i + 1], matches[i - 1], read.places, window.span);
  let place = direct?.entityId ?? located.place?.entityId ?? null;
  let members = participants;
  if (match.rule.type === 'seizure') {
    const seized = seizureRoles(facts, match, window, sentence);
    members = seized.participants;
    place = seized.target ?? place;
  }
  const beforeText = facts.text.slice(window.span.start, match.span.start);
  const pairAnaphor = caseInsensitive(PAIR_ANAPHOR_ONCE, facts.text).test(beforeText);
  return {
    type: match.rule.type,
    kind: match.rule.kind,
    form: match.rule.form,
    trigger: match.span,
    sentence,
    window,
    participants: members.filter((p) => p.entityId !== place || match.rule.type === 'seizure'),
    withIds,
    anaphoric,
    anaphoricOnly: match.rule.anaphoricOnly === true,
    pairAnaphor,
    place,
    weakPlaces: located.weak.map((p) => p.entityId).filter((id) => id !== place),
    time,
    duration: durationOf(facts.text, match.span, window.span),
    anchored,
  };
}
