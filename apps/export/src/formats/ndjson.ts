import type { AnnotatedArticle } from '@dispatch/core';
import type { FormatSpec, TextSink } from './format.js';

/** The NDJSON files, one per record type, in the order they are listed in the manifest. */
export const RECORD_TYPES = ['articles', 'entities', 'mentions', 'quotes', 'times', 'events'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Per-article record types: everything but entities, which belong to the corpus. */
type ArticleRecordType = Exclude<RecordType, 'entities'>;

/**
 * An article's NDJSON rows. Every row stands alone for a warehouse load: annotations carry the
 * `articleId` they belong to ((articleId, id) is the key), articles carry their text and structure
 * but not their annotations (those are rows of their own).
 */
export function recordsOfArticle(article: AnnotatedArticle): Record<ArticleRecordType, object[]> {
  const { mentions, quotes, times, events, ...articleRow } = article;
  const articleId = article.id;
  return {
    articles: [articleRow],
    mentions: mentions.map((mention) => ({ articleId, ...mention })),
    quotes: quotes.map((quote) => ({ articleId, ...quote })),
    times: times.map((time) => ({ articleId, ...time })),
    events: events.map((event) => ({ articleId, ...event })),
  };
}

export const ndjsonPath = (type: RecordType): string => `ndjson/${type}.ndjson`;

/** ndjson: one file per record type, one JSON object per line, streamed (memory stays flat). */
export const ndjsonFormat: FormatSpec = {
  name: 'ndjson',
  summary:
    'one file per record type (articles, entities, mentions, quotes, times, events), one object a line',
  open(target, context) {
    const sinks = Object.fromEntries(
      RECORD_TYPES.map((type) => [type, target.openStream(ndjsonPath(type))]),
    ) as Record<RecordType, TextSink>;
    let lines = '';
    for (const entity of context.entities) lines += `${JSON.stringify(entity)}\n`;
    sinks.entities.write(lines);
    return {
      article(article) {
        const records = recordsOfArticle(article);
        for (const type of RECORD_TYPES) {
          if (type === 'entities') continue;
          const rows = records[type];
          if (rows.length === 0) continue;
          // One write per file per article: far fewer calls than one per row.
          let chunk = '';
          for (const row of rows) chunk += `${JSON.stringify(row)}\n`;
          sinks[type].write(chunk);
        }
      },
      end() {
        for (const type of RECORD_TYPES) sinks[type].close();
      },
    };
  },
};
