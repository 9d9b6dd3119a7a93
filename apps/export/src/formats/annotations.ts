import type { AnnotatedArticle, Entity, Mention, Quote, Span } from '@dispatch/core';
import { codePointOffsets, snapToCodePoint } from '../code-points.js';
import { ANNO_CONTEXT } from '../document-loader.js';
import { annotationCollectionUri, annotationUri, articleUri, entityUri, wikidataEntity } from '../uris.js';
import type { ExportContext, FormatSpec } from './format.js';

/** How much text TextQuoteSelector keeps either side of the exact words (UTF-16 units, pairs kept whole). */
const CONTEXT_LENGTH = 32;

type Node = Record<string, unknown>;

/**
 * W3C selectors for a span: the quote with its surroundings, and its position in code points (the
 * Web Annotation model counts characters as code points; Dispatch spans count UTF-16 units).
 */
export function selectorsFor(text: string, span: Span, toCodePoint: (index: number) => number): Node[] {
  const prefixStart = snapToCodePoint(text, Math.max(0, span.start - CONTEXT_LENGTH));
  const suffixEnd = snapToCodePoint(text, Math.min(text.length, span.end + CONTEXT_LENGTH));
  const prefix = text.slice(prefixStart, span.start);
  const suffix = text.slice(span.end, suffixEnd);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(span.start, span.end),
      ...(prefix ? { prefix } : {}),
      ...(suffix ? { suffix } : {}),
    },
    { type: 'TextPositionSelector', start: toCodePoint(span.start), end: toCodePoint(span.end) },
  ];
}

const identifies = (entity: Entity): Node[] => [
  { type: 'SpecificResource', source: entityUri(entity.id), purpose: 'identifying' },
  ...(entity.wikidata
    ? [{ type: 'SpecificResource', source: wikidataEntity(entity.wikidata), purpose: 'identifying' }]
    : []),
];

function mentionAnnotation(mention: Mention, context: ExportContext): Node {
  const entity = mention.entityId ? context.entityById.get(mention.entityId) : undefined;
  const tag = { type: 'TextualBody', purpose: 'tagging', value: mention.type };
  return {
    motivation: entity ? 'identifying' : 'tagging',
    body: entity ? [...identifies(entity), tag] : [tag],
  };
}

function quoteAnnotation(quote: Quote, context: ExportContext): Node {
  const speaker = quote.speaker;
  const entity = speaker?.entityId ? context.entityById.get(speaker.entityId) : undefined;
  const said = `${quote.kind === 'full' ? 'Quotation' : 'Partial quotation'}${speaker ? ` by ${speaker.name}` : ''}`;
  return {
    motivation: 'describing',
    body: [
      { type: 'TextualBody', purpose: 'describing', value: said },
      ...(entity ? identifies(entity) : []),
    ],
  };
}

/**
 * The article's mentions and quotations as one W3C AnnotationCollection (a single embedded page),
 * annotations in reading order (an enclosing quote before what it contains).
 */
export function annotationsOfArticle(article: AnnotatedArticle, context: ExportContext): Node {
  const toCodePoint = codePointOffsets(article.text);
  const source = articleUri(article.id);
  type Item = { id: string; span: Span; rank: number; node: Node };
  const items: Item[] = [
    ...article.quotes.map((q) => ({ id: q.id, span: q.span, rank: 0, node: quoteAnnotation(q, context) })),
    ...article.mentions.map((m) => ({
      id: m.id,
      span: m.span,
      rank: 1,
      node: mentionAnnotation(m, context),
    })),
  ];
  items.sort(
    (a, b) =>
      a.span.start - b.span.start ||
      b.span.end - a.span.end ||
      a.rank - b.rank ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const collection = annotationCollectionUri(article.id);
  return {
    '@context': ANNO_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: `Mentions and quotations in "${article.headline}"`,
    total: items.length,
    first: {
      id: `${collection}#page-1`,
      type: 'AnnotationPage',
      partOf: collection,
      startIndex: 0,
      items: items.map((item) => ({
        id: annotationUri(article.id, item.id),
        type: 'Annotation',
        ...item.node,
        target: { source, selector: selectorsFor(article.text, item.span, toCodePoint) },
      })),
    },
  };
}

/** annotations: W3C Web Annotations of mentions and quotes, annotations/<article-id>.jsonld. */
export const annotationsFormat: FormatSpec = {
  name: 'annotations',
  summary: 'mentions and quotes as W3C Web Annotations (code-point offsets), one file per article',
  open(target, context) {
    return {
      article(article) {
        target.writeJson(`annotations/${article.id}.jsonld`, annotationsOfArticle(article, context));
      },
      end() {},
    };
  },
};
