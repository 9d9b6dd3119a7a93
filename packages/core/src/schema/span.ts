import { z } from 'zod';

/**
 * A `[start, end)` range of JS string indices (UTF-16 code units) into an article's verbatim text.
 * Whether it lies inside a given text is checked where the text is known: see `checkSpans`.
 */
export const SpanSchema = z
  .object({
    start: z.int().nonnegative().describe('Index of the first code unit of the span in the article text.'),
    end: z.int().nonnegative().describe('Index one past the last code unit of the span (exclusive).'),
  })
  .refine((span) => span.start <= span.end, { message: 'span end must not be before its start' })
  .describe('A [start, end) range of JS string indices into the verbatim article text.');
export type Span = z.infer<typeof SpanSchema>;

/** A span together with the exact words it covers, so a reader can check it without the text. */
export const TextSpanSchema = z
  .object({
    span: SpanSchema,
    text: z.string().describe('The verbatim text the span covers: text.slice(span.start, span.end).'),
  })
  .describe('A span of the article text and the words it covers.');
export type TextSpan = z.infer<typeof TextSpanSchema>;

/** Where a fact came from: the automatic extractor, or an editor's curation file. */
export const ProvenanceSchema = z
  .enum(['extraction', 'curation'])
  .describe('Who stated this fact: the automatic extractor or an editor (curation).');
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const spanLength = (span: Span): number => span.end - span.start;

export const sliceSpan = (text: string, span: Span): string => text.slice(span.start, span.end);

export const spanContains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Orders spans by start, then longer first, so an enclosing span precedes what it contains. */
export const compareSpans = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;
