import {
  articlesByDate,
  articlesByEntity,
  type CorpusIndex,
  coOccurrences,
  findEntities,
  findMeetings,
  findQuotes,
  getArticle,
  getArticleSummary,
  listEntities,
  pageOfMentions,
  parseQuery,
  queryTimeline,
  runQuery,
  searchCorpus,
} from '@dispatch/core';
import { Random } from '../synthetic/random.js';

export interface Latency {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  /** The same on this process's CPU time, which other programs on a busy machine do not inflate. */
  cpuP50: number;
  cpuP95: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

// Calls before timing, so the JIT has compiled the query's code (its background compiles would count as CPU
// time): a front end answers many queries, and the first few are slower than the rest.
const WARM_UP = 20;

/** Times `run` on `runs` inputs (after warm-up calls): p50 and p95 in milliseconds. */
function time<T>(name: string, inputs: T[], run: (input: T) => unknown): Latency {
  for (const input of inputs.slice(0, WARM_UP)) run(input);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    run(input);
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const latency = {
    name,
    runs: inputs.length,
    p50: percentile(wall, 0.5),
    p95: percentile(wall, 0.95),
    cpuP50: percentile(cpu, 0.5),
    cpuP95: percentile(cpu, 0.95),
  };
  const f = (v: number) => v.toFixed(3);
  process.stderr.write(
    `    ${name}: p50 ${f(latency.p50)} ms, p95 ${f(latency.p95)} ms (CPU ${f(latency.cpuP50)} / ${f(latency.cpuP95)})\n`,
  );
  return latency;
}

const SEARCH_WORDS = [
  'ceasefire',
  'pipeline',
  'tariffs',
  'grain',
  'embassy',
  'flood',
  'journalists',
  'election',
];
const TYPOS = ['ceasfire', 'pipelin', 'tarifs', 'embasy', 'jurnalists'];
const PREFIXES = ['cease', 'pipe', 'tarif', 'emba', 'relie'];

/** Runs every query kind on random inputs drawn from the corpus itself. */
export function measureQueries(index: CorpusIndex, runs: number, seed = 11): Latency[] {
  const random = new Random(seed);
  const headers = index.derived.headers;
  const people = index.entities.filter((e) => e.kind === 'PERSON');
  const pick = <T>(items: readonly T[]) => Array.from({ length: runs }, () => random.pick(items));
  const ids = pick(headers.map((h) => h.id));
  const persons = pick(people.map((p) => p.id));
  const names = pick(people.flatMap((p) => [p.name.toLowerCase(), p.aliases[0] ?? p.name]));
  const months = pick(headers.map((h) => h.filed.slice(0, 7)));
  const nextMonth = (m: string) => {
    const [y, mm] = m.split('-').map(Number) as [number, number];
    return mm === 12 ? `${y + 1}-01-01` : `${y}-${String(mm + 1).padStart(2, '0')}-01`;
  };
  const searches = pick([
    ...SEARCH_WORDS,
    ...SEARCH_WORDS.map((w, i) => `${w} ${SEARCH_WORDS[(i + 3) % 8]}`),
  ]);
  const texts = pick([
    'quotes speaker:%P channel:X',
    'mentions entity:%P',
    'articles entity:%P',
    'entities kind:person sort:mentions',
    'search ceasefire kind:quote',
    'timeline entity:%P',
  ]).map((t) => t.replace('%P', random.pick(people).aliases[0] ?? 'x'));
  return [
    time('article by id (text read)', ids, (id) => getArticle(index, id)?.text),
    // Annotations are parsed when first read: this is what a reader showing them pays.
    time(
      'article by id, annotations read',
      pick(headers.map((h) => h.id)),
      (id) => getArticle(index, id)?.mentions.length,
    ),
    time('article summary by id', ids, (id) => getArticleSummary(index, id)),
    time('articles by entity (page of 20)', persons, (id) => articlesByEntity(index, [id], { limit: 20 })),
    time('articles by date (a month)', months, (m) =>
      articlesByDate(index, { after: `${m}-01`, before: nextMonth(m) }, { limit: 20 }),
    ),
    time('entity by name/alias', names, (name) => findEntities(index, name)),
    time('entities most mentioned (kind)', persons, () => listEntities(index, { kind: 'PERSON', limit: 20 })),
    time('mentions of entity (page of 20)', persons, (id) => pageOfMentions(index, id, { limit: 20 })),
    time('quotes by speaker (page of 20)', persons, (id) =>
      findQuotes(index, { speakerIds: [id], limit: 20 }),
    ),
    time('quotes by channel (page of 20)', pick(['X', 'Telegram', 'Truth Social']), (c) =>
      findQuotes(index, { channel: c, limit: 20 }),
    ),
    time('quotes containing words', pick(['ceasefire', 'pipeline security', 'farmers']), (w) =>
      findQuotes(index, { words: w.split(' '), limit: 20 }),
    ),
    time('timeline (a month, page of 20)', months, (m) =>
      queryTimeline(index, { after: `${m}-01`, before: nextMonth(m), limit: 20 }),
    ),
    time('co-occurrence of entity', persons, (id) => coOccurrences(index, { entityId: id, limit: 20 })),
    time('meetings of entity', persons.slice(0, Math.min(runs, 50)), (id) =>
      findMeetings(index, { entityId: id, limit: 20 }),
    ),
    time('search (words)', searches, (text) => searchCorpus(index, text, { limit: 10 })),
    time('search (typos)', pick(TYPOS), (text) => searchCorpus(index, text, { limit: 10 })),
    time('search (prefixes)', pick(PREFIXES), (text) => searchCorpus(index, text, { limit: 10 })),
    time('parseQuery + runQuery (mixed)', texts, (text) => {
      const parsed = parseQuery(text);
      if (parsed.ok) runQuery(index, parsed.query);
    }),
  ];
}
