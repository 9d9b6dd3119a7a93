/**
 * Identifiers used across the linked-data formats. They derive only from ids that are stable when an
 * article is re-extracted unchanged (article slug, entity id, span-based record ids), never from run
 * order or time, so the same data always gets the same URIs.
 */
export const articleUri = (articleId: string): string => `urn:dispatch:article:${articleId}`;

export const entityUri = (entityId: string): string => `urn:dispatch:entity:${entityId}`;

/** A record inside an article (quote, mention): the article URN with the record id as fragment. */
export const recordUri = (articleId: string, recordId: string): string =>
  `${articleUri(articleId)}#${recordId}`;

export const annotationCollectionUri = (articleId: string): string => `urn:dispatch:annotations:${articleId}`;

export const annotationUri = (articleId: string, recordId: string): string =>
  `${annotationCollectionUri(articleId)}#${recordId}`;

/** The human-readable Wikidata page, as schema.org's sameAs convention uses. */
export const wikidataPage = (qid: string): string => `https://www.wikidata.org/wiki/${qid}`;

/** The Wikidata concept URI, as IPTC's ninjs examples and linked-data tools use. */
export const wikidataEntity = (qid: string): string => `http://www.wikidata.org/entity/${qid}`;
