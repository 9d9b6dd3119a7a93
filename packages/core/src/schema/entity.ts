import { z } from 'zod';
import { SlugSchema, WikidataIdSchema } from './ids.js';

export const EntityKindSchema = z
  .enum(['PERSON', 'ORG', 'LOC'])
  .describe(
    'PERSON: a person; ORG: an organisation, institution or company; LOC: a place, country or region.',
  );
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** One entry of the curated knowledge base in data/entities.yaml. */
export const KnownEntitySchema = z
  .object({
    id: SlugSchema.describe('Stable entity id, used in URLs (/entities/<id>/).'),
    kind: EntityKindSchema,
    name: z.string().min(1).describe('Canonical name ("Vladimir Putin").'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Other names and descriptions that refer to the entity ("Putin", "the Russian president").'),
    roles: z
      .array(z.string().min(1))
      .default([])
      .describe('Roles as stories give them ("Kremlin spokesman", "US envoy").'),
    wikidata: WikidataIdSchema.optional(),
    description: z.string().optional().describe('One line for readers who do not know the entity.'),
  })
  .strict()
  .describe('An entity of the curated knowledge base.');
export type KnownEntity = z.infer<typeof KnownEntitySchema>;

export const KnowledgeBaseSchema = z
  .object({ entities: z.array(KnownEntitySchema) })
  .strict()
  .superRefine((kb, ctx) => {
    const seen = new Map<string, number>();
    kb.entities.forEach((entity, index) => {
      const first = seen.get(entity.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['entities', index, 'id'],
          message: `duplicate entity id "${entity.id}" (first used by entry ${first + 1})`,
        });
      } else seen.set(entity.id, index);
    });
  })
  .describe('The curated knowledge base: every entity editors know about.');
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;

/** An entity as published: from the knowledge base, or discovered by extraction and not (yet) curated. */
export const EntitySchema = KnownEntitySchema.extend({
  source: z
    .enum(['knowledge-base', 'extraction'])
    .describe(
      'knowledge-base: curated in data/; extraction: a name the extractor found that no editor has linked.',
    ),
}).describe('An entity mentioned in the corpus.');
export type Entity = z.infer<typeof EntitySchema>;
