import type { CorpusIndex } from '@dispatch/core';
import { quoteRow, toQuoteGroups } from './article-view';
import type { QuoteGroup } from './view-models';

/** Every quote of the corpus, grouped by speaker, with the channels used and how often. */
export function allQuoteGroups(index: CorpusIndex): {
  groups: QuoteGroup[];
  channels: { name: string; count: number }[];
} {
  const articles = [...index.corpus.articles].sort(
    (a, b) => b.filed.localeCompare(a.filed) || a.id.localeCompare(b.id),
  );
  const rows = articles.flatMap((article) =>
    article.quotes.map((quote) => ({ quote, row: quoteRow(index, article, quote) })),
  );
  const channels = new Map<string, number>();
  for (const { row } of rows)
    if (row.channel) channels.set(row.channel, (channels.get(row.channel) ?? 0) + 1);
  return {
    groups: toQuoteGroups(rows),
    channels: [...channels]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
