import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../testing/fixtures.js';
import { type Segment, segmentText } from './markup.js';

// Renders segments as bracketed text so the nesting is visible in one string.
const show = (segments: Segment[]): string =>
  segments.map((s) => (s.kind === 'text' ? s.text : `[${s.kind}:${show(s.children)}]`)).join('');

describe('segmentText', () => {
  it('nests mentions inside quotes and keeps every character of the range', () => {
    const article = fixtureArticle();
    const segments = segmentText(article, { start: 0, end: article.text.length });
    expect(show(segments)).toBe(
      '[mention:LONDON]: [mention:Ada Lovelace] met [mention:Charles Babbage] on [time:Monday]. "[quote:The engine weaves patterns,]" [mention:Lovelace] said.',
    );
  });

  it('keeps only the marks inside the requested range', () => {
    const article = fixtureArticle();
    const start = article.text.indexOf('Charles');
    const segments = segmentText(article, { start, end: start + 'Charles Babbage on'.length });
    expect(show(segments)).toBe('[mention:Charles Babbage] on');
  });

  it('drops a mark that crosses the edge of another rather than breaking the tree', () => {
    const article = fixtureArticle();
    const crossing = {
      ...article.mentions[1]!,
      id: 'x',
      span: { start: 10, end: 25 },
      text: article.text.slice(10, 25),
    };
    const segments = segmentText(
      { ...article, mentions: [article.mentions[1]!, crossing] },
      { start: 0, end: 30 },
    );
    expect(show(segments)).toBe('LONDON: [mention:Ada Lovelace] met Charl');
  });
});
