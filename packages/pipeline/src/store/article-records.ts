import type { AnnotatedArticle } from '@dispatch/core';

// An article record is one line of JSON: the article's own fields (id, headline, text, …) first, then its
// structure, then its other annotations. Where the parts end is kept beside it, so reading an article
// parses only its own fields; the structure (what a search snippet needs) and the rest are each parsed
// when first touched.

/** Annotation keys in the order records hold them (the schema's order); optional ones may be absent. */
export const ANNOTATION_KEYS = [
  'structure',
  'mentions',
  'quotes',
  'times',
  'events',
  'notes',
  'curation',
] as const;
const ANNOTATION_BIT = new Map<string, number>(ANNOTATION_KEYS.map((key, i) => [key, 1 << i]));

export interface ArticleRecord {
  json: string;
  /** Bytes of the record before the annotations (the comma or brace after the last own field). */
  headBytes: number;
  /** Bytes of the record before the annotations after the structure (the comma or brace after it). */
  structureBytes: number;
  /** Which annotation keys the record holds: bit i for ANNOTATION_KEYS[i]. */
  annotations: number;
}

export function articleRecord(article: AnnotatedArticle): ArticleRecord {
  const head: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  let annotations = 0;
  for (const key of Object.keys(article)) {
    if (!ANNOTATION_BIT.has(key)) head[key] = article[key as keyof AnnotatedArticle];
  }
  for (const key of ANNOTATION_KEYS) {
    if (article[key] !== undefined) {
      rest[key] = article[key];
      annotations |= ANNOTATION_BIT.get(key)!;
    }
  }
  const { structure, ...others } = rest;
  const headJson = JSON.stringify(head);
  const structureJson = structure === undefined ? '' : `"structure":${JSON.stringify(structure)}`;
  const othersJson = JSON.stringify(others).slice(1, -1);
  const annotationsJson = [structureJson, othersJson].filter(Boolean).join(',');
  const json = annotations === 0 ? headJson : `${headJson.slice(0, -1)},${annotationsJson}}`;
  const headBytes = Buffer.byteLength(headJson) - 1;
  const structureBytes = structureJson ? headBytes + 1 + Buffer.byteLength(structureJson) : headBytes;
  return { json, headBytes, structureBytes, annotations };
}

/**
 * The article of a record: its own fields parsed now, its structure and its other annotations each when
 * one of them is first read (then they become plain properties, in the record's key order).
 */
export function readArticleRecord(
  bytes: Buffer,
  parts: { headBytes: number; structureBytes: number; annotations: number },
): AnnotatedArticle {
  const { headBytes, structureBytes, annotations } = parts;
  const article = JSON.parse(`${bytes.toString('utf8', 0, headBytes)}}`) as Record<string, unknown>;
  if (annotations === 0) return article as AnnotatedArticle;
  const keys = ANNOTATION_KEYS.filter((key) => annotations & ANNOTATION_BIT.get(key)!);
  // Each group is the text between two of the record's commas (or braces), parsed as an object.
  const groups = [
    { keys: keys.filter((key) => key === 'structure'), from: headBytes + 1, to: structureBytes },
    { keys: keys.filter((key) => key !== 'structure'), from: structureBytes + 1, to: bytes.length - 1 },
  ];
  for (const group of groups) {
    let pending = true;
    const materialise = () => {
      if (!pending) return;
      pending = false;
      const parsed = JSON.parse(`{${bytes.toString('utf8', group.from, group.to)}}`) as Record<
        string,
        unknown
      >;
      for (const key of group.keys) {
        Object.defineProperty(article, key, {
          value: parsed[key],
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
    };
    for (const key of group.keys) {
      Object.defineProperty(article, key, {
        get() {
          materialise();
          return article[key];
        },
        set(value: unknown) {
          materialise();
          article[key] = value;
        },
        enumerable: true,
        configurable: true,
      });
    }
  }
  return article as AnnotatedArticle;
}
