import type { Entity, EntityKind } from '../schema/entity.js';
import { type CorpusIndex, memoize } from './corpus-index.js';
import { foldedWords, foldName } from './normalize.js';

interface NameTables {
  /** Folded full name or alias → entity ids. */
  byName: Map<string, string[]>;
  /** Folded word of any name or alias → entity ids. */
  byWord: Map<string, string[]>;
  /** Entity id → ordinal in `derived.entityIds`. */
  ordinal: Map<string, number>;
}

const add = (map: Map<string, string[]>, key: string, id: string) => {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
};

function nameTables(index: CorpusIndex): NameTables {
  return memoize(index, 'nameTables', () => {
    const byName = new Map<string, string[]>();
    const byWord = new Map<string, string[]>();
    for (const entity of index.entities) {
      for (const name of [entity.name, ...entity.aliases, entity.id.replace(/-/g, ' ')]) {
        add(byName, foldName(name), entity.id);
        for (const word of foldedWords(name)) add(byWord, word, entity.id);
      }
    }
    const ordinal = new Map(index.derived.entityIds.map((id, i) => [id, i]));
    return { byName, byWord, ordinal };
  });
}

/** How often the corpus mentions the entity (0 when never). */
export function mentionCount(index: CorpusIndex, entityId: string): number {
  const ordinal = nameTables(index).ordinal.get(entityId);
  return ordinal === undefined ? 0 : (index.derived.mentionCounts[ordinal] ?? 0);
}

/** The entity ordinal used by the derived index, or -1. */
export function entityOrdinal(index: CorpusIndex, entityId: string): number {
  return nameTables(index).ordinal.get(entityId) ?? -1;
}

const byMentions = (index: CorpusIndex) => (a: Entity, b: Entity) =>
  mentionCount(index, b.id) - mentionCount(index, a.id) || a.name.localeCompare(b.name);

/**
 * The entities a user means by `text`: its id ("donald-trump"), a name or alias whatever the case and
 * diacritics ("trump", "Zelenskyy", "the russian president"), or failing that every entity whose names
 * contain all the words given (as words, or as word prefixes: "zel" → Zelensky). Most mentioned first.
 */
export function findEntities(index: CorpusIndex, text: string, kind?: EntityKind): Entity[] {
  const tables = nameTables(index);
  const wanted = (ids: readonly string[]) =>
    ids
      .map((id) => index.entityById.get(id))
      .filter((entity): entity is Entity => !!entity && (!kind || entity.kind === kind))
      .sort(byMentions(index));
  const exactId = index.entityById.get(text.trim());
  if (exactId && (!kind || exactId.kind === kind)) return [exactId];
  const exact = wanted(tables.byName.get(foldName(text)) ?? []);
  if (exact.length > 0) return exact;
  const words = foldedWords(text);
  if (words.length === 0) return [];
  const candidates = (matchWord: (word: string) => string[]) => {
    const [first, ...rest] = words.map((word) => new Set(matchWord(word)));
    const ids = [...first!].filter((id) => rest.every((found) => found.has(id)));
    return wanted(ids);
  };
  const byWords = candidates((word) => tables.byWord.get(word) ?? []);
  if (byWords.length > 0) return byWords;
  return candidates((prefix) =>
    [...tables.byWord].filter(([word]) => word.startsWith(prefix)).flatMap(([, ids]) => ids),
  );
}
