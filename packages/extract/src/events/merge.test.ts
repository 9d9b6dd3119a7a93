import { readFileSync } from 'node:fs';
import type { Span } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../extract-article.js';
import { loadSeed } from '../testing/load-seed.js';
import { articleFacts } from './article-facts.js';
import { findCandidates } from './candidates.js';
import { groupClauses } from './group-clauses.js';
import { mergeGroups } from './merge.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');

const seed = loadSeed();
const articles = {
  seed,
  // Long enough that only the latest events are looked back at.
  'seed ×4': { text: `${seed.text}\n`.repeat(4), knowledgeBase: seed.knowledgeBase },
  'border-talks': { text: fixture('border-talks'), knowledgeBase: [] },
  'harbour-fire': { text: fixture('harbour-fire'), knowledgeBase: [] },
};

describe.each(Object.entries(articles))(
  'merging the clause groups of %s',
  (_name, { text, knowledgeBase }) => {
    const input = { text, filed: '2025-04-26', knowledgeBase };
    const facts = articleFacts(text, input.filed, annotateArticle(input).annotations, knowledgeBase);
    const candidates = findCandidates(facts);
    const mentionSpans = new Map<string, Span[]>();
    for (const m of facts.mentions) {
      if (m.entityId) mentionSpans.set(m.entityId, [...(mentionSpans.get(m.entityId) ?? []), m.span]);
    }
    const groups = groupClauses(candidates, mentionSpans);
    const drafts = mergeGroups(text, groups);

    it('finds events to check', () => {
      expect(drafts.length).toBeGreaterThan(0);
    });

    // The same-sentence rule skips events last mentioned before the sentence: this must never skip one
    // told in it.
    it('leaves every event last mentioned at or after each sentence it is told in', () => {
      for (const draft of drafts) {
        for (const start of draft.sentenceStarts) expect(draft.lastAt).toBeGreaterThanOrEqual(start);
        for (const group of draft.groups) expect(draft.lastAt).toBeGreaterThanOrEqual(group.trigger.start);
      }
    });
  },
);
