import { type AnnotatedArticle, formatLongDate } from '@dispatch/core';

/** Headline, then where, when and from whom the story was filed. */
export function ArticleHeader({ article }: { article: AnnotatedArticle }) {
  const dateline = article.dateline ?? article.structure.dateline?.text ?? null;
  const credit = article.credit ?? article.structure.credit?.text ?? null;
  return (
    <header className="article-header">
      <h1>{article.headline}</h1>
      <p className="article-meta">
        {dateline ? <span className="dateline">{dateline}</span> : null}
        <span>
          Filed <time dateTime={article.filed}>{formatLongDate(article.filed)}</time>
        </span>
        {credit ? <span>Credit: {credit}</span> : null}
        {article.byline ? <span>By {article.byline}</span> : null}
      </p>
    </header>
  );
}
