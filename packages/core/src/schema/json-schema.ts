import { z } from 'zod';
import { AnnotatedArticleSchema, CorpusSchema } from './corpus.js';
import { EntitySchema } from './entity.js';
import { EventSchema } from './event.js';
import { MentionSchema } from './mention.js';
import { QuoteSchema } from './quote.js';
import { TimeExpressionSchema } from './time.js';

/** The record types consumers see, by the name their JSON Schema file carries. */
const PUBLISHED = {
  corpus: CorpusSchema,
  article: AnnotatedArticleSchema,
  entity: EntitySchema,
  mention: MentionSchema,
  quote: QuoteSchema,
  time: TimeExpressionSchema,
  event: EventSchema,
} as const;

/**
 * JSON Schema (draft 2020-12) of every published record type, generated from the zod schemas so the
 * two can never disagree. `io: 'output'` describes the data as written (defaults applied).
 */
export function jsonSchemas(): Record<keyof typeof PUBLISHED, Record<string, unknown>> {
  const out = {} as Record<keyof typeof PUBLISHED, Record<string, unknown>>;
  for (const [name, schema] of Object.entries(PUBLISHED) as [keyof typeof PUBLISHED, z.ZodType][]) {
    out[name] = {
      ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }),
      $id: `urn:dispatch:schema:${name}`,
      title: name,
    };
  }
  return out;
}
