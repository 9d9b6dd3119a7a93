import { findSpanIssues } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import expected from './fixtures/seed-expected.json' with { type: 'json' };
import { extractArticle, toEvaluation } from './index.js';
import { loadSeed } from './testing/load-seed.js';
import { type SeedExpected, scoreSeed } from './testing/score-seed.js';

const { text, knowledgeBase } = loadSeed();
const extraction = extractArticle({ text, filed: '2025-04-26', knowledgeBase });
const scores = scoreSeed(expected as SeedExpected, toEvaluation(text, extraction, knowledgeBase));

describe('the seed article', () => {
  it('meets the quality bar', () => {
    expect(scores.quote_f1).toBe(1);
    expect(scores.speaker_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(scores.channel_accuracy).toBe(1);
    expect(scores.mention_f1).toBeGreaterThanOrEqual(0.95);
    expect(scores.link_accuracy).toBeGreaterThanOrEqual(0.97);
    expect(scores.time_value_accuracy).toBe(1);
    expect(scores.structure_accuracy).toBe(1);
  });

  it('has only valid spans', () => {
    expect(findSpanIssues(text, extraction.annotations)).toEqual([]);
  });

  it('keeps titles out of names and in roles', () => {
    const peskov = extraction.annotations.mentions.find((m) => m.text === 'Dmitry Peskov');
    expect(peskov?.role?.text).toBe('Kremlin spokesman');
    const starmer = extraction.annotations.mentions.find((m) => m.text === 'Keir Starmer');
    expect(starmer?.role?.text).toBe('British Prime Minister');
  });

  it('nests the quoted words inside a quote under it', () => {
    const banking = extraction.annotations.quotes.find((q) => q.text === 'Banking');
    const parent = extraction.annotations.quotes.find((q) => q.id === banking?.parentId);
    expect(parent?.text.startsWith('It makes me think')).toBe(true);
    expect(parent?.continuation).toBe(true);
    expect(parent?.speaker?.entityId).toBe('donald-trump');
  });

  it('resolves descriptions and pronouns of people to their entity', () => {
    const nominal = extraction.annotations.mentions.find((m) => m.text === 'The Russian president');
    expect(nominal).toMatchObject({ form: 'nominal', entityId: 'vladimir-putin' });
    const posted = extraction.annotations.quotes.find((q) => q.verb?.text === 'posted');
    expect(posted?.speaker).toMatchObject({ entityId: 'donald-trump', form: 'pronoun' });
  });

  it('gives unnamed sources a description and no entity', () => {
    const constructive = extraction.annotations.quotes.find((q) => q.text === 'constructive');
    expect(constructive?.speaker).toMatchObject({
      entityId: null,
      name: 'An aide to Zelensky',
      form: 'described',
    });
  });
});
