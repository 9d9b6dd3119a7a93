import { type ArticleSummary, formatLongDate } from '@dispatch/core';
import { articleHref, entityHref } from '../../lib/urls';

/** The home page list: each story's headline, filing date, dateline and people. */
export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <ol className="plain-list article-list">
      {articles.map((article) => (
        <li key={article.id} className="article-card">
          <h2>
            <a href={articleHref(article.id)}>{article.headline}</a>
          </h2>
          <p className="article-meta muted">
            {article.dateline ? <span className="dateline">{article.dateline}</span> : null}{' '}
            <time dateTime={article.filed}>{formatLongDate(article.filed)}</time>
          </p>
          {article.people.length > 0 ? (
            <p className="people-line">
              <span className="muted">People: </span>
              {article.people.map((person, i) => (
                <span key={person.id}>
                  {i > 0 ? ', ' : ''}
                  <a href={entityHref(person.id)}>{person.name}</a>
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
