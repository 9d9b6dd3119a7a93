import { z } from 'zod';
import { SpanSchema } from '../schema/span.js';

/** An editor's note pinned to some words of the story (published beside the facts). */
export const NoteSchema = z
  .object({
    id: z.string().describe('Stable id within the article ("n-<start>-<end>").'),
    span: SpanSchema,
    text: z.string().describe('The words the note is about, verbatim.'),
    note: z.string().describe('What the editor wants readers to know about these words.'),
    source: z.literal('curation').describe('Notes only ever come from an editor (curation).'),
  })
  .describe("An editor's note on some words of the story.");
export type Note = z.infer<typeof NoteSchema>;

export const CURATION_ACTIONS = [
  'link-mention',
  'unlink-mention',
  'add-mention',
  'set-speaker',
  'add-quote',
  'add-time',
  'add-event',
  'edit-event',
  'remove',
  'note',
] as const;

export const CurationActionSchema = z
  .enum(CURATION_ACTIONS)
  .describe('What a curation entry does to the extracted facts.');
export type CurationAction = z.infer<typeof CurationActionSchema>;

/**
 * What became of one curation entry when the corpus was compiled, kept so editors can see which
 * corrections the extractor has since learned (the curation report).
 */
export const CurationOutcomeSchema = z
  .object({
    file: z.string().describe('The curation file, as named when the corpus was compiled.'),
    index: z.int().nonnegative().describe('The entry\'s position in the file\'s "entries" list, from 0.'),
    line: z.int().positive().nullable().describe('The line of the file where the entry starts.'),
    action: CurationActionSchema,
    span: SpanSchema.describe('The words the entry is pinned to, as found in the text.'),
    text: z.string().describe('Those words, verbatim.'),
    agreement: z
      .enum(['agrees', 'differs', 'not-applicable'])
      .describe(
        'agrees: extraction alone already states what the entry states; differs: the entry changes what extraction states; not-applicable: notes, which extraction never makes.',
      ),
    detail: z.string().describe('What extraction alone states there, in words, for the editor.'),
  })
  .describe('One curation entry and whether extraction (without curation) now agrees with it.');
export type CurationOutcome = z.infer<typeof CurationOutcomeSchema>;
