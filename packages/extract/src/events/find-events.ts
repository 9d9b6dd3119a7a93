import type { Annotations, Event, KnownEntity, Span, TextSpan } from '@dispatch/core';
import { caseInsensitive } from '../text/ascii-case.js';
import { type ArticleFacts, articleFacts } from './article-facts.js';
import { findCandidates } from './candidates.js';
import { describe, labelOf } from './finish.js';
import { groupClauses } from './group-clauses.js';
import { PERFECT } from './lexicon.js';
import { type Draft, mergeGroups } from './merge.js';
import { findPosts } from './posts.js';

/** Types told as background: they keep only the dates the text gives them. */
const UNDATED_BACKGROUND = new Set<Event['type']>(['war', 'seizure']);

const RELATIVE_TO_ANOTHER =
  /\b(?:came|happened|took place|followed|occurred)\s+(?:just\s+|shortly\s+|hours\s+|days\s+|minutes\s+)?(?:after|before)\b/iu;

/** The distinct spans, by start (equal starts in the order first seen). */
function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<number | string>();
  const kept: Span[] = [];
  for (const s of spans) {
    // one number per span (a string only in a text longer than 2^26 characters)
    const key = s.end < 0x4000000 ? s.start * 0x4000000 + s.end : `${s.start}:${s.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      kept.push(s);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toEvent(facts: ArticleFacts, draft: Draft, descriptions: Event['descriptions']): Event {
  const written: Span[] = [];
  for (const group of draft.groups) for (const trigger of group.triggers) written.push(trigger);
  for (const trigger of draft.extraTriggers) written.push(trigger);
  const triggers: TextSpan[] = uniqueSpans(written).map((span) => ({
    span,
    text: facts.text.slice(span.start, span.end),
  }));
  const participantIds = new Set(draft.participants.map((p) => p.entityId));
  // With no place of its own, the event is where the sentences telling it put things, preferring the
  // place the story names most (its setting).
  const weak = draft.weakPlaces.filter((id) => !participantIds.has(id));
  const place =
    draft.place ??
    weak.sort((a, b) => (facts.mentionCounts.get(b) ?? 0) - (facts.mentionCounts.get(a) ?? 0))[0] ??
    null;
  const first = triggers[0]!;
  return {
    id: `e-${first.span.start}-${first.span.end}`,
    type: draft.type,
    label: labelOf(facts, draft, place, first),
    participants: draft.participants.map((p) => ({ entityId: p.entityId, role: p.role })),
    placeId: place,
    time: draft.time?.value ? { value: draft.time.value, timeId: draft.time.id } : null,
    duration: draft.duration,
    descriptions,
    evidence: uniqueSpans(draft.groups.map((g) => g.sentence).concat(draft.extraEvidence)),
    triggers,
    source: 'extraction',
  };
}

/**
 * Dates the text implies: an event told as happening just before or after a dated one shares its day;
 * any other event the story reports in the past tense, undated, is taken to be of the filing day (as a
 * wire editor reads "Trump and Zelensky met ..." in a story filed that day). Inferred dates carry no
 * time expression id.
 */
function inferTimes(facts: ArticleFacts, pairs: readonly { draft: Draft | null; event: Event }[]): void {
  const eventOf = new Map(pairs.filter((p) => p.draft).map((p) => [p.draft!, p.event]));
  for (const { draft, event } of pairs) {
    if (event.time || !draft) continue;
    const dated = draft.sameDayAs
      .map((d) => eventOf.get(d)?.time)
      .find((t) => t && /^\d{4}-\d{2}-\d{2}$/u.test(t.value));
    if (dated) event.time = { value: dated.value, timeId: null };
  }
  if (!facts.filed) return;
  for (const { draft, event } of pairs) {
    if (event.time || UNDATED_BACKGROUND.has(event.type)) continue;
    const clauses = draft
      ? draft.groups.map((g) => facts.text.slice(g.window.span.start, g.window.span.end))
      : event.evidence.map((s) => facts.text.slice(s.start, s.end));
    const perfect = caseInsensitive(PERFECT, facts.text);
    if (clauses.every((clause) => perfect.test(clause))) continue;
    // "came hours after gunmen attacked": dated by an event the text does not date; leave it undated.
    if (
      draft &&
      draft.sameDayAs.length === 0 &&
      draft.groups.every((g) =>
        caseInsensitive(RELATIVE_TO_ANOTHER, facts.text).test(
          facts.text.slice(g.sentence.start, g.trigger.start),
        ),
      )
    )
      continue;
    event.time = { value: facts.filed, timeId: null };
  }
}

/** Every event the article tells, merged across its mentions, ordered by first evidence. */
export function findEvents(facts: ArticleFacts): Event[] {
  const candidates = findCandidates(facts);
  const mentionSpans = new Map<string, Span[]>();
  for (const m of facts.mentions) {
    if (!m.entityId) continue;
    const spans = mentionSpans.get(m.entityId);
    if (spans) spans.push(m.span);
    else mentionSpans.set(m.entityId, [m.span]);
  }
  const drafts = mergeGroups(facts.text, groupClauses(candidates, mentionSpans));
  const descriptions = describe(facts, drafts);
  const pairs: { draft: Draft | null; event: Event }[] = [
    ...drafts.map((draft) => ({ draft, event: toEvent(facts, draft, descriptions.get(draft) ?? []) })),
    ...findPosts(facts).map((event) => ({ draft: null, event })),
  ];
  inferTimes(facts, pairs);
  const seen = new Set<string>();
  return pairs
    .map((p) => p.event)
    .sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start || a.id.localeCompare(b.id))
    .filter((event) => !seen.has(event.id) && seen.add(event.id));
}

type AnnotationsWithoutEvents = Omit<Annotations, 'events'> & { events: Annotations['events'] };

/** The annotations with their events filled in from everything else found in the text. */
export function withEvents<A extends AnnotationsWithoutEvents>(
  annotations: A,
  input: { text: string; filed: string | null; knowledgeBase: readonly KnownEntity[] },
): A {
  const facts = articleFacts(input.text, input.filed, annotations, input.knowledgeBase);
  return { ...annotations, events: findEvents(facts) };
}
