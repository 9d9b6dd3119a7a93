import { describe, expect, it } from 'vitest';
import { queryCorpus, spanOf, TALKS_TEXT } from '../../testing/query-fixture.js';
import { indexCorpus } from '../corpus-index.js';
import { parseQuery } from './parse-query.js';
import type { QueryResult } from './query-result.js';
import { runQuery } from './run-query.js';

const index = indexCorpus(queryCorpus);
const run = <K extends QueryResult['kind']>(text: string, kind: K) => {
  const parsed = parseQuery(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const result = runQuery(index, parsed.query);
  if (result.kind !== kind) throw new Error(`expected ${kind}, got ${result.kind}`);
  return result as Extract<QueryResult, { kind: K }>;
};

describe('runQuery: quotes', () => {
  it('finds quotes by speaker name and channel, linking back to the words', () => {
    const result = run('quotes speaker:trump channel:"Truth Social"', 'quotes');
    expect(result.total).toBe(1);
    expect(result.items[0]).toMatchObject({
      articleId: 'putin-talks',
      spans: [spanOf(TALKS_TEXT, 'A ceasefire now!')],
    });
    expect(result.resolved).toEqual([
      {
        field: 'speaker',
        value: 'trump',
        entity: { id: 'donald-trump', name: 'Donald Trump', kind: 'PERSON' },
        alternatives: [],
      },
    ]);
  });

  it('matches a channel by its first word, and filters by words and dates', () => {
    expect(run('quotes channel:truth', 'quotes').items.map((q) => q.quote.text)).toEqual([
      'A ceasefire now!',
    ]);
    expect(run('quotes ceasefire', 'quotes').items.map((q) => q.quote.text)).toEqual(['A ceasefire now!']);
    expect(run('quotes before:2025-04', 'quotes').items.map((q) => q.quote.text)).toEqual([
      'We will not surrender,',
    ]);
    // newest article first, then reading order
    expect(run('quotes', 'quotes').items.map((q) => q.quote.text)).toEqual([
      'We are ready for talks,',
      'A ceasefire now!',
      'We will not surrender,',
    ]);
  });

  it('combines speaker, channel and words', () => {
    expect(run('quotes speaker:zelensky surrender', 'quotes').items.map((q) => q.quote.text)).toEqual([
      'We will not surrender,',
    ]);
    expect(run('quotes speaker:trump surrender', 'quotes').total).toBe(0);
    expect(run('quotes channel:telegram ready', 'quotes').items.map((q) => q.articleId)).toEqual([
      'putin-talks',
    ]);
    expect(run('quotes channel:telegram ceasefire', 'quotes').total).toBe(0);
  });

  it('returns nothing, with a note, for a speaker nobody is', () => {
    const result = run('quotes speaker:nobody', 'quotes');
    expect(result.total).toBe(0);
    expect(result.notes).toEqual(["no entity matches 'nobody'"]);
  });
});

describe('runQuery: mentions', () => {
  it('gives each mention in its sentence, newest article first, paged', () => {
    const all = run('mentions entity:zelenskyy', 'mentions');
    expect(all.total).toBe(3);
    expect(all.items.map((m) => [m.articleId, m.mention.text])).toEqual([
      ['putin-talks', 'Zelensky'],
      ['kyiv-holds', 'Volodymyr Zelensky'],
      ['kyiv-holds', 'Zelensky'],
    ]);
    const second = run('mentions entity:zelensky limit:1 offset:1', 'mentions');
    expect(second.total).toBe(3);
    expect(second.items.map((m) => m.mention.text)).toEqual(['Volodymyr Zelensky']);
    expect(second.items[0]!.context.after).toBe(' said the ceasefire must hold.');
  });

  it('filters by filing date (after: inclusive) and article', () => {
    expect(run('mentions entity:putin after:2025-04-25', 'mentions').total).toBe(2);
    expect(run('mentions entity:zelensky after:2025-04-26', 'mentions').total).toBe(1);
    expect(run('mentions entity:zelensky article:kyiv-holds', 'mentions').total).toBe(2);
  });
});

describe('runQuery: articles and entities', () => {
  it('lists articles by entity (all must be mentioned), by date and by id', () => {
    const ids = (text: string) => run(text, 'articles').items.map((a) => a.articleId);
    expect(ids('articles entity:zelensky')).toEqual(['putin-talks', 'kyiv-holds']);
    expect(run('articles entity:zelensky', 'articles').items.map((a) => a.mentions)).toEqual([[1], [2]]);
    expect(ids('articles entity:zelensky entity:putin')).toEqual(['putin-talks']);
    expect(ids('articles after:2025-04-01')).toEqual(['putin-talks']);
    expect(ids('articles on:2025-03')).toEqual(['kyiv-holds']);
    expect(ids('articles before:2025-03-10')).toEqual([]);
    expect(ids('articles id:kyiv-holds')).toEqual(['kyiv-holds']);
    expect(ids('articles id:kyiv-holds entity:putin')).toEqual([]);
  });

  it('ranks people by mentions, ties by name', () => {
    const result = run('entities kind:person sort:mentions', 'entities');
    expect(result.items.map((e) => [e.entity.id, e.mentions])).toEqual([
      ['volodymyr-zelensky', 3],
      ['donald-trump', 2],
      ['vladimir-putin', 2],
      ['steve-witkoff', 1],
    ]);
    expect(run('entities kind:loc sort:name', 'entities').items.map((e) => e.entity.name)).toEqual([
      'Kyiv',
      'Moscow',
      'Rome',
    ]);
    expect(run('entities kiev', 'entities').items.map((e) => e.entity.id)).toEqual(['kyiv']);
  });

  it("gives an article's outline and its annotations in reading order", () => {
    const result = run('article putin-talks', 'article');
    expect(result.outline?.sections[0]?.paragraphs[0]?.sentences).toHaveLength(5);
    expect(result.marks.map((m) => (m.kind === 'quote' ? 'Q' : m.kind === 'time' ? 'T' : 'M')).join('')).toBe(
      'MMMTQMMMMTMQT',
    );
    expect(run('article nothing-here', 'article').notes).toEqual(["no article 'nothing-here'"]);
  });
});

describe('runQuery: relations and time', () => {
  it('lists who met whom, with dates and evidence', () => {
    const result = run('meetings', 'meetings');
    expect(result.items.map((m) => [m.people.map((p) => p.name), m.date])).toEqual([
      [['Vladimir Putin', 'Steve Witkoff'], '2025-04-25'],
      [['Volodymyr Zelensky', 'Donald Trump'], '2025-04-26'],
    ]);
    expect(result.items[0]!.spans).toEqual([
      spanOf(TALKS_TEXT, 'Vladimir Putin met Steve Witkoff on Friday.'),
    ]);
    expect(run('meetings entity:trump', 'meetings').items.map((m) => m.event.label)).toEqual([
      'Zelensky meets Trump',
    ]);
    expect(run('meetings after:2025-04-26', 'meetings').total).toBe(1);
  });

  it('counts co-occurrence in sentences and events, with evidence', () => {
    const all = run('cooccurrence', 'cooccurrence');
    expect(all.items.map((p) => [p.a.id, p.b.id, p.sentences, p.events])).toEqual([
      ['donald-trump', 'volodymyr-zelensky', 1, 1],
      ['steve-witkoff', 'vladimir-putin', 1, 1],
      ['donald-trump', 'rome', 1, 0],
      ['rome', 'volodymyr-zelensky', 1, 0],
    ]);
    const putin = run('cooccurrence entity:putin', 'cooccurrence');
    expect(putin.items.map((p) => [p.a.id, p.b.id])).toEqual([['vladimir-putin', 'steve-witkoff']]);
    expect(putin.items[0]!.evidence.map((e) => e.text)).toEqual([
      'Vladimir Putin met Steve Witkoff on Friday.',
    ]);
    expect(run('cooccurrence entity:zelensky with:trump', 'cooccurrence').total).toBe(1);
    expect(run('cooccurrence scope:event', 'cooccurrence').total).toBe(2);
  });

  it('orders the timeline by resolved date, a week before the days after it, vague ones apart', () => {
    const result = run('timeline', 'timeline');
    expect(result.items.map((t) => [t.label, t.from, t.to])).toEqual([
      ['March 2025', '2025-03-01', '2025-03-31'],
      ['last week', '2025-04-14', '2025-04-20'],
      // same day: reading order (the event's sentence starts before the word "Friday")
      ['Putin meets Witkoff', '2025-04-25', '2025-04-25'],
      ['Friday', '2025-04-25', '2025-04-25'],
    ]);
    expect(result.vague.items.map((t) => t.label)).toEqual(['Recently']);
    expect(run('timeline entity:witkoff', 'timeline').items.map((t) => t.label)).toEqual([
      'Putin meets Witkoff',
      'Friday',
    ]);
    expect(run('timeline after:2025-04-15', 'timeline').items.map((t) => t.label)).toEqual([
      'Putin meets Witkoff',
      'Friday',
    ]);
  });
});

describe('runQuery: search', () => {
  it('searches articles, quotes and entity names, ranked, with highlighted snippets', () => {
    const result = run('search ceasefire', 'search');
    expect(result.total).toBe(3);
    expect(result.items.map((h) => h.type).sort()).toEqual(['article', 'article', 'quote']);
    const quote = run('search ceasefire kind:quote', 'search').items;
    expect(quote).toHaveLength(1);
    expect(quote[0]!.snippet).toEqual({ text: 'A ceasefire now!', highlights: [{ start: 2, end: 11 }] });
    const at = spanOf(TALKS_TEXT, 'ceasefire');
    expect(quote[0]!.spans).toEqual([at]);
  });

  it('tolerates typos and prefixes, and folds case and accents', () => {
    expect(run('search ceasfire', 'search').total).toBe(3);
    expect(run('search surren kind:quote', 'search').items.map((h) => h.snippet.text)).toEqual([
      'We will not surrender,',
    ]);
    expect(run('search ZELÉNSKYY kind:entity', 'search').items.map((h) => h.entityId)).toEqual([
      'volodymyr-zelensky',
    ]);
  });

  it('shows the best sentence of an article with the matched words marked', () => {
    const [hit] = run('search tensions kind:article', 'search').items;
    expect(hit!.snippet).toEqual({ text: 'Recently, tensions rose.', highlights: [{ start: 10, end: 18 }] });
  });

  it('filters by filing date', () => {
    expect(run('search ceasefire before:2025-04', 'search').items.map((h) => h.articleId)).toEqual([
      'kyiv-holds',
    ]);
  });
});
