import type { KnownEntity } from '@dispatch/core';

/** Look-ups over the knowledge base that every article needs: built once per knowledge base. */
export interface KbIndex {
  byId: ReadonlyMap<string, KnownEntity>;
  /** The last word of each knowledge-base person's name (lower case) → the person's id, first one wins. */
  surnames: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<readonly KnownEntity[], KbIndex>();

export function kbIndex(knowledgeBase: readonly KnownEntity[]): KbIndex {
  let index = indexes.get(knowledgeBase);
  if (!index) {
    const surnames = new Map<string, string>();
    for (const e of knowledgeBase) {
      if (e.kind !== 'PERSON') continue;
      const words = e.name.toLowerCase().split(/\s+/);
      if (words.length >= 2 && !surnames.has(words.at(-1)!)) surnames.set(words.at(-1)!, e.id);
    }
    index = { byId: new Map(knowledgeBase.map((e) => [e.id, e])), surnames };
    indexes.set(knowledgeBase, index);
  }
  return index;
}
