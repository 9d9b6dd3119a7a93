import { z } from 'zod';
import { ProvenanceSchema, SpanSchema } from './span.js';

export const TimeGranularitySchema = z
  .enum(['day', 'week', 'month', 'year', 'decade', 'century'])
  .describe('How precise the resolved value is.');
export type TimeGranularity = z.infer<typeof TimeGranularitySchema>;

export const TimeExpressionSchema = z
  .object({
    id: z.string().describe('Stable id within the article ("t-<start>-<end>").'),
    span: SpanSchema,
    text: z.string().describe('The expression as written ("on Friday" → "Friday").'),
    value: z
      .string()
      .nullable()
      .describe(
        'ISO 8601 value: 2025-04-25, 2025-W16, 2025-04, 2014, 201 (a decade), 20 (a century); null when vague.',
      ),
    granularity: TimeGranularitySchema.nullable().describe(
      'How precise the resolved value is; null when the expression is vague.',
    ),
    vague: z.boolean().describe('True for expressions with no fixed date ("recently", "in the past").'),
    anchor: z
      .enum(['filed', 'quote', 'absolute'])
      .describe(
        'What a relative expression was resolved against: the filing date, the date a quote was said, or nothing.',
      ),
    source: ProvenanceSchema,
  })
  .describe('A temporal expression and the date it resolves to.');
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;
