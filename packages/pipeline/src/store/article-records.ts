import type { AnnotatedArticle } from '@dispatch/core';

// An article record is one line of JSON: the article's own fields (id, headline, text, …) first, then its
// annotations. Where the first part ends is kept beside it, so reading an article parses only that part;
// the annotations are parsed when first touched.

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
  const headJson = JSON.stringify(head);
  const restJson = JSON.stringify(rest);
  const json = annotations === 0 ? headJson : `${headJson.slice(0, -1)},${restJson.slice(1)}`;
  return { json, headBytes: Buffer.byteLength(headJson) - 1, annotations };
}

/**
 * The article of a record: its own fields parsed now, its annotations when one of them is first read
 * (then all become plain properties, in the record's key order).
 */
export function readArticleRecord(bytes: Buffer, headBytes: number, annotations: number): AnnotatedArticle {
  const article = JSON.parse(`${bytes.toString('utf8', 0, headBytes)}}`) as Record<string, unknown>;
  if (annotations === 0) return article as AnnotatedArticle;
  const keys = ANNOTATION_KEYS.filter((key) => annotations & ANNOTATION_BIT.get(key)!);
  let pending: Buffer | null = bytes;
  const materialise = () => {
    if (pending) {
      const parsed = JSON.parse(`{${pending.toString('utf8', headBytes + 1)}`) as Record<string, unknown>;
      pending = null;
      for (const key of keys) {
        Object.defineProperty(article, key, {
          value: parsed[key],
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
    }
  };
  for (const key of keys) {
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
  return article as AnnotatedArticle;
}
