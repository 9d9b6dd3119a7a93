import type { Paragraph, Section, Span, Structure, TextSpan } from '@dispatch/core';
import { spacesEnd, spacesStart } from '../text/end-anchored.js';
import { splitSentences } from './sentences.js';

/** A block of body text before it is classified as paragraph, subhead or headline. */
interface Block extends Span {
  lines: number;
}

const CLOSES_SENTENCE = /[.!?:;,"”’'…)\]]$/;
const WORDS = /\S+/g;

/** The layout of an article: headline, dateline, sections of paragraphs under subheads, credit line. */
export interface Layout {
  structure: Structure;
  /** A headline line at the top, kept out of the paragraphs (the schema has no headline field). */
  headline: Span | null;
  paragraphs: Paragraph[];
}

/** Reads the layout of a plain-text story: one paragraph per line, hard-wrapped lines rejoined. */
export function readLayout(text: string): Layout {
  const blocks = readBlocks(text);
  let headline: Span | null = null;
  const first = blocks[0];
  if (first && blocks.length > 2 && looksLikeHeadline(text.slice(first.start, first.end))) {
    headline = { start: first.start, end: first.end };
    blocks.shift();
  }
  const sections: Section[] = [{ subhead: null, paragraphs: [] }];
  const paragraphs: Paragraph[] = [];
  blocks.forEach((block, i) => {
    const line = text.slice(block.start, block.end);
    const next = blocks[i + 1];
    if (i > 0 && next && isSubhead(line, block) && !isSubhead(text.slice(next.start, next.end), next)) {
      sections.push({
        subhead: { span: { start: block.start, end: block.end }, text: line },
        paragraphs: [],
      });
      return;
    }
    const paragraph: Paragraph = {
      id: `p-${paragraphs.length + 1}`,
      span: { start: block.start, end: block.end },
      sentences: splitSentences(text, block.start, block.end).map((span) => ({
        id: `s-${span.start}`,
        span,
      })),
    };
    paragraphs.push(paragraph);
    sections.at(-1)!.paragraphs.push(paragraph);
  });
  const opening = paragraphs[0];
  const last = paragraphs.at(-1);
  return {
    structure: {
      dateline: opening ? findDateline(text, opening.span) : null,
      credit: last ? findCredit(text, last.span) : null,
      sections,
    },
    headline,
    paragraphs,
  };
}

/** Non-empty lines, trimmed; in a text with blank lines, a hard-wrapped line joins the one before it. */
function readBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const wrapped = /\n[ \t]*\r?\n/.test(text);
  let afterBlank = true;
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    // Trimmed by a look at each end (an end-anchored regex tried every position of the line).
    const start = spacesEnd(text, at, nl);
    if (start === nl) afterBlank = true;
    else {
      const span = { start, end: spacesStart(text, start, nl) };
      const prev = blocks.at(-1);
      const continues =
        wrapped &&
        !afterBlank &&
        prev &&
        !CLOSES_SENTENCE.test(text.slice(prev.start, prev.end)) &&
        /^\p{Ll}/u.test(text.slice(span.start, span.start + 1));
      if (continues) {
        prev.end = span.end;
        prev.lines++;
      } else blocks.push({ start: span.start, end: span.end, lines: 1 });
      afterBlank = false;
    }
    at = nl + 1;
  }
  return blocks;
}

const wordCount = (line: string): number => line.match(WORDS)?.length ?? 0;

/** A short single line with no closing punctuation: a subhead ("Blame game"), not a byline. */
function isSubhead(line: string, block: Block): boolean {
  return (
    block.lines === 1 &&
    line.length <= 80 &&
    wordCount(line) <= 10 &&
    !CLOSES_SENTENCE.test(line) &&
    !/^by\s/i.test(line) &&
    /^[\p{Lu}\p{N}"“‘']/u.test(line)
  );
}

/** The title line of a story: short, and either unpunctuated, in capitals or in title case. */
function looksLikeHeadline(line: string): boolean {
  const words = line.match(WORDS) ?? [];
  if (words.length > 25 || DATELINE.test(line)) return false;
  if (!/[.!?]["”’']?$/.test(line)) return true;
  const capitalised = words.filter((w) => /^["“‘']?\p{Lu}/u.test(w)).length;
  return capitalised >= 0.6 * words.length;
}

// "MOSCOW:", "WASHINGTON (Reuters) -", "PARIS, March 3 (AFP) -", "LONDON —", "LONDON 1996-08-30"
const DATELINE =
  /^(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*)*)(?:,? (?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*)*)?(?:,? \p{Lu}\p{Ll}{2,8}\.? \d{1,2})?(?: \([^()\n]{1,40}\))?(?:\s*[:—–]|\s+-{1,2}\s|\s+\d{4}-\d{2}-\d{2}$)/u;

function findDateline(text: string, span: Span): TextSpan | null {
  const m = DATELINE.exec(text.slice(span.start, Math.min(span.end, span.start + 160)));
  const place = m?.[1];
  if (!place || place.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  return { span: { start: span.start, end: span.start + place.length }, text: place };
}

// "… deal to stop the conflict. – Agencies", "— Reuters"
const CREDIT = /(?:^|\s)[–—-]{1,2}\s*(\p{Lu}[\p{L}.&]*(?: (?:\p{Lu}[\p{L}.&]*|and|with))*)\s*$/u;

function findCredit(text: string, span: Span): TextSpan | null {
  const tail = text.slice(Math.max(span.start, span.end - 80), span.end);
  const m = CREDIT.exec(tail);
  const source = m?.[1];
  if (!m || !source || wordCount(source) > 5) return null;
  const start = span.end - tail.length + m.index + m[0].indexOf(source, m[0].search(/[–—-]/) + 1);
  return { span: { start, end: start + source.length }, text: source };
}
