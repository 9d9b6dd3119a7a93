import { applyCuration, type CurationEntity, type KnownEntity } from '@dispatch/core';
import type { SourceArticle } from '@dispatch/core/node';
import type { Extraction } from '@dispatch/extract';

/**
 * Extraction overlaid by the article's curation file, when an editor wrote one. Entries may name any
 * entity of the knowledge base or one this extraction discovered. A bad entry throws the DataFileError
 * that names the file, entry and line, so the build stops before publishing a fact pinned to wrong words.
 */
export function curateExtraction(
  source: SourceArticle,
  extraction: Extraction,
  knowledgeBase: readonly KnownEntity[],
): Extraction {
  if (!source.curation) return extraction;
  const entities = new Map<string, CurationEntity>();
  for (const entity of extraction.entities) entities.set(entity.id, { name: entity.name, kind: entity.kind });
  for (const entity of knowledgeBase) entities.set(entity.id, { name: entity.name, kind: entity.kind });
  const annotations = applyCuration({
    text: source.article.text,
    annotations: extraction.annotations,
    file: source.curation.file,
    source: source.curation.source,
    entities,
  });
  return { ...extraction, annotations };
}
