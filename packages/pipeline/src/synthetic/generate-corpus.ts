import { type ArticleMeta, type KnownEntity, slugify } from '@dispatch/core';
import { Random, seedFor } from './random.js';
import {
  CHANNELS,
  COUNTRIES,
  DESCRIPTIONS,
  DURATIONS,
  FIRST_NAMES,
  LAST_NAMES,
  MONTHS,
  ORGANISATIONS,
  ROLES,
  TOPICS,
  WEEKDAYS,
} from './vocabulary.js';

export interface SyntheticArticle {
  slug: string;
  meta: ArticleMeta;
  text: string;
}

interface Person {
  id: string;
  name: string;
  last: string;
  role: string;
  country: (typeof COUNTRIES)[number];
}

/** The cast of a synthetic corpus: grows with its size so large corpora are not about the same ten people. */
export function syntheticCast(
  articles: number,
  seed: number,
): { people: Person[]; knowledgeBase: KnownEntity[] } {
  const random = new Random(seed);
  const count = Math.min(FIRST_NAMES.length * LAST_NAMES.length, 40 + Math.ceil(articles / 25));
  const people: Person[] = [];
  const used = new Set<string>();
  while (people.length < count) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    if (used.has(name)) continue;
    used.add(name);
    people.push({ id: slugify(name), name, last, role: random.pick(ROLES), country: random.pick(COUNTRIES) });
  }
  const knowledgeBase: KnownEntity[] = [
    ...people.map((p) => ({
      id: p.id,
      kind: 'PERSON' as const,
      name: p.name,
      aliases: [p.last],
      roles: [`${p.country.adjective} ${p.role}`],
    })),
    ...COUNTRIES.flatMap((c) => [
      { id: slugify(c.name), kind: 'LOC' as const, name: c.name, aliases: [], roles: [] },
      { id: slugify(c.capital), kind: 'LOC' as const, name: c.capital, aliases: [], roles: [] },
      { id: slugify(c.city), kind: 'LOC' as const, name: c.city, aliases: [], roles: [] },
    ]),
    ...ORGANISATIONS.map((o) => ({
      id: slugify(o.name),
      kind: 'ORG' as const,
      name: o.name,
      aliases: [],
      roles: [],
    })),
  ];
  return { people, knowledgeBase };
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1) / DAY_MS;
const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Article `n` of a synthetic corpus: a plausible wire story (dateline, quotes with speakers and
 * channels, a subhead, dates relative to the filing date, a credit) built from the templates in
 * vocabulary.ts. Deterministic in (n, seed) and independent of the other articles.
 */
export function syntheticArticle(
  n: number,
  seed: number,
  people: readonly Person[],
  distinct = Number.POSITIVE_INFINITY,
): SyntheticArticle {
  // With `distinct`, article n tells the same story as article n mod distinct (its own slug, same words).
  const random = new Random(seedFor(seed, n % distinct));
  const topic = random.pick(TOPICS);
  const a = random.pick(people);
  let b = random.pick(people);
  while (b === a && people.length > 1) b = random.pick(people);
  let c = random.pick(people);
  while ((c === a || c === b) && people.length > 2) c = random.pick(people);
  const place = random.chance(0.5) ? a.country : b.country;
  const city = place.capital;
  const other = random.pick(COUNTRIES);
  const org = random.pick(ORGANISATIONS);
  // Spread filing dates over six years, about one story per day per 50 articles.
  const filedDay = FIRST_DAY + random.int(6 * 365);
  const filed = isoDate(filedDay);
  const weekdayOfFiling = (((filedDay + 3) % 7) + 7) % 7; // 0 = Monday
  const daysBack = 1 + random.int(5);
  const meetingDay = WEEKDAYS[(((weekdayOfFiling - daysBack) % 7) + 7) % 7]!;
  // An earlier round of talks, one to eighteen months before the filing date.
  const monthIndex = Number(filed.slice(0, 4)) * 12 + Number(filed.slice(5, 7)) - 1 - (1 + random.int(18));
  const earlier = MONTHS[monthIndex % 12]!;
  const year = Math.floor(monthIndex / 12);
  const q = (s: string) => `“${s}”`;
  const channel = random.pick(CHANNELS);
  const channel2 = random.pick(CHANNELS.filter((x) => x !== channel));

  const paragraphs = [
    `${city.toUpperCase()}: ${a.name}, ${a.country.adjective} ${a.role}, met ${b.name} in ${city} on ${meetingDay} to discuss ${topic.subject}, officials said.`,
    `${q(`We have agreed to keep talking, and that is not nothing,`)} ${a.last} told reporters after the ${random.pick(DURATIONS)} meeting.`,
    `${b.last} said on ${channel} that the talks had been ${q(random.pick(DESCRIPTIONS))} and that a further round was planned.`,
    topic.subhead,
    `The ${org.name} ${topic.sentence} last week, in a report published in ${city}.`,
    `${q(topic.quote.replace(/\.$/, ','))} ${c.name}, ${c.country.adjective} ${c.role}, wrote on ${channel2}.`,
    `The meeting followed talks in ${other.city} in ${earlier} ${year}, when ${a.last} and ${c.last} failed to agree on a joint statement.`,
    `${a.last} and ${b.last} are expected to meet again next month, according to an aide to ${b.last}.`,
    `${topic.closing} Relations between ${a.country.name} and ${b.country.name} have recently improved. – Agencies`,
  ];
  const slug = `${slugify(`${a.last} ${topic.headline}`).split('-').slice(0, 6).join('-')}-${n + 1}`;
  return {
    slug,
    meta: {
      headline: `${a.name} and ${b.last} ${topic.headline}`,
      filed,
      dateline: city,
      credit: 'Agencies',
      language: 'en',
    },
    text: `${paragraphs.join('\n')}\n`,
  };
}
