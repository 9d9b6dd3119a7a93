import type { Mention, Span } from '@dispatch/core';
import { isSpaceCode } from '../text/end-anchored.js';
import type { ArticleFacts } from './article-facts.js';
import type { Window } from './clauses.js';
import { hasDescribingVerbIn } from './describing-verbs.js';
import { MODIFIED_NOUNS } from './lexicon.js';
import { isPossessiveAt } from './possessive.js';
import type { TriggerMatch } from './sentence-leads.js';

/** Who took part in an event, by entity, with the role the text gives them. */
export interface Participant {
  entityId: string;
  role: string | null;
}

const isPossessor = (text: string, mention: Mention): boolean => isPossessiveAt(text, mention.span.end);

const isModifier = (text: string, mention: Mention): boolean => {
  // The noun follows white space: a name followed by punctuation needs no regex.
  if (mention.type === 'PERSON' || !isSpaceCode(text.charCodeAt(mention.span.end))) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(mention.span.end, mention.span.end + 20));
  return next !== null && MODIFIED_NOUNS.has(next[1]!);
};

/** Spans of words that name who reported or described the event, not who took part. */
export function reporterSpans(
  facts: ArticleFacts,
  sentence: Span,
  at: number,
  describedBy: readonly Span[],
): Span[] {
  // A described speaker ("an aide to Zelensky") names someone who only reported; a named speaker is a
  // reporter only for the event inside their own words ("the White House called it “a discussion”").
  const spans = facts.quotes
    .filter(
      (q) => q.speaker?.span && q.speaker.span.start >= sentence.start && q.speaker.span.end <= sentence.end,
    )
    .filter((q) => q.speaker!.form === 'described' || (q.span.start <= at && at < q.span.end))
    .map((q) => q.speaker!.span!);
  spans.push(...describedBy);
  return spans;
}

/** "described by X as": who described the events of the sentence (read once per sentence). */
export function describedByIn(facts: ArticleFacts, sentence: Span): Span[] {
  const spans: Span[] = [];
  if (!hasDescribingVerbIn(facts, sentence.start, sentence.end)) return spans;
  const slice = facts.text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(/\b(?:described|called|termed)\s+by\s+(.+?)\s+as\b/gu)) {
    spans.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  return spans;
}

export const within = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

export function participantsOf(
  facts: ArticleFacts,
  match: TriggerMatch,
  window: Window,
  reporters: readonly Span[],
  sentence: Span,
): { participants: Participant[]; withIds: Set<string> } {
  const { text } = facts;
  // States wage wars and seize land; people only take part in the other kinds of event.
  const isWar = match.rule.type === 'war';
  const allowLoc = isWar || match.rule.type === 'seizure';
  const otherQuotes = facts.quotes.filter((q) => q.kind === 'full' && q !== window.quote).map((q) => q.span);
  const participants: Participant[] = [];
  const withIds = new Set<string>();
  for (const mention of facts.mentions) {
    if (!mention.entityId || !within(window.span, mention.span)) continue;
    if (mention.type === 'LOC' && !allowLoc) continue;
    if (mention.type === 'PERSON' && isWar) continue;
    if (reporters.some((r) => within(r, mention.span)) || otherQuotes.some((q) => within(q, mention.span)))
      continue;
    if (isModifier(text, mention)) continue;
    let role = mention.role?.text ?? null;
    if (isPossessor(text, mention)) {
      // "Pope Francis's funeral": the possessor takes part in the event it possesses, nothing else.
      const gap = text.slice(mention.span.end, match.span.start);
      if (!(match.span.start > mention.span.end && /^['’]s(?:\s+[\p{Ll}-]+){0,2}\s+$/u.test(gap))) continue;
      if (match.rule.type === 'funeral') role = 'deceased';
    }
    const lead = text.slice(Math.max(window.span.start, mention.span.start - 40), mention.span.start);
    if (lead.includes('with') && /\bwith\s+(?:[\p{L}’'-]+\s+){0,3}$/u.test(lead)) {
      withIds.add(mention.entityId);
    }
    if (!participants.some((p) => p.entityId === mention.entityId))
      participants.push({ entityId: mention.entityId, role });
  }
  if (match.rule.type === 'travel' || match.rule.type === 'threat') {
    // Only the one who travels or threatens: the subject before the verb, else the first name after it.
    const subject = facts.mentions.findLast(
      (m) =>
        m.span.end <= match.span.start &&
        participants.some((p) => p.entityId === m.entityId) &&
        within(window.span, m.span),
    );
    // "After leaving Rome, Trump ...": a participle's subject is the first person of the main clause.
    const chosen =
      subject ??
      facts.mentions.find(
        (m) =>
          m.entityId &&
          (m.type === 'PERSON' || m.type === 'ORG') &&
          m.span.start >= match.span.end &&
          m.span.end <= sentence.end &&
          !facts.quotes.some((q) => q.span.start <= m.span.start && m.span.end <= q.span.end),
      );
    if (!chosen?.entityId) return { participants: [], withIds };
    const role = chosen.role?.text ?? (match.rule.type === 'travel' ? 'traveller' : null);
    return { participants: [{ entityId: chosen.entityId, role }], withIds };
  }
  return { participants, withIds };
}

/** Who seized what: the name before the verb, and the place after it or the antecedent of "which". */
export function seizureRoles(
  facts: ArticleFacts,
  match: TriggerMatch,
  window: Window,
  sentence: Span,
): { participants: Participant[]; target: string | null } {
  const inSentence = facts.mentions.filter(
    (m) => m.entityId && m.span.start >= sentence.start && m.span.end <= window.span.end,
  );
  const agent = inSentence.findLast(
    (m) => m.span.start >= window.span.start && m.span.end <= match.span.start,
  );
  const target =
    window.relativeAt !== null
      ? inSentence.findLast((m) => m.type === 'LOC' && m.span.end <= window.relativeAt!)
      : inSentence.find(
          (m) => m.type === 'LOC' && m.span.start >= match.span.end && m.span.start - match.span.end <= 6,
        );
  const participants: Participant[] = [];
  if (agent?.entityId) participants.push({ entityId: agent.entityId, role: 'agent' });
  if (target?.entityId && target.entityId !== agent?.entityId) {
    participants.push({ entityId: target.entityId, role: 'target' });
  }
  return { participants, target: target?.entityId ?? null };
}
