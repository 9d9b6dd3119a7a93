import { z } from 'zod';
import { ProvenanceSchema, SpanSchema, TextSpanSchema } from './span.js';

export const SpeakerSchema = z
  .object({
    entityId: z
      .string()
      .nullable()
      .describe('The entity who spoke; null for a described speaker with no name.'),
    name: z
      .string()
      .describe('How to show the speaker: the entity\'s name, or the description ("an aide to Zelensky").'),
    span: SpanSchema.nullable().describe('Where the text names the speaker for this quote, if it does.'),
    form: z
      .enum(['name', 'pronoun', 'nominal', 'described', 'continued'])
      .describe(
        'How the text attributes it: a name, a pronoun, a description of a known entity, an unnamed source, or continuing the previous quote.',
      ),
  })
  .describe('Who said a quotation.');
export type Speaker = z.infer<typeof SpeakerSchema>;

export const QuoteSchema = z
  .object({
    id: z.string().describe('Stable id within the article ("q-<start>-<end>"), also its deep-link anchor.'),
    span: SpanSchema.describe('The words inside the quotation marks, marks excluded.'),
    text: z.string().describe('The quoted words, verbatim.'),
    kind: z
      .enum(['full', 'partial'])
      .describe('full: a whole quoted sentence or more; partial: a few quoted words inside reported speech.'),
    speaker: SpeakerSchema.nullable().describe('Who said it; null when the text does not say.'),
    verb: TextSpanSchema.nullable().describe('The speech verb ("said", "posted", "according to").'),
    channel: z
      .object({
        name: z.string().describe('The channel\'s name ("Truth Social").'),
        span: SpanSchema.nullable().describe('Where the text names the channel, if it does.'),
      })
      .nullable()
      .describe('Where it was said, when the text says ("Truth Social", "X").'),
    continuation: z
      .boolean()
      .describe('True when the quote continues the previous speaker without its own attribution.'),
    parentId: z
      .string()
      .nullable()
      .describe('For a quotation nested inside another, the id of the enclosing quote.'),
    source: ProvenanceSchema,
  })
  .describe('A direct or partial quotation.');
export type Quote = z.infer<typeof QuoteSchema>;
