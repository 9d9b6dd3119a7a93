import type { QuoteWithArticle } from '@dispatch/core';
import { articleHref } from '../../lib/urls';

export function EntityQuotes({ quotes }: { quotes: readonly QuoteWithArticle[] }) {
  return (
    <section aria-labelledby="quotes">
      <h2 id="quotes">
        Quotes <span className="count">({quotes.length})</span>
      </h2>
      {quotes.length === 0 ? <p className="muted">No quotations attributed.</p> : null}
      <ul className="plain-list quote-cards">
        {quotes.map(({ articleId, headline, quote }) => (
          <li key={`${articleId}-${quote.id}`}>
            <blockquote>
              <p>“{quote.text}”</p>
            </blockquote>
            <p className="small">
              {quote.verb ? `${quote.verb.text} ` : ''}
              {quote.channel ? `on ${quote.channel.name} ` : ''}
              in <a href={articleHref(articleId, quote.id)}>{headline}</a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
