import type { EvaluationJson } from '../evaluation.js';

/** The seed expectations in src/fixtures/seed-expected.json. */
export interface SeedExpected {
  quotes: { start: number; end: number; speakers: string[]; channel: string | null }[];
  nested: { start: number; end: number }[];
  mentions: {
    start: number;
    end: number;
    type: string;
    altTypes: string[];
    alts: { start: number; end: number }[];
    names: string[];
  }[];
  ignoreMentions: { start: number; end: number }[];
  times: { start: number; end: number; value: string }[];
  vagueTimes: { start: number; end: number }[];
  structure: { dateline: string; credit: string; subheads: string[]; paragraphs: number };
}

const norm = (s: string | null | undefined): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(the|a|an)\s+/, '')
    .trim();
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const f1 = (tp: number, predicted: number, gold: number): number =>
  tp === 0 ? 0 : (2 * (tp / predicted) * (tp / gold)) / (tp / predicted + tp / gold);

/**
 * A small scorer with the project's definitions, strict where they are loose: quote spans must be exact,
 * a speaker must be one of the accepted names, mentions exact and typed, times exact in value.
 */
export function scoreSeed(expected: SeedExpected, pred: EvaluationJson) {
  const quotes = pred.quotes.filter(
    (q) => !expected.nested.some((n) => n.start <= q.start && q.end <= n.end),
  );
  let quoteHits = 0;
  let speakerHits = 0;
  let channelHits = 0;
  let channelGold = 0;
  for (const g of expected.quotes) {
    const p = quotes.find((q) => q.start === g.start && q.end === g.end);
    if (g.channel) channelGold++;
    if (!p) continue;
    quoteHits++;
    if (g.speakers.map(norm).includes(norm(p.speaker))) speakerHits++;
    if (g.channel && norm(g.channel) === norm(p.channel)) channelHits++;
  }
  const key = (x: { start: number; end: number }) => `${x.start}:${x.end}`;
  const goldKeys = new Set(expected.mentions.flatMap((m) => [m, ...m.alts].map(key)));
  const mentions = pred.mentions.filter(
    (p) => goldKeys.has(key(p)) || !expected.ignoreMentions.some((i) => overlaps(i, p)),
  );
  let typed = 0;
  let linked = 0;
  for (const g of expected.mentions) {
    const p = mentions.find((m) => [g, ...g.alts].some((s) => key(s) === key(m)));
    if (!p) continue;
    if (p.type === g.type || g.altTypes.includes(p.type)) typed++;
    if (g.names.map(norm).includes(norm(p.entity))) linked++;
  }
  const times = pred.times.filter(
    (p) => expected.times.some((g) => overlaps(g, p)) || !expected.vagueTimes.some((v) => overlaps(v, p)),
  );
  const timeHits = expected.times.filter((g) =>
    times.some((p) => key(p) === key(g) && p.value === g.value),
  ).length;
  const s = pred.structure;
  const structureChecks = [
    norm(s.dateline) === norm(expected.structure.dateline),
    norm(s.credit) === norm(expected.structure.credit),
    JSON.stringify(s.subheads) === JSON.stringify(expected.structure.subheads),
    s.paragraphs === expected.structure.paragraphs,
  ];
  return {
    quote_f1: f1(quoteHits, quotes.length, expected.quotes.length),
    speaker_accuracy: quoteHits ? speakerHits / quoteHits : 0,
    channel_accuracy: channelGold ? channelHits / channelGold : 1,
    mention_f1: f1(typed, mentions.length, expected.mentions.length),
    link_accuracy: linked / expected.mentions.length,
    time_value_accuracy: timeHits / expected.times.length,
    time_f1: f1(timeHits, times.length, expected.times.length),
    structure_accuracy: structureChecks.filter(Boolean).length / structureChecks.length,
  };
}
