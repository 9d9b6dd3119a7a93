import type { AnnotatedArticle, Entity } from '@dispatch/core';
import { articleEntities } from '../article-entities.js';
import { articleUri, recordUri, wikidataEntity } from '../uris.js';
import type { ExportContext, FormatSpec } from './format.js';

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

type Subject = { name: string; rel: string; uri?: string; literal: string };

const subject = (entity: Entity, rel: 'about' | 'mentions'): Subject => ({
  name: entity.name,
  rel,
  ...(entity.wikidata ? { uri: wikidataEntity(entity.wikidata) } : {}),
  literal: entity.id,
});

/** A calendar date as the date-time ninjs requires: the start of that day, UTC. */
const startOfDay = (date: string): string => `${date}T00:00:00Z`;

/**
 * IPTC ninjs 3.1 for one article. The filing date is the only date Dispatch knows, so it stands for
 * first-created, version-created and content-created alike; the uri is the article's URN, stable
 * across re-extractions.
 */
export function ninjsOfArticle(article: AnnotatedArticle, context: ExportContext): Record<string, unknown> {
  const { about, mentioned } = articleEntities(article, context.entityById);
  const related = [...about.map((e) => subject(e, 'about')), ...mentioned.map((e) => subject(e, 'mentions'))];
  const byKind = (kind: Entity['kind']) =>
    related.filter((s) => context.entityById.get(s.literal)?.kind === kind);
  const people = byKind('PERSON');
  const organisations = byKind('ORG');
  const places = byKind('LOC');
  const located = article.dateline ?? article.structure.dateline?.text;
  const by = article.byline ?? article.credit;
  const filed = startOfDay(article.filed);
  return {
    uri: articleUri(article.id),
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI },
    type: 'text',
    representationType: 'full',
    profile: 'text-only',
    firstCreated: filed,
    versionCreated: filed,
    contentCreated: filed,
    pubStatus: 'usable',
    language: article.language,
    headlines: [{ role: 'main', value: article.headline }],
    bodies: [
      {
        role: 'main',
        contentType: 'text/plain',
        charCount: codePointCount(article.text),
        wordCount: wordCount(article.text),
        value: article.text,
      },
    ],
    ...(people.length > 0 ? { people } : {}),
    ...(organisations.length > 0 ? { organisations } : {}),
    ...(places.length > 0 ? { places } : {}),
    ...(located ? { located } : {}),
    ...(by ? { by } : {}),
    ...(article.credit ? { infoSources: [{ name: article.credit, role: 'source' }] } : {}),
    // ninjs 3.1 `events` holds references only (id, name, rel, uri, literal): the full event, with its
    // participants, place and date, is in the json/ndjson exports under the same record id.
    ...(article.events.length > 0
      ? {
          events: article.events.map((event) => ({
            id: event.id,
            name: event.label,
            rel: 'mentions',
            uri: recordUri(article.id, event.id),
            literal: event.type,
          })),
        }
      : {}),
    altIds: [
      { role: 'dispatch-id', value: article.id },
      { role: 'sha256', value: article.sha256 },
    ],
    ...(article.url ? { renditions: [{ name: 'original', href: article.url }] } : {}),
  };
}

function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

const wordCount = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** ninjs: one IPTC ninjs 3.1 document per article, ninjs/<article-id>.json. */
export const ninjsFormat: FormatSpec = {
  name: 'ninjs',
  summary: 'IPTC ninjs 3.1 news items, one file per article',
  open(target, context) {
    return {
      article(article) {
        target.writeJson(`ninjs/${article.id}.json`, ninjsOfArticle(article, context));
      },
      end() {},
    };
  },
};
