import { z } from 'zod';
import { EntityKindSchema } from './entity.js';
import { ProvenanceSchema, SpanSchema, TextSpanSchema } from './span.js';

export const MentionFormSchema = z
  .enum(['name', 'nominal', 'pronoun'])
  .describe(
    'name: a proper name ("Putin"); nominal: a description ("the Russian president"); pronoun: "he", "its".',
  );

export const MentionSchema = z
  .object({
    id: z.string().describe('Stable id within the article ("m-<start>-<end>").'),
    span: SpanSchema,
    text: z.string().describe('The words of the mention, verbatim.'),
    type: EntityKindSchema,
    form: MentionFormSchema,
    entityId: z.string().nullable().describe('The entity referred to; null when it could not be resolved.'),
    role: TextSpanSchema.nullable()
      .default(null)
      .describe('A title or role written beside the name ("Kremlin spokesman"), not part of it.'),
    source: ProvenanceSchema,
  })
  .describe('One place in the text that refers to an entity.');
export type Mention = z.infer<typeof MentionSchema>;
