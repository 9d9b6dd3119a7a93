import {
  type AnnotatedArticle,
  type CorpusIndex,
  groupQuotesBySpeaker,
  peopleOfArticle,
  speakerKey,
  timelineEntries,
} from '@dispatch/core';
import { formatTimeValue } from '../lib/format-date';
import type { PersonRow, QuoteGroup, QuoteRow, TimelineRow } from './view-models';

export function articlePeople(index: CorpusIndex, article: AnnotatedArticle): PersonRow[] {
  return peopleOfArticle(index, article).map((person) => ({
    id: person.entity.id,
    name: person.entity.name,
    roles: person.roles,
    mentionCount: person.mentionCount,
    firstMentionId: person.firstMentionId,
  }));
}

export function quoteRow(
  index: CorpusIndex,
  article: AnnotatedArticle,
  quote: AnnotatedArticle['quotes'][number],
): QuoteRow {
  const speakerId = quote.speaker?.entityId ?? null;
  return {
    id: quote.id,
    articleId: article.id,
    headline: article.headline,
    text: quote.text,
    speakerKey: speakerKey(quote),
    speakerName:
      (speakerId && index.entityById.get(speakerId)?.name) || quote.speaker?.name || 'Unattributed',
    speakerId,
    channel: quote.channel?.name ?? null,
  };
}

export function toQuoteGroups(
  rows: { quote: AnnotatedArticle['quotes'][number]; row: QuoteRow }[],
): QuoteGroup[] {
  return groupQuotesBySpeaker(rows).map((group) => ({
    key: group.key,
    name: group.quotes[0]?.row.speakerName ?? group.name,
    entityId: group.entityId,
    quotes: group.quotes.map((entry) => entry.row),
  }));
}

export function articleQuoteGroups(index: CorpusIndex, article: AnnotatedArticle): QuoteGroup[] {
  return toQuoteGroups(article.quotes.map((quote) => ({ quote, row: quoteRow(index, article, quote) })));
}

/** Dated entries first (in date order), then vague ones, as rows the timeline lists render. */
export function timelineRows(index: CorpusIndex, articleId?: string): TimelineRow[] {
  const { dated, vague } = timelineEntries(index, articleId ? { articleId } : {});
  const rows: TimelineRow[] = dated.map((entry) => ({
    key:
      entry.kind === 'event'
        ? `${entry.sentence.articleId}-${entry.event.id}`
        : `${entry.sentence.articleId}-${entry.time.id}`,
    value: entry.value,
    when: formatTimeValue(entry.value, entry.granularity),
    what: entry.kind === 'event' ? entry.event.label : entry.sentence.text,
    kind: entry.kind,
    articleId: entry.sentence.articleId,
    headline: entry.sentence.headline,
    anchor: entry.sentence.sentenceId,
  }));
  for (const entry of vague) {
    rows.push({
      key: `${entry.sentence.articleId}-${entry.time.id}`,
      value: null,
      when: entry.time.text,
      what: entry.sentence.text,
      kind: 'vague',
      articleId: entry.sentence.articleId,
      headline: entry.sentence.headline,
      anchor: entry.sentence.sentenceId,
    });
  }
  return rows;
}
