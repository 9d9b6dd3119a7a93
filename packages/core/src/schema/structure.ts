import { z } from 'zod';
import { SpanSchema, TextSpanSchema } from './span.js';

export const SentenceSchema = z
  .object({
    id: z.string().describe('Stable id within the article ("s-<start>").'),
    span: SpanSchema,
  })
  .describe('One sentence of a paragraph.');
export type Sentence = z.infer<typeof SentenceSchema>;

export const ParagraphSchema = z
  .object({
    id: z.string().describe('Stable id within the article ("p-<n>", counting from 1 in reading order).'),
    span: SpanSchema,
    sentences: z.array(SentenceSchema).describe('The sentences of the paragraph, in order.'),
  })
  .describe('One paragraph of body text.');
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SectionSchema = z
  .object({
    subhead: TextSpanSchema.nullable().describe(
      'The subhead opening the section; null for the opening section.',
    ),
    paragraphs: z.array(ParagraphSchema).describe('The paragraphs of the section, in reading order.'),
  })
  .describe('A run of paragraphs under one subhead.');
export type Section = z.infer<typeof SectionSchema>;

export const StructureSchema = z
  .object({
    dateline: TextSpanSchema.nullable().describe('The place the story is filed from, as written ("MOSCOW").'),
    credit: TextSpanSchema.nullable().describe('The credit line\'s source, as written ("Agencies").'),
    sections: z.array(SectionSchema).describe('Sections in reading order; the first has no subhead.'),
  })
  .describe('The layout of an article: dateline, sections with subheads, paragraphs, sentences, credit.');
export type Structure = z.infer<typeof StructureSchema>;
