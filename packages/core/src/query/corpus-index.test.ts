import { describe, expect, it } from 'vitest';
import { queryCorpus } from '../testing/query-fixture.js';
import { articlesByEntity, getArticle, listArticles } from './articles.js';
import { indexCorpus, openCorpusIndex } from './corpus-index.js';
import { deriveIndex } from './derived-index.js';
import { listEntities, mentionsOfEntity } from './entities.js';
import { findMeetings } from './relations.js';

const openCounting = () => {
  const derived = JSON.parse(JSON.stringify(deriveIndex(queryCorpus)));
  const byId = new Map(queryCorpus.articles.map((a) => [a.id, a]));
  const loads: number[] = [];
  const index = openCorpusIndex({
    schemaVersion: queryCorpus.schemaVersion,
    entities: queryCorpus.entities,
    derived,
    loadArticle: (ordinal) => {
      loads.push(ordinal);
      return byId.get(derived.headers[ordinal].id)!;
    },
  });
  return { index, loads };
};

describe('openCorpusIndex', () => {
  it('answers lists and counts from the derived index without reading any article', () => {
    const { index, loads } = openCounting();
    expect(listArticles(index).map((a) => [a.id, a.people.map((p) => p.id)])).toEqual([
      ['putin-talks', ['donald-trump', 'vladimir-putin', 'steve-witkoff', 'volodymyr-zelensky']],
      ['kyiv-holds', ['volodymyr-zelensky']],
    ]);
    expect(articlesByEntity(index, ['vladimir-putin']).total).toBe(1);
    expect(listEntities(index, { kind: 'PERSON' }).items[0]?.entity.id).toBe('volodymyr-zelensky');
    expect(loads).toEqual([]);
  });

  it('reads only the articles a page needs, and keeps a read article cached', () => {
    const { index, loads } = openCounting();
    expect(mentionsOfEntity(index, 'volodymyr-zelensky', { limit: 1 }).map((m) => m.articleId)).toEqual([
      'putin-talks',
    ]);
    expect(loads).toEqual([0]);
    expect(getArticle(index, 'putin-talks')).toBe(getArticle(index, 'putin-talks'));
    expect(loads).toEqual([0]);
    expect(getArticle(index, 'missing')).toBeNull();
  });

  it('filters meetings on the derived facts, reading only the articles of the page shown', () => {
    const { index, loads } = openCounting();
    // Putin met Witkoff on the 25th; Zelensky's meeting has no date of its own, so it is dated as filed (26th).
    expect(findMeetings(index, { entityId: 'vladimir-putin', before: '2025-04-25' }).total).toBe(0);
    expect(findMeetings(index, { entityId: 'volodymyr-zelensky', after: '2025-04-27' }).total).toBe(0);
    expect(findMeetings(index, { entityId: 'kyiv-holds' }).total).toBe(0);
    expect(loads).toEqual([]);
    const met = findMeetings(index, { entityId: 'steve-witkoff' });
    expect(met.items.map((m) => [m.articleId, m.people.map((p) => p.id).sort()])).toEqual([
      ['putin-talks', ['steve-witkoff', 'vladimir-putin']],
    ]);
    expect(loads).toEqual([0]);
  });

  it('still offers the whole corpus and the old per-entity tables, read on demand', () => {
    const { index } = openCounting();
    expect(index.corpus.articles.map((a) => a.id)).toEqual(['putin-talks', 'kyiv-holds']);
    expect(index.mentionsByEntity.get('volodymyr-zelensky')).toHaveLength(3);
    expect(index.quotesBySpeaker.get('donald-trump')?.map((q) => q.quote.text)).toEqual(['A ceasefire now!']);
  });
});

describe('indexCorpus', () => {
  it('keeps the corpus object it was given', () => {
    expect(indexCorpus(queryCorpus).corpus).toBe(queryCorpus);
  });
});
