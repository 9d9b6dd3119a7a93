import SearchableMap from 'minisearch/SearchableMap';
import { lowerBound } from '../lower-bound.js';

/** The three kinds of search document; postings are kept per kind, by the kind's own ordinals. */
export const KINDS = ['article', 'quote', 'entity'] as const;
export type DocumentKind = (typeof KINDS)[number];

/**
 * Which documents hold each index term: for every term and kind, ascending ordinals (articles by corpus
 * ordinal, quotes by their place in `derived.quotes`, entities by their place in `index.entities`).
 * MiniSearch ranks; these only say which documents match, so totals and the blocks a page falls in are
 * known without scoring every match.
 */
export interface PostingsData {
  /** Index terms, sorted. */
  terms: string[];
  /** Where term t's list of kind k starts in `data`: `starts[3t + k]`; one more entry closes the last. */
  starts: ArrayLike<number>;
  data: ArrayLike<number>;
}

/** A query word as MiniSearch runs it: the folded term, whether it matches as a prefix, its typo budget. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
  /** Edit distance allowed (0: none). */
  distance: number;
}

export class Postings {
  private vocabulary: SearchableMap<number> | null = null;

  constructor(readonly data: PostingsData) {}

  /** The ids of the index terms `query` stands for: itself, the words it begins, the words a typo away. */
  expand(query: QueryTerm): number[] {
    const vocabulary = this.vocabularyMap();
    const ids = new Set<number>();
    const exact = vocabulary.get(query.term);
    if (exact !== undefined) ids.add(exact);
    if (query.prefix) for (const [, id] of vocabulary.atPrefix(query.term)) ids.add(id);
    if (query.distance > 0) {
      for (const [id] of vocabulary.fuzzyGet(query.term, query.distance).values()) ids.add(id);
    }
    return [...ids];
  }

  /** Term `id`'s list of `kind`: ascending ordinals. */
  list(id: number, kind: DocumentKind): ArrayLike<number> {
    const k = 3 * id + KINDS.indexOf(kind);
    const { starts, data } = this.data;
    return slice(data, starts[k]!, starts[k + 1]!);
  }

  /**
   * The ordinals of `kind` in `[from, to)` matching every query word (`AND`) or any (`OR`), in no
   * particular order. A word matches a document holding any of the terms it stands for. The array is
   * reused by the next call for the same kind: read it before.
   */
  matching(
    words: readonly number[][],
    kind: DocumentKind,
    range: { from: number; to: number },
    combineWith: 'AND' | 'OR',
  ): Int32Array {
    const { from, to } = range;
    if (words.length === 0 || to <= from) return new Int32Array(0);
    const k = KINDS.indexOf(kind);
    // stamps[x] - base counts the words x matched in this query; older queries left values below base,
    // so nothing needs clearing. A word counts once however many of its terms a document holds.
    const base = this.nextBase(k, to, words.length);
    const stamps = this.stamps[k]!;
    const found = this.found[k]!;
    let count = 0;
    const last = combineWith === 'AND' ? words.length - 1 : 0;
    const passes = combineWith === 'AND' ? words : [words.flat()];
    for (let w = 0; w <= last; w++) {
      const matched = base + w;
      for (const id of passes[w]!) {
        const list = this.list(id, kind);
        for (let i = lowerBound(list, from); i < list.length; i++) {
          const x = list[i]!;
          if (x >= to) break;
          const stamp = stamps[x]!;
          if (w === 0 ? stamp >= base : stamp !== matched) continue;
          stamps[x] = matched + 1;
          if (w === last) found[count++] = x;
        }
      }
    }
    return found.subarray(0, count);
  }

  /** The ordinals `matching` finds, ascending, in an array of their own. */
  matchingOrdinals(
    words: readonly number[][],
    kind: DocumentKind,
    range: { from: number; to: number },
    combineWith: 'AND' | 'OR',
  ): number[] {
    return Array.from(this.matching(words, kind, range, combineWith)).sort((a, b) => a - b);
  }

  private readonly found: Int32Array[] = [];
  private readonly stamps: Uint32Array[] = [];
  /** The highest stamp given so far: the next query's stamps start above it. */
  private top = 0;

  private nextBase(k: number, size: number, words: number): number {
    if (this.top + words + 2 >= 0xffffffff) {
      this.stamps.length = 0;
      this.top = 0;
    }
    const base = this.top + 1;
    this.top = base + words;
    if ((this.stamps[k]?.length ?? 0) < size) {
      const grown = new Uint32Array(size);
      if (this.stamps[k]) grown.set(this.stamps[k]!);
      this.stamps[k] = grown;
      this.found[k] = new Int32Array(size);
    }
    return base;
  }

  private vocabularyMap(): SearchableMap<number> {
    if (!this.vocabulary) {
      const vocabulary = new SearchableMap<number>();
      this.data.terms.forEach((term, id) => {
        vocabulary.set(term, id);
      });
      this.vocabulary = vocabulary;
    }
    return this.vocabulary;
  }
}

const slice = (data: ArrayLike<number>, start: number, end: number): ArrayLike<number> =>
  ArrayBuffer.isView(data)
    ? (data as unknown as Uint32Array).subarray(start, end)
    : (data as number[]).slice(start, end);

/** Collects postings document by document; each kind's documents must come in ascending ordinal order. */
export class PostingsBuilder {
  private readonly lists = new Map<string, [number[], number[], number[]]>();

  add(kind: DocumentKind, ordinal: number, terms: Iterable<string>): void {
    const k = KINDS.indexOf(kind);
    for (const term of new Set(terms)) {
      let lists = this.lists.get(term);
      if (!lists) {
        lists = [[], [], []];
        this.lists.set(term, lists);
      }
      lists[k]!.push(ordinal);
    }
  }

  finish(): { terms: string[]; starts: Uint32Array; data: Uint32Array } {
    const terms = [...this.lists.keys()].sort();
    const starts = new Uint32Array(3 * terms.length + 1);
    let size = 0;
    terms.forEach((term, t) => {
      this.lists.get(term)!.forEach((list, k) => {
        starts[3 * t + k] = size;
        size += list.length;
      });
    });
    starts[3 * terms.length] = size;
    const data = new Uint32Array(size);
    terms.forEach((term, t) => {
      this.lists.get(term)!.forEach((list, k) => {
        data.set(list, starts[3 * t + k]!);
      });
    });
    return { terms, starts, data };
  }
}
