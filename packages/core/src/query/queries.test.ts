import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureCorpus } from '../testing/fixtures.js';
import { listArticles } from './articles.js';
import { indexCorpus } from './corpus-index.js';
import { mentionsOfEntity, quotesOfEntity } from './entities.js';

describe('listArticles', () => {
  it('lists newest first with the people most mentioned first', () => {
    const older = fixtureArticle({ id: 'older', filed: '1843-01-01' });
    const index = indexCorpus(fixtureCorpus([older, fixtureArticle()]));
    const list = listArticles(index);
    expect(list.map((a) => a.id)).toEqual(['engine-talk', 'older']);
    expect(list[0]!.people.map((p) => p.id)).toEqual(['ada-lovelace', 'charles-babbage']);
    expect(list[0]!.dateline).toBe('London');
  });
});

describe('mentionsOfEntity', () => {
  it('gives each mention inside its sentence', () => {
    const index = indexCorpus(fixtureCorpus());
    const mentions = mentionsOfEntity(index, 'ada-lovelace');
    expect(mentions).toHaveLength(2);
    expect(mentions[1]!.context).toMatchObject({
      before: '"The engine weaves patterns," ',
      match: 'Lovelace',
      after: ' said.',
    });
  });

  it('returns nothing for an entity never mentioned', () => {
    expect(mentionsOfEntity(indexCorpus(fixtureCorpus()), 'nobody')).toEqual([]);
  });
});

describe('quotesOfEntity', () => {
  it('finds the quotes attributed to a speaker', () => {
    const quotes = quotesOfEntity(indexCorpus(fixtureCorpus()), 'ada-lovelace');
    expect(quotes.map((q) => q.quote.text)).toEqual(['The engine weaves patterns,']);
    expect(quotesOfEntity(indexCorpus(fixtureCorpus()), 'charles-babbage')).toEqual([]);
  });
});
