import { segmentText } from '@dispatch/core';
import { describe, expect, it } from 'vitest';
import { SUMMIT } from '../../test/fixtures.js';
import { layoutArticle, lineText, metaLine } from './article-layout.js';

describe('layoutArticle', () => {
  it('lays out headline, meta line, paragraphs and the subhead in order', () => {
    const layout = layoutArticle(SUMMIT, 200, segmentText);
    expect(layout.lines.map((line) => [line.kind, lineText(line)])).toEqual([
      ['headline', 'Lovelace and Babbage meet in Rome to plan the engine'],
      ['meta', 'Rome · Sat 26 Apr 2025 · Agencies'],
      ['blank', ''],
      ['body', 'ROME: Ada Lovelace met Charles Babbage in Rome on Friday to talk about engines that think.'],
      ['blank', ''],
      ['body', '“The engine weaves patterns as a loom weaves flowers and leaves,” Lovelace said.'],
      ['blank', ''],
      ['subhead', 'Engine plans'],
      ['blank', ''],
      ['body', 'The Royal Society backed the plan, and Babbage wrote on X: “We will build it.”'],
      ['blank', ''],
      ['body', 'Critics were unconvinced. – Agencies'],
    ]);
  });

  it('wraps to the width without losing a word and records where each paragraph and quote lies', () => {
    const layout = layoutArticle(SUMMIT, 30, segmentText);
    for (const line of layout.lines) expect(lineText(line).length).toBeLessThanOrEqual(30);
    const second = layout.paragraphs[1]!;
    const text = layout.lines
      .slice(second.firstLine, second.lastLine + 1)
      .map(lineText)
      .join(' ');
    expect(text).toBe('“The engine weaves patterns as a loom weaves flowers and leaves,” Lovelace said.');
    expect(layout.quotes.map((q) => [q.quote.text.slice(0, 10), q.paragraph])).toEqual([
      ['The engine', 1],
      ['We will bu', 2],
    ]);
    // the first quote starts on the paragraph's first line; the second is at the end of the third paragraph
    expect(layout.quotes[0]!.line).toBe(second.firstLine);
    expect(lineText(layout.lines[layout.quotes[1]!.line]!)).toContain('“We');
  });

  it('marks entity mentions, dates and quotes on their runs', () => {
    const layout = layoutArticle(SUMMIT, 200, segmentText);
    const runs = layout.lines[3]!.runs;
    expect(runs.filter((r) => r.entity).map((r) => [r.text, r.entity!.kind])).toEqual([
      ['ROME', 'LOC'],
      ['Ada Lovelace', 'PERSON'],
      ['Charles Babbage', 'PERSON'],
      ['Rome', 'LOC'],
    ]);
    expect(runs.filter((r) => r.time).map((r) => r.text)).toEqual(['Friday']);
    const quoted = layout.lines[5]!.runs.filter((r) => r.quoteId)
      .map((r) => r.text)
      .join('');
    expect(quoted).toBe('The engine weaves patterns as a loom weaves flowers and leaves,');
  });
});

describe('metaLine', () => {
  it('joins dateline, weekday date and credit', () => {
    expect(metaLine(SUMMIT)).toBe('Rome · Sat 26 Apr 2025 · Agencies');
  });
});
