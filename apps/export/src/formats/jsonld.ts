import type { AnnotatedArticle, Entity, EntityKind, Event, Quote } from '@dispatch/core';
import { articleEntities } from '../article-entities.js';
import { SCHEMA_ORG_CONTEXT } from '../document-loader.js';
import { articleUri, entityUri, recordUri, wikidataPage } from '../uris.js';
import type { ExportContext, FormatSpec } from './format.js';

const SCHEMA_TYPE: Record<EntityKind, string> = { PERSON: 'Person', ORG: 'Organization', LOC: 'Place' };

type Node = Record<string, unknown>;

export function entityNode(entity: Entity): Node {
  return {
    '@type': SCHEMA_TYPE[entity.kind],
    '@id': entityUri(entity.id),
    name: entity.name,
    ...(entity.aliases.length > 0 ? { alternateName: entity.aliases } : {}),
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.wikidata ? { sameAs: wikidataPage(entity.wikidata) } : {}),
  };
}

function quotationNode(article: AnnotatedArticle, quote: Quote, context: ExportContext): Node {
  const speaker = quote.speaker;
  const known = speaker?.entityId ? context.entityById.get(speaker.entityId) : undefined;
  let creator: Node | undefined;
  if (known) creator = { '@type': SCHEMA_TYPE[known.kind], '@id': entityUri(known.id), name: known.name };
  // A described speaker ("an aide to Zelensky") is someone, but not someone we can name or link.
  else if (speaker) creator = { '@type': 'Person', description: speaker.name };
  return {
    '@type': 'Quotation',
    '@id': recordUri(article.id, quote.id),
    text: quote.text,
    ...(creator ? { creator } : {}),
    isPartOf: articleUri(article.id),
  };
}

// schema.org dates are calendar dates or years; an ISO week ("2025-W16") has no schema.org form.
const SCHEMA_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

function eventNode(article: AnnotatedArticle, event: Event, context: ExportContext): Node {
  const ref = (id: string): Node => {
    const entity = context.entityById.get(id);
    return entity
      ? { '@type': SCHEMA_TYPE[entity.kind], '@id': entityUri(id), name: entity.name }
      : { '@id': entityUri(id) };
  };
  const start = event.time?.value;
  const end = event.time?.end;
  return {
    '@type': 'Event',
    '@id': recordUri(article.id, event.id),
    name: event.label,
    additionalType: event.type,
    ...(start && SCHEMA_DATE.test(start) ? { startDate: start } : {}),
    ...(end && SCHEMA_DATE.test(end) ? { endDate: end } : {}),
    ...(event.placeId ? { location: ref(event.placeId) } : {}),
    ...(event.participants.length > 0 ? { attendee: event.participants.map((p) => ref(p.entityId)) } : {}),
    ...(event.descriptions.length > 0
      ? { description: event.descriptions.map((d) => d.text).join('; ') }
      : {}),
    subjectOf: { '@id': articleUri(article.id) },
  };
}

/**
 * schema.org JSON-LD for one article: a NewsArticle (entities the headline names under `about`, the
 * rest under `mentions`, the dateline as contentLocation) and its quotations as Quotation nodes that
 * point back to it with isPartOf.
 */
export function jsonLdOfArticle(article: AnnotatedArticle, context: ExportContext): Node {
  const { about, mentioned, datelinePlace } = articleEntities(article, context.entityById);
  const datelineName = article.dateline ?? article.structure.dateline?.text;
  const contentLocation = datelinePlace
    ? entityNode(datelinePlace)
    : datelineName
      ? { '@type': 'Place', name: datelineName }
      : undefined;
  const newsArticle: Node = {
    '@type': 'NewsArticle',
    '@id': articleUri(article.id),
    identifier: article.id,
    headline: article.headline,
    datePublished: article.filed,
    inLanguage: article.language,
    ...(contentLocation ? { contentLocation } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    ...(article.credit ? { creditText: article.credit } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(about.length > 0 ? { about: about.map(entityNode) } : {}),
    ...(mentioned.length > 0 ? { mentions: mentioned.map(entityNode) } : {}),
    articleBody: article.text,
  };
  return {
    '@context': SCHEMA_ORG_CONTEXT,
    '@graph': [
      newsArticle,
      ...article.quotes.map((quote) => quotationNode(article, quote, context)),
      ...article.events.map((event) => eventNode(article, event, context)),
    ],
  };
}

/** jsonld: one schema.org document per article, jsonld/<article-id>.jsonld. */
export const jsonldFormat: FormatSpec = {
  name: 'jsonld',
  summary: 'schema.org NewsArticle + Quotation + Event JSON-LD, one file per article',
  open(target, context) {
    return {
      article(article) {
        target.writeJson(`jsonld/${article.id}.jsonld`, jsonLdOfArticle(article, context));
      },
      end() {},
    };
  },
};
