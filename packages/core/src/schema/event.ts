import { z } from 'zod';
import { ProvenanceSchema, SpanSchema, TextSpanSchema } from './span.js';

export const EventTypeSchema = z
  .enum([
    'meeting',
    'talks',
    'statement',
    'post',
    'attack',
    'funeral',
    'travel',
    'threat',
    'seizure',
    'war',
    'other',
  ])
  .describe('What kind of event it is.');
export type EventType = z.infer<typeof EventTypeSchema>;

export const EventSchema = z
  .object({
    id: z
      .string()
      .describe(
        'Stable id within the article ("e-<start>-<end>" of its first trigger, else of its first evidence).',
      ),
    type: EventTypeSchema,
    label: z.string().describe('A short human-readable summary ("Putin meets Witkoff").'),
    participants: z
      .array(
        z.object({
          entityId: z.string().describe('The entity taking part.'),
          role: z.string().nullable().describe('Its role in the event ("host", "envoy"); null when unknown.'),
        }),
      )
      .describe('Entities taking part, with their role in the event where known.'),
    placeId: z.string().nullable().describe('The entity id of where it happened.'),
    time: z
      .object({
        value: z.string().describe('When it happened, as an ISO 8601 value (see TimeExpression.value).'),
        timeId: z
          .string()
          .nullable()
          .describe('The id of the time expression that dates the event; null when inferred.'),
        end: z
          .string()
          .nullable()
          .optional()
          .describe(
            'For an event spanning a range ("from Monday to Wednesday"), the ISO 8601 value of its last part; absent or null for a single date.',
          ),
      })
      .nullable()
      .describe('When it happened, as an ISO 8601 value, and the time expression that says so.'),
    duration: TextSpanSchema.nullable().describe('How long it lasted, as written ("three-hour").'),
    descriptions: z
      .array(
        z.object({
          text: z.string().describe('The describing words, verbatim ("constructive").'),
          span: SpanSchema,
          by: z.string().nullable().describe('Who described it: an entity id or a described source.'),
        }),
      )
      .describe('How sources characterised the event ("constructive", per a Kremlin aide).'),
    evidence: z.array(SpanSchema).describe('The sentences that state or mention the event.'),
    triggers: z
      .array(TextSpanSchema)
      .optional()
      .describe(
        'The words that name the event in each mention ("a meeting", "yesterday\'s talks", "Putin-Witkoff"), in reading order.',
      ),
    source: ProvenanceSchema,
  })
  .describe('Something that happened: who took part, where, when, and what was said about it.');
export type Event = z.infer<typeof EventSchema>;
