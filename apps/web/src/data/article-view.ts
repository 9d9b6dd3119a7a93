import {
  type AnnotatedArticle,
  type CorpusIndex,
  formatTimeValue,
  groupQuotesBySpeaker,
  peopleOfArticle,
  queryTimeline,
  sentenceRef,
  speakerKey,
} from '@dispatch/core';
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
  const { items, vague } = queryTimeline(index, articleId ? { articleId } : {});
  return [...items, ...vague.items].map((item): TimelineRow => {
    const article = index.articleById.get(item.articleId)!;
    const sentence = sentenceRef(article, item.spans[0] ?? { start: 0, end: 0 });
    const kind = item.value === null ? 'vague' : item.type === 'event' ? 'event' : 'statement';
    return {
      key: `${item.articleId}-${item.event?.id ?? item.time?.id}`,
      value: item.value,
      when: item.value === null ? item.label : formatTimeValue(item.value, item.granularity),
      what: kind === 'event' ? item.label : sentence.text,
      kind,
      articleId: item.articleId,
      headline: item.headline,
      anchor: sentence.sentenceId,
    };
  });
}
