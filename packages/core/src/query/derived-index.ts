import type { AnnotatedArticle, Corpus } from '../schema/corpus.js';
import type { Entity } from '../schema/entity.js';
import { dayNumber, periodOf } from './dates.js';

/** What lists and filters need of an article, without its text or annotations. */
export interface ArticleHeader {
  id: string;
  headline: string;
  filed: string;
  dateline: string | null;
  credit: string | null;
  language: string;
  sha256: string;
  /** Ids of the people the article mentions, most mentioned first, then by name. */
  people: string[];
}

/**
 * Everything the queries look up, as plain JSON-safe arrays built once from a corpus. Articles are
 * referred to by ordinal (their place in `headers`, newest first), entities by their place in `entityIds`,
 * so a compiled corpus can load this in one parse and materialise article bodies only when shown.
 */
export interface DerivedIndex {
  version: 1;
  headers: ArticleHeader[];
  entityIds: string[];
  /** Mentions of each entity (by entity ordinal) across the corpus. */
  mentionCounts: number[];
  /** For each entity id: flat [articleOrdinal, mentionCount, …] in article order. */
  articlesByEntity: Record<string, number[]>;
  /** Every quote of the corpus as parallel columns, in article order then reading order. */
  quotes: { article: number[]; index: number[]; speaker: number[]; channel: number[] };
  /** Distinct channel names; `quotes.channel` points here (-1: none). */
  channels: string[];
  /** Timeline entries (time expressions with a value, and dated events) in date order. */
  timeline: TimelineColumns;
  /** Time expressions with no fixed date, in article order. */
  vagueTimes: { article: number[]; index: number[] };
  /** Meetings and talks with at least two people: flat [articleOrdinal, eventIndex, …]. */
  meetings: number[];
  /** For each meeting (in `meetings` order): its participants' entity ordinals and its first day. */
  meetingFacts?: { participants: number[][]; day: number[] };
  /** Entity pairs seen together (a < b by ordinal), with counts and a few pieces of evidence. */
  pairs: PairColumns;
}

export interface TimelineColumns {
  /** 0: a time expression, 1: an event. */
  type: number[];
  article: number[];
  index: number[];
  /** First day covered (days since 1970-01-01) and days covered. */
  start: number[];
  length: number[];
  /** Entity ordinals the entry concerns: those mentioned in its sentence, or an event's participants. */
  entities: number[][];
}

export interface PairColumns {
  a: number[];
  b: number[];
  sentences: number[];
  events: number[];
  /** Up to EVIDENCE_PER_PAIR pieces: flat [articleOrdinal, start, end, …] (sentence spans or evidence). */
  evidence: number[][];
}

export const EVIDENCE_PER_PAIR = 5;

const MEETING_TYPES = new Set(['meeting', 'talks']);

/** Newest first, then by id: the one article order every query and the compiled store share. */
export const compareArticles = (a: { filed: string; id: string }, b: { filed: string; id: string }) =>
  b.filed.localeCompare(a.filed) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Builds the derived index of a corpus. Linear in its size; run once (at compile time when compiled). */
export function deriveIndex(corpus: Corpus): DerivedIndex {
  const builder = new DerivedIndexBuilder(corpus.entities);
  for (const article of [...corpus.articles].sort(compareArticles)) builder.add(article);
  return builder.finish();
}

/**
 * Builds a derived index one article at a time, so a compiler can stream a large corpus through it
 * without holding every body in memory. Articles must be added in `compareArticles` order.
 */
export class DerivedIndexBuilder {
  private readonly entityIds: string[];
  private readonly entityOrdinal: Map<string, number>;
  private readonly entityById: Map<string, Entity>;
  private readonly mentionCounts: number[];
  private readonly articlesByEntity: Record<string, number[]> = {};
  private readonly quotes = {
    article: [] as number[],
    index: [] as number[],
    speaker: [] as number[],
    channel: [] as number[],
  };
  private readonly channels: string[] = [];
  private readonly channelOrdinal = new Map<string, number>();
  private readonly entries: {
    type: number;
    article: number;
    index: number;
    start: number;
    length: number;
    entities: number[];
    /** Where in the text it is said, to keep reading order among entries of the same period. */
    position: number;
  }[] = [];
  private readonly vagueTimes = { article: [] as number[], index: [] as number[] };
  private readonly meetings: number[] = [];
  private readonly meetingFacts = { participants: [] as number[][], day: [] as number[] };
  private readonly pairs = new Map<number, { sentences: number; events: number; evidence: number[] }>();
  private readonly headers: ArticleHeader[] = [];

  constructor(entities: readonly Entity[]) {
    this.entityIds = entities.map((entity) => entity.id);
    this.entityOrdinal = new Map(this.entityIds.map((id, i) => [id, i]));
    this.entityById = new Map(entities.map((entity) => [entity.id, entity]));
    this.mentionCounts = new Array<number>(this.entityIds.length).fill(0);
  }

  add(article: AnnotatedArticle): void {
    const ordinal = this.headers.length;
    const previous = this.headers[ordinal - 1];
    if (previous && compareArticles(previous, article) > 0) {
      throw new Error(`deriveIndex: article "${article.id}" added out of order (after "${previous.id}")`);
    }
    const { entityOrdinal, entityById, mentionCounts, articlesByEntity, quotes, channels, channelOrdinal } =
      this;
    const { entries, vagueTimes, meetings, pairs } = this;
    const counts = new Map<string, number>();
    for (const mention of article.mentions) {
      if (mention.entityId === null) continue;
      counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
      const e = entityOrdinal.get(mention.entityId);
      if (e !== undefined) mentionCounts[e]! += 1;
    }
    for (const [id, count] of counts) {
      const postings = articlesByEntity[id];
      if (postings) postings.push(ordinal, count);
      else articlesByEntity[id] = [ordinal, count];
    }

    article.quotes.forEach((quote, index) => {
      const channelName = quote.channel?.name;
      let channel = -1;
      if (channelName) {
        channel = channelOrdinal.get(channelName) ?? channels.length;
        if (channel === channels.length) {
          channels.push(channelName);
          channelOrdinal.set(channelName, channel);
        }
      }
      quotes.article.push(ordinal);
      quotes.index.push(index);
      quotes.speaker.push(entityOrdinal.get(quote.speaker?.entityId ?? '') ?? -1);
      quotes.channel.push(channel);
    });

    const sentenceEntities = entitiesBySentence(article, entityOrdinal);
    // A time that dates an event is on the timeline once, as that event (as on the website's timeline).
    const datingTimes = new Set(article.events.map((event) => event.time?.timeId).filter(Boolean));
    article.times.forEach((time, index) => {
      const period = time.value !== null && !time.vague ? periodOf(time.value) : null;
      if (!period) {
        vagueTimes.article.push(ordinal);
        vagueTimes.index.push(index);
        return;
      }
      if (datingTimes.has(time.id)) return;
      const sentence = sentenceEntities.find((s) => s.start <= time.span.start && time.span.start < s.end);
      const length = period.end - period.start;
      entries.push({
        type: 0,
        article: ordinal,
        index,
        start: period.start,
        length,
        entities: sentence?.entities ?? [],
        position: time.span.start,
      });
    });

    article.events.forEach((event, index) => {
      const people = event.participants.filter((p) => entityById.get(p.entityId)?.kind === 'PERSON');
      const participantOrdinals = unique(
        event.participants
          .map((p) => entityOrdinal.get(p.entityId))
          .filter((e): e is number => e !== undefined),
      );
      const period = event.time ? periodOf(event.time.value) : null;
      if (MEETING_TYPES.has(event.type) && new Set(people.map((p) => p.entityId)).size >= 2) {
        meetings.push(ordinal, index);
        this.meetingFacts.participants.push(participantOrdinals);
        this.meetingFacts.day.push(period ? period.start : dayNumber(article.filed));
      }
      if (period) {
        const length = period.end - period.start;
        entries.push({
          type: 1,
          article: ordinal,
          index,
          start: period.start,
          length,
          entities: participantOrdinals,
          position: event.evidence[0]?.start ?? 0,
        });
      }
      const firstEvidence = event.evidence[0];
      forEachPair(participantOrdinals, (key) => {
        const pair = pairs.get(key) ?? { sentences: 0, events: 0, evidence: [] };
        pair.events += 1;
        if (firstEvidence) addEvidence(pair.evidence, ordinal, firstEvidence.start, firstEvidence.end);
        pairs.set(key, pair);
      });
    });

    for (const sentence of sentenceEntities) {
      forEachPair(sentence.entities, (key) => {
        const pair = pairs.get(key) ?? { sentences: 0, events: 0, evidence: [] };
        pair.sentences += 1;
        addEvidence(pair.evidence, ordinal, sentence.start, sentence.end);
        pairs.set(key, pair);
      });
    }

    const people = [...counts]
      .map(([id, count]) => ({ entity: entityById.get(id), count }))
      .filter((entry): entry is { entity: Entity; count: number } => entry.entity?.kind === 'PERSON')
      .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name))
      .map((entry) => entry.entity.id);
    this.headers.push({
      id: article.id,
      headline: article.headline,
      filed: article.filed,
      dateline: article.dateline ?? article.structure.dateline?.text ?? null,
      credit: article.credit ?? article.structure.credit?.text ?? null,
      language: article.language,
      sha256: article.sha256,
      people,
    });
  }

  finish(): DerivedIndex {
    const {
      entries,
      pairs,
      headers,
      entityIds,
      mentionCounts,
      articlesByEntity,
      quotes,
      channels,
      vagueTimes,
      meetings,
      meetingFacts,
    } = this;

    // Earlier first; at the same first day the longer period (the month) comes before the days inside it;
    // within one period, articles in corpus order and each in reading order.
    entries.sort(
      (x, y) =>
        x.start - y.start ||
        y.length - x.length ||
        x.article - y.article ||
        x.position - y.position ||
        x.type - y.type,
    );
    const timeline: TimelineColumns = {
      type: [],
      article: [],
      index: [],
      start: [],
      length: [],
      entities: [],
    };
    for (const entry of entries) {
      timeline.type.push(entry.type);
      timeline.article.push(entry.article);
      timeline.index.push(entry.index);
      timeline.start.push(entry.start);
      timeline.length.push(entry.length);
      timeline.entities.push(entry.entities);
    }

    const pairColumns: PairColumns = { a: [], b: [], sentences: [], events: [], evidence: [] };
    for (const [key, pair] of [...pairs].sort((x, y) => x[0] - y[0])) {
      pairColumns.a.push(Math.floor(key / PAIR_BASE));
      pairColumns.b.push(key % PAIR_BASE);
      pairColumns.sentences.push(pair.sentences);
      pairColumns.events.push(pair.events);
      pairColumns.evidence.push(pair.evidence);
    }

    return {
      version: 1,
      headers,
      entityIds,
      mentionCounts,
      articlesByEntity,
      quotes,
      channels,
      timeline,
      vagueTimes,
      meetings,
      meetingFacts,
      pairs: pairColumns,
    };
  }
}

// Pair keys pack two entity ordinals into one number; 2^24 entities is far beyond any corpus.
const PAIR_BASE = 2 ** 24;

function forEachPair(ordinals: number[], visit: (key: number) => void): void {
  const sorted = unique(ordinals).sort((x, y) => x - y);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) visit(sorted[i]! * PAIR_BASE + sorted[j]!);
  }
}

const unique = (values: number[]) => [...new Set(values)];

/** Keeps up to EVIDENCE_PER_PAIR distinct spans; an event's evidence is often a sentence already kept. */
function addEvidence(evidence: number[], ordinal: number, start: number, end: number): void {
  if (evidence.length >= EVIDENCE_PER_PAIR * 3) return;
  for (let i = 0; i < evidence.length; i += 3) {
    if (evidence[i] === ordinal && evidence[i + 1] === start && evidence[i + 2] === end) return;
  }
  evidence.push(ordinal, start, end);
}

/** Each sentence's span with the entity ordinals mentioned in it. */
function entitiesBySentence(
  article: AnnotatedArticle,
  entityOrdinal: ReadonlyMap<string, number>,
): { start: number; end: number; entities: number[] }[] {
  const sentences = article.structure.sections.flatMap((section) =>
    section.paragraphs.flatMap((paragraph) =>
      paragraph.sentences.map((s) => ({ start: s.span.start, end: s.span.end, entities: [] as number[] })),
    ),
  );
  sentences.sort((a, b) => a.start - b.start);
  let cursor = 0;
  const mentions = [...article.mentions].sort((a, b) => a.span.start - b.span.start);
  for (const mention of mentions) {
    const e = mention.entityId === null ? undefined : entityOrdinal.get(mention.entityId);
    if (e === undefined) continue;
    while (cursor < sentences.length && sentences[cursor]!.end <= mention.span.start) cursor++;
    const sentence = sentences[cursor];
    if (sentence && sentence.start <= mention.span.start && !sentence.entities.includes(e))
      sentence.entities.push(e);
  }
  return sentences;
}
