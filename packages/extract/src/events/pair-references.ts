import type { Span } from '@dispatch/core';
import { caseInsensitive } from '../text/ascii-case.js';
import type { ArticleFacts } from './article-facts.js';
import type { Candidate } from './candidates.js';
import { windowOf } from './clauses.js';

const THE_BEFORE = /\bthe\s+$/iu;

/**
 * "The Putin-Witkoff talks", or with the noun left out, "The Putin-Witkoff": two people joined by a
 * hyphen after "the" name an event between them, told earlier in the story.
 */
export function pairReferences(facts: ArticleFacts, sentence: Span): Candidate[] {
  const { text } = facts;
  const people = facts.mentions.filter(
    (m) =>
      m.type === 'PERSON' &&
      m.form === 'name' &&
      m.entityId &&
      m.span.start >= sentence.start &&
      m.span.end <= sentence.end,
  );
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < people.length; i++) {
    const a = people[i]!;
    const b = people[i + 1]!;
    if (!/^[-–]$/u.test(text.slice(a.span.end, b.span.start))) continue;
    if (
      !caseInsensitive(THE_BEFORE, text).test(
        text.slice(Math.max(sentence.start, a.span.start - 5), a.span.start),
      )
    )
      continue;
    const trigger = { start: a.span.start, end: b.span.end };
    found.push({
      type: 'meeting',
      kind: 'meet',
      form: 'noun',
      trigger,
      sentence,
      window: windowOf(text, sentence, trigger.start, facts.quotes),
      participants: [
        { entityId: a.entityId!, role: a.role?.text ?? null },
        { entityId: b.entityId!, role: b.role?.text ?? null },
      ],
      withIds: new Set(),
      anaphoric: true,
      anaphoricOnly: false,
      pairAnaphor: false,
      place: null,
      weakPlaces: [],
      time: null,
      duration: null,
      anchored: true,
    });
  }
  return found;
}
