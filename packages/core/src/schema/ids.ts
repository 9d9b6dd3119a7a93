import { z } from 'zod';

/** Lower-case words joined by hyphens: safe in URLs, file names and HTML ids. */
export const SlugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'expected a slug: lower-case letters and digits joined by single hyphens',
  )
  .describe('A URL-safe identifier: lower-case letters and digits joined by hyphens.');

/** Calendar date `YYYY-MM-DD`, kept as a string so JSON Schema and JSON round trips stay exact. */
export const IsoDateSchema = z.iso.date().describe('A calendar date, YYYY-MM-DD.');

export const WikidataIdSchema = z
  .string()
  .regex(/^Q[1-9][0-9]*$/, 'expected a Wikidata item id such as Q7747')
  .describe('A Wikidata item id, such as Q7747.');

/** Turns any name into a slug: "Pope Francis" → "pope-francis", "St Peter’s Square" → "st-peters-square". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}
