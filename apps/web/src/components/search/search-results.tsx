import { type CorpusIndex, formatTimeValue, type QueryResult, type Snippet } from '@dispatch/core';
import type { ReactNode } from 'react';
import { articleHref, entityHref } from '../../lib/urls';
import { InContextText } from '../common/in-context';
import { describeTotal, spanHref } from './result-links';

/** A snippet with its matched words marked, as text. */
function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const { start, end } of snippet.highlights) {
    if (start < cursor) continue;
    parts.push(snippet.text.slice(cursor, start), <mark key={start}>{snippet.text.slice(start, end)}</mark>);
    cursor = end;
  }
  parts.push(snippet.text.slice(cursor));
  return <>{parts}</>;
}

/** Renders any query result as a list of links back to the words (or pages) it came from. */
export function SearchResults({ index, result }: { index: CorpusIndex; result: QueryResult }) {
  const items = ((): ReactNode[] => {
    switch (result.kind) {
      case 'articles':
        return result.items.map((item) => (
          <li key={item.id}>
            <a href={articleHref(item.id)}>{item.headline}</a>{' '}
            <span className="small muted">{item.filed}</span>
          </li>
        ));
      case 'article':
        return result.article
          ? [
              <li key={result.article.id}>
                <a href={articleHref(result.article.id)}>{result.article.headline}</a>
              </li>,
            ]
          : [];
      case 'entities':
        return result.items.map(({ entity, mentions }) => (
          <li key={entity.id}>
            <a href={entityHref(entity.id)}>{entity.name}</a>{' '}
            <span className="small muted">
              {entity.kind.toLowerCase()}, {mentions} mentions
            </span>
          </li>
        ));
      case 'mentions':
        return result.items.map((item) => (
          <li key={`${item.articleId}-${item.mention.id}`}>
            <a href={articleHref(item.articleId, item.mention.id)}>
              <InContextText context={item.context} />
            </a>
          </li>
        ));
      case 'quotes':
        return result.items.map((item) => (
          <li key={`${item.articleId}-${item.quote.id}`}>
            <a href={articleHref(item.articleId, item.quote.id)}>“{item.quote.text}”</a>{' '}
            <span className="small muted">
              {item.quote.speaker?.name ?? 'unattributed'}
              {item.quote.channel ? `, on ${item.quote.channel.name}` : ''}
            </span>
          </li>
        ));
      case 'search':
        return result.items.map((hit) => {
          const article = hit.articleId ? index.articleById.get(hit.articleId) : undefined;
          const quote = article && hit.quoteIndex !== null ? article.quotes[hit.quoteIndex] : undefined;
          const href = hit.entityId
            ? entityHref(hit.entityId)
            : quote
              ? articleHref(hit.articleId!, quote.id)
              : spanHref(index, hit.articleId!, hit.spans[0]);
          return (
            <li key={`${hit.type}-${hit.articleId}-${hit.entityId}-${hit.quoteIndex}`}>
              <a href={href}>{hit.title || hit.type}</a> <span className="small muted">({hit.type})</span>
              <br />
              <span className="snippet">
                <SnippetText snippet={hit.snippet} />
              </span>
            </li>
          );
        });
      case 'timeline':
        return [...result.items, ...result.vague.items].map((item) => (
          <li key={`${item.articleId}-${item.type}-${item.spans[0]?.start}-${item.label}`}>
            <span className="timeline-when">
              {item.value ? formatTimeValue(item.value, item.granularity) : 'no fixed date'}
            </span>{' '}
            <a
              href={
                item.time
                  ? articleHref(item.articleId, item.time.id)
                  : spanHref(index, item.articleId, item.spans[0])
              }
            >
              {item.label}
            </a>
          </li>
        ));
      case 'meetings':
        return result.items.map((item) => (
          <li key={`${item.articleId}-${item.event.id}`}>
            <span className="timeline-when">{item.date}</span>{' '}
            <a href={spanHref(index, item.articleId, item.spans[0])}>{item.event.label}</a>{' '}
            <span className="small muted">{item.people.map((p) => p.name).join(', ')}</span>
          </li>
        ));
      case 'cooccurrence':
        return result.items.map((pair) => (
          <li key={`${pair.a.id}-${pair.b.id}`}>
            <a href={entityHref(pair.a.id)}>{pair.a.name}</a> and{' '}
            <a href={entityHref(pair.b.id)}>{pair.b.name}</a>{' '}
            <span className="small muted">
              {pair.sentences} sentences, {pair.events} events
            </span>
            {pair.evidence[0] ? (
              <>
                <br />
                <a
                  className="snippet"
                  href={spanHref(index, pair.evidence[0].articleId, pair.evidence[0].span)}
                >
                  {pair.evidence[0].text}
                </a>
              </>
            ) : null}
          </li>
        ));
    }
  })();
  return (
    <section aria-labelledby="results-title" className="search-results">
      <h2 id="results-title">{describeTotal(result)}</h2>
      {result.notes.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
      <ol className="plain-list result-list">{items}</ol>
    </section>
  );
}
