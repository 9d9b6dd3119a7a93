import { type CorpusIndex, type QueryResult, type Span, sentenceAt } from '@dispatch/core';
import { articleHref } from '../../lib/urls';

/** The link to where `span` of an article is: its sentence's anchor, or the article itself. */
export function spanHref(index: CorpusIndex, articleId: string, span: Span | undefined): string {
  const article = index.articleById.get(articleId);
  const sentence = article && span ? sentenceAt(article, span) : null;
  return articleHref(articleId, sentence?.id);
}

/** How many results a query found, as a sentence ("3 quotes", "1 article"). */
export function describeTotal(result: QueryResult): string {
  if (result.kind === 'article') return result.article ? '1 article' : 'no article';
  const noun: Record<Exclude<QueryResult['kind'], 'article'>, [string, string]> = {
    articles: ['article', 'articles'],
    entities: ['entity', 'entities'],
    mentions: ['mention', 'mentions'],
    quotes: ['quote', 'quotes'],
    search: ['match', 'matches'],
    timeline: ['dated entry', 'dated entries'],
    meetings: ['meeting', 'meetings'],
    cooccurrence: ['pair', 'pairs'],
  };
  const [one, many] = noun[result.kind];
  return `${result.total} ${result.total === 1 ? one : many}`;
}
