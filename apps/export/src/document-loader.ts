import annoContext from './jsonld-contexts/anno.json' with { type: 'json' };
import schemaOrgContext from './jsonld-contexts/schema-org.json' with { type: 'json' };

/** The contexts the JSON-LD files name, in the spellings consumers use. */
export const SCHEMA_ORG_CONTEXT = 'https://schema.org';
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Minimal local copies of the two contexts: only the terms Dispatch writes, mapped to the IRIs the
 * published contexts give them, so expansion works offline and gives the same triples.
 */
const SHIPPED: Record<string, unknown> = {
  'https://schema.org': schemaOrgContext,
  'https://schema.org/': schemaOrgContext,
  'http://schema.org': schemaOrgContext,
  'http://schema.org/': schemaOrgContext,
  'https://www.w3.org/ns/anno.jsonld': annoContext,
  'http://www.w3.org/ns/anno.jsonld': annoContext,
};

export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

/**
 * A jsonld.js document loader that never touches the network: it serves the shipped contexts and
 * refuses everything else.
 */
export async function offlineDocumentLoader(url: string): Promise<RemoteDocument> {
  const document = SHIPPED[url];
  if (!document) throw new Error(`offline document loader: no shipped copy of ${url}`);
  return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
}
