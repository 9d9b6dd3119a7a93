import { z } from 'zod';
import { EntityKindSchema } from '../schema/entity.js';
import { EventTypeSchema } from '../schema/event.js';
import { MentionFormSchema } from '../schema/mention.js';
import { TimeGranularitySchema } from '../schema/time.js';

/**
 * W3C Web Annotation TextQuoteSelector: the words themselves, with enough of the words before (prefix)
 * and after (suffix) to find them in exactly one place. Pinning by words rather than offsets lets an
 * entry survive re-extraction, and fail loudly if the text ever changes under it.
 */
export const TextQuoteSelectorSchema = z
  .object({
    exact: z.string().min(1).describe('The words, exactly as in the text.'),
    prefix: z.string().optional().describe('Words right before them, to tell repeated words apart.'),
    suffix: z.string().optional().describe('Words right after them, to tell repeated words apart.'),
  })
  .strict()
  .describe('Which words of the text an entry is about (a W3C TextQuoteSelector).');
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

const at = TextQuoteSelectorSchema;
const entityId = z
  .string()
  .min(1)
  .describe('An entity id from data/entities.yaml (or one extraction found).');

const SpeakerEntrySchema = z
  .object({
    entity: entityId.optional(),
    name: z.string().min(1).optional().describe('How to show an unnamed speaker ("a Kremlin aide").'),
  })
  .strict()
  .refine((s) => s.entity !== undefined || s.name !== undefined, 'give the speaker an entity or a name')
  .describe('Who said it: a known entity, or a described speaker with no entity.');

const ParticipantEntrySchema = z
  .object({ entity: entityId, role: z.string().min(1).nullable().optional() })
  .strict()
  .describe('An entity taking part in an event, with its role.');

const EventFieldsSchema = z
  .object({
    type: EventTypeSchema.optional(),
    label: z.string().min(1).optional(),
    participants: z.array(ParticipantEntrySchema).optional(),
    roles: z
      .record(z.string(), z.string().min(1).nullable())
      .optional()
      .describe('Roles to set on participants already there: entity id → role.'),
    place: entityId.nullable().optional(),
    time: z.string().min(1).nullable().optional().describe('ISO 8601 value, as TimeExpression.value.'),
  })
  .strict();

export const CurationEntrySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('note'), at, note: z.string().min(1), why: z.string().optional() }).strict(),
  z.object({ action: z.literal('link-mention'), at, entity: entityId, why: z.string().optional() }).strict(),
  z.object({ action: z.literal('unlink-mention'), at, why: z.string().optional() }).strict(),
  z
    .object({
      action: z.literal('add-mention'),
      at,
      entity: entityId.nullable(),
      type: EntityKindSchema.optional(),
      form: MentionFormSchema.default('name'),
      why: z.string().optional(),
    })
    .strict(),
  z
    .object({ action: z.literal('set-speaker'), at, speaker: SpeakerEntrySchema, why: z.string().optional() })
    .strict(),
  z
    .object({
      action: z.literal('add-quote'),
      at,
      speaker: SpeakerEntrySchema.nullable(),
      kind: z.enum(['full', 'partial']).default('partial'),
      why: z.string().optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal('add-time'),
      at,
      value: z.string().min(1).nullable(),
      granularity: TimeGranularitySchema.nullable().default(null),
      why: z.string().optional(),
    })
    .strict(),
  EventFieldsSchema.extend({
    action: z.literal('add-event'),
    at,
    type: EventTypeSchema,
    label: z.string().min(1),
    why: z.string().optional(),
  }).strict(),
  z
    .object({ action: z.literal('edit-event'), at, set: EventFieldsSchema, why: z.string().optional() })
    .strict(),
  z
    .object({
      action: z.literal('remove'),
      at,
      what: z.enum(['mention', 'quote', 'time', 'event']),
      why: z.string().optional(),
    })
    .strict(),
]);
export type CurationEntry = z.infer<typeof CurationEntrySchema>;

/** data/articles/<slug>/curation.yaml: an editor's corrections and notes, applied over extraction. */
export const CurationFileSchema = z
  .object({ entries: z.array(CurationEntrySchema).describe('The corrections, in the order they apply.') })
  .strict()
  .describe("An editor's curation of one article.");
export type CurationFile = z.infer<typeof CurationFileSchema>;
