// Lays an article out as lines of styled runs for a given width: the reader and the plain-text renderer
// both draw from it, so piped output and the screen wrap identically.
import {
  type AnnotatedArticle,
  formatDay,
  type Paragraph,
  type Quote,
  type Segment,
  type Span,
} from '@dispatch/core';

import { plainRun, type Run, runsOf, sliceRuns } from './runs.js';
import { wrapRanges } from './wrap.js';

export type LineKind = 'headline' | 'meta' | 'subhead' | 'body' | 'blank';

export interface LayoutLine {
  kind: LineKind;
  runs: Run[];
  /** Index into `ArticleLayout.paragraphs` for body lines. */
  paragraph: number | null;
}

export interface LaidOutParagraph {
  paragraph: Paragraph;
  /** The subhead of the section it belongs to (null in the opening section). */
  subhead: string | null;
  firstLine: number;
  lastLine: number;
}

export interface LaidOutQuote {
  quote: Quote;
  paragraph: number;
  /** The line the quote starts on. */
  line: number;
}

export interface ArticleLayout {
  width: number;
  lines: LayoutLine[];
  paragraphs: LaidOutParagraph[];
  /** Quotes in reading order, each with where it sits. */
  quotes: LaidOutQuote[];
}

const blank: LayoutLine = { kind: 'blank', runs: [], paragraph: null };

/** The dateline, filing date and credit as one line: "Moscow · Sat 26 Apr 2025 · Agencies". */
export function metaLine(article: AnnotatedArticle): string {
  const dateline = article.dateline ?? article.structure.dateline?.text ?? null;
  const credit = article.credit ?? article.structure.credit?.text ?? null;
  return [dateline, formatDay(article.filed), article.byline ?? null, credit].filter(Boolean).join(' · ');
}

/** Core's `segmentText` for one article; passed in so the UI bundle loads no query code before its first frame. */
export type Segmenter = (article: AnnotatedArticle, range: Span) => Segment[];

export function layoutArticle(article: AnnotatedArticle, width: number, segment: Segmenter): ArticleLayout {
  const lines: LayoutLine[] = [];
  const paragraphs: LaidOutParagraph[] = [];
  const quotes: LaidOutQuote[] = [];
  const pushWrapped = (text: string, kind: LineKind) => {
    for (const [start, end] of wrapRanges(text, width)) {
      lines.push({ kind, runs: [plainRun(text.slice(start, end))], paragraph: null });
    }
  };

  pushWrapped(article.headline, 'headline');
  pushWrapped(metaLine(article), 'meta');
  for (const section of article.structure.sections) {
    const subhead = section.subhead?.text ?? null;
    if (subhead) {
      lines.push(blank);
      pushWrapped(subhead, 'subhead');
    }
    for (const paragraph of section.paragraphs) {
      lines.push(blank);
      const index = paragraphs.length;
      const firstLine = lines.length;
      const text = article.text.slice(paragraph.span.start, paragraph.span.end);
      const runs = runsOf(segment(article, paragraph.span));
      const ranges = wrapRanges(text, width);
      for (const [start, end] of ranges) {
        lines.push({ kind: 'body', runs: sliceRuns(runs, start, end), paragraph: index });
      }
      for (const quote of article.quotes) {
        if (quote.span.start < paragraph.span.start || quote.span.start >= paragraph.span.end) continue;
        const offset = quote.span.start - paragraph.span.start;
        const lineInParagraph = ranges.findIndex(([, end]) => offset < end);
        quotes.push({ quote, paragraph: index, line: firstLine + Math.max(0, lineInParagraph) });
      }
      paragraphs.push({ paragraph, subhead, firstLine, lastLine: lines.length - 1 });
    }
  }
  quotes.sort((a, b) => a.quote.span.start - b.quote.span.start);
  return { width, lines, paragraphs, quotes };
}

/** The line's text without styles. */
export const lineText = (line: LayoutLine): string => line.runs.map((run) => run.text).join('');
