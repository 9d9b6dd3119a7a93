import { z } from 'zod';
import { CurationOutcomeSchema, NoteSchema } from '../curation/curation-records.js';
import { EventSchema } from './event.js';
import { MentionSchema } from './mention.js';
import { QuoteSchema } from './quote.js';
import { StructureSchema } from './structure.js';
import { TimeExpressionSchema } from './time.js';

/** Everything found in one article's text. Every span points into that article's text. */
export const AnnotationsSchema = z
  .object({
    structure: StructureSchema,
    mentions: z.array(MentionSchema).describe('Entity mentions in reading order.'),
    quotes: z.array(QuoteSchema).describe('Quotations in reading order; nested ones follow their parent.'),
    times: z.array(TimeExpressionSchema).describe('Temporal expressions in reading order.'),
    events: z.array(EventSchema).describe('Events, ordered by first evidence.'),
    notes: z.array(NoteSchema).optional().describe("Editors' notes on words of the story, in reading order."),
    curation: z
      .array(CurationOutcomeSchema)
      .optional()
      .describe("The article's curation entries, in file order, and whether extraction alone agrees."),
  })
  .describe('The facts found in one article.');
export type Annotations = z.infer<typeof AnnotationsSchema>;
