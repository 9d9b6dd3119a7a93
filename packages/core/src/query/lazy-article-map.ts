import type { AnnotatedArticle } from '../schema/corpus.js';

/**
 * A read-only map from article id to article that materialises bodies only when asked, so a compiled
 * corpus of 100,000 articles opens without parsing any of them. Iterating it loads every article.
 */
export class LazyArticleMap implements ReadonlyMap<string, AnnotatedArticle> {
  constructor(
    private readonly ids: readonly string[],
    private readonly ordinalById: ReadonlyMap<string, number>,
    private readonly load: (ordinal: number) => AnnotatedArticle,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  get(id: string): AnnotatedArticle | undefined {
    const ordinal = this.ordinalById.get(id);
    return ordinal === undefined ? undefined : this.load(ordinal);
  }

  has(id: string): boolean {
    return this.ordinalById.has(id);
  }

  *entries(): MapIterator<[string, AnnotatedArticle]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i]!, this.load(i)];
  }

  keys(): MapIterator<string> {
    return this.ids[Symbol.iterator]();
  }

  *values(): MapIterator<AnnotatedArticle> {
    for (let i = 0; i < this.ids.length; i++) yield this.load(i);
  }

  forEach(
    visit: (value: AnnotatedArticle, key: string, map: ReadonlyMap<string, AnnotatedArticle>) => void,
  ): void {
    for (const [key, value] of this.entries()) visit(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, AnnotatedArticle]> {
    return this.entries();
  }
}

/** Keeps the most recently used `capacity` values, so repeated lookups of one article return one object. */
export function lruCache<V>(capacity: number, load: (key: number) => V): (key: number) => V {
  const cache = new Map<number, V>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = load(key);
    cache.set(key, value);
    if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    return value;
  };
}
