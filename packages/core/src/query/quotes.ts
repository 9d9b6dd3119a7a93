import type { Quote } from '../schema/quote.js';
import { type CorpusIndex, memoize } from './corpus-index.js';
import { entityOrdinal } from './entity-lookup.js';
import { foldedWords, foldName } from './normalize.js';
import { type PageOptions, pageBounds } from './page.js';
import { quotesWithWords } from './search/search.js';

export interface QuoteQuery extends PageOptions {
  /** Keep quotes by any of these entity ids. */
  speakerIds?: readonly string[];
  /** Keep quotes said on a channel whose name is, or starts with, this (case/diacritic-insensitive). */
  channel?: string;
  /** Keep quotes of this article. */
  articleId?: string;
  /** Keep quotes of articles filed on or after this date (YYYY-MM-DD). */
  after?: string;
  /** Keep quotes of articles filed before this date (YYYY-MM-DD). */
  before?: string;
  /** Keep quotes containing every one of these words (whole words, case/diacritic-insensitive; via the search index). */
  words?: readonly string[];
}

export interface QuoteHit {
  articleId: string;
  headline: string;
  filed: string;
  quote: Quote;
}

/**
 * Quotes matching every filter given, newest article first, then in reading order. Speaker, channel,
 * article and date filters run on the derived quote table; only quotes that need their words checked,
 * and those on the page, are read from their articles.
 */
export function findQuotes(index: CorpusIndex, query: QuoteQuery = {}): { total: number; items: QuoteHit[] } {
  const { quotes, headers, channels } = index.derived;
  const speakers = query.speakerIds ? new Set(query.speakerIds.map((id) => entityOrdinal(index, id))) : null;
  const channelKey = query.channel === undefined ? null : foldName(query.channel);
  const channelOk = channelKey === null ? null : channelMatcher(channels, channelKey);
  const article = query.articleId === undefined ? null : (index.ordinalById.get(query.articleId) ?? -2);
  const words = query.words?.flatMap(foldedWords) ?? [];
  const { offset, end } = pageBounds(query);
  const items: QuoteHit[] = [];
  let total = 0;
  // Walk the shortest list that every match must be on: a speaker's quotes, a channel's, or those with the words.
  const lists: number[][] = [];
  if (words.length > 0) lists.push(quotesWithWords(index, words));
  if (query.speakerIds)
    lists.push(
      mergeSorted(query.speakerIds.map((id) => quotesOf(index, 'speaker', entityOrdinal(index, id)))),
    );
  if (channelOk) {
    lists.push(
      mergeSorted(
        channels
          .map((_, c) => c)
          .filter((c) => channelOk[c])
          .map((c) => quotesOf(index, 'channel', c)),
      ),
    );
  }
  const candidates = lists.length > 0 ? lists.reduce((a, b) => (b.length < a.length ? b : a)) : null;
  const count = candidates ? candidates.length : quotes.article.length;
  for (let c = 0; c < count; c++) {
    const q = candidates ? candidates[c]! : c;
    const ordinal = quotes.article[q]!;
    if (article !== null && ordinal !== article) continue;
    if (speakers && !speakers.has(quotes.speaker[q]!)) continue;
    if (channelOk && !channelOk[quotes.channel[q]!]) continue;
    const filed = headers[ordinal]!.filed;
    if ((query.after && filed < query.after) || (query.before && filed >= query.before)) continue;
    if (total >= offset && total < end) {
      const body = index.article(ordinal);
      items.push({
        articleId: body.id,
        headline: body.headline,
        filed: body.filed,
        quote: body.quotes[quotes.index[q]!]!,
      });
    }
    total++;
  }
  return { total, items };
}

/** Quote ordinals by speaker or channel ordinal, built once per index on first use. */
function quotesOf(index: CorpusIndex, column: 'speaker' | 'channel', value: number): number[] {
  const byValue = memoize(index, `quotesBy:${column}`, () => {
    const lists = new Map<number, number[]>();
    index.derived.quotes[column].forEach((v, q) => {
      const list = lists.get(v);
      if (list) list.push(q);
      else lists.set(v, [q]);
    });
    return lists;
  });
  return value < 0 ? [] : (byValue.get(value) ?? []);
}

/** One ascending list from several ascending lists of distinct ordinals. */
const mergeSorted = (lists: number[][]): number[] =>
  lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => a - b);

/** channel ordinal → whether it matches; ordinal -1 (no channel) never does. */
function channelMatcher(channels: readonly string[], key: string): Record<number, boolean> {
  const matches: Record<number, boolean> = {};
  channels.forEach((name, i) => {
    const folded = foldName(name);
    matches[i] =
      folded === key || folded.startsWith(`${key} `) || (key.length >= 3 && folded.startsWith(key));
  });
  return matches;
}

export interface ChannelCount {
  name: string;
  quotes: number;
}

/** Every channel quotes were said on, most used first. */
export function quoteChannelCounts(index: CorpusIndex): ChannelCount[] {
  const counts = new Array<number>(index.derived.channels.length).fill(0);
  for (const channel of index.derived.quotes.channel) if (channel >= 0) counts[channel]! += 1;
  return index.derived.channels
    .map((name, i) => ({ name, quotes: counts[i]! }))
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
