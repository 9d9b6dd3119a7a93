import type { KnownEntity, Speaker } from '@dispatch/core';
import type { Extraction } from './extract-article.js';

/** The evaluation interchange format read by the project's scorer (see the README). */
export interface EvaluationJson {
  quotes: { start: number; end: number; speaker: string | null; channel: string | null }[];
  mentions: {
    start: number;
    end: number;
    type: 'PERSON' | 'ORG' | 'LOC';
    entity: string | null;
    wikidata: string | null;
  }[];
  times: { start: number; end: number; value: string }[];
  structure: { dateline: string | null; credit: string | null; subheads: string[]; paragraphs: number };
}

/**
 * Converts an extraction to the evaluation format: top-level quotes (nested ones belong to their parent),
 * named mentions (descriptions and pronouns are coreference, not mentions), and dates with a value.
 */
export function toEvaluation(
  text: string,
  extraction: Extraction,
  knowledgeBase: KnownEntity[],
): EvaluationJson {
  const { annotations, entities } = extraction;
  const names = new Map<string, { name: string; wikidata: string | null }>();
  for (const e of knowledgeBase) names.set(e.id, { name: e.name, wikidata: e.wikidata ?? null });
  for (const e of entities) names.set(e.id, { name: e.name, wikidata: e.wikidata ?? null });
  const { structure } = annotations;
  // a named speaker is given as the text names them ("Caddell"), a continued one as last named
  const written = new Map<string, string>();
  const speakerName = (speaker: Speaker | null): string | null => {
    if (!speaker) return null;
    if (speaker.form === 'name' && speaker.span && speaker.entityId) {
      const surface = text.slice(speaker.span.start, speaker.span.end);
      written.set(speaker.entityId, surface);
      return surface;
    }
    if (speaker.form === 'continued' && speaker.entityId)
      return written.get(speaker.entityId) ?? speaker.name;
    return speaker.name;
  };
  return {
    quotes: annotations.quotes
      .filter((q) => q.parentId === null)
      .map((q) => ({
        start: q.span.start,
        end: q.span.end,
        speaker: speakerName(q.speaker),
        channel: q.channel?.name ?? null,
      })),
    mentions: annotations.mentions
      .filter((m) => m.form === 'name')
      .map((m) => {
        const entity = m.entityId ? names.get(m.entityId) : undefined;
        return {
          start: m.span.start,
          end: m.span.end,
          type: m.type,
          entity: entity?.name ?? text.slice(m.span.start, m.span.end),
          wikidata: entity?.wikidata ?? null,
        };
      }),
    times: annotations.times.flatMap((t) =>
      t.value ? [{ start: t.span.start, end: t.span.end, value: t.value }] : [],
    ),
    structure: {
      dateline: structure.dateline?.text ?? null,
      credit: structure.credit?.text ?? null,
      subheads: structure.sections.flatMap((s) => (s.subhead ? [s.subhead.text] : [])),
      paragraphs: structure.sections.reduce((n, s) => n + s.paragraphs.length, 0),
    },
  };
}
