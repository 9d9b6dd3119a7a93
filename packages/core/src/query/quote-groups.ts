import type { Quote } from '../schema/quote.js';

/** The quotes of one speaker: an entity, a described source ("an aide to Zelensky"), or nobody. */
export interface SpeakerGroup<T extends { quote: Quote }> {
  /** Stable key: the entity id, "described:<name>" or "unattributed". */
  key: string;
  name: string;
  entityId: string | null;
  quotes: T[];
}

export const speakerKey = (quote: Quote): string =>
  quote.speaker?.entityId ?? (quote.speaker ? `described:${quote.speaker.name}` : 'unattributed');

/** Quotes grouped by who said them, most quoted first, unattributed last; order within a group kept. */
export function groupQuotesBySpeaker<T extends { quote: Quote }>(records: readonly T[]): SpeakerGroup<T>[] {
  const groups = new Map<string, SpeakerGroup<T>>();
  for (const record of records) {
    const key = speakerKey(record.quote);
    const group = groups.get(key) ?? {
      key,
      name: record.quote.speaker?.name ?? 'Unattributed',
      entityId: record.quote.speaker?.entityId ?? null,
      quotes: [],
    };
    group.quotes.push(record);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.key === 'unattributed') - Number(b.key === 'unattributed') ||
      b.quotes.length - a.quotes.length ||
      a.name.localeCompare(b.name),
  );
}
