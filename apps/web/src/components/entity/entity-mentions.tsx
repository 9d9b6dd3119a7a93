import type { MentionInContext } from '@dispatch/core';
import { articleHref } from '../../lib/urls';
import { InContextText } from '../common/in-context';

/** Every mention of the entity in its sentence, grouped by story, each linked to its place. */
export function EntityMentions({ mentions }: { mentions: readonly MentionInContext[] }) {
  const byArticle = new Map<string, MentionInContext[]>();
  for (const mention of mentions) {
    byArticle.set(mention.articleId, [...(byArticle.get(mention.articleId) ?? []), mention]);
  }
  return (
    <section aria-labelledby="mentions">
      <h2 id="mentions">
        Mentions <span className="count">({mentions.length})</span>
      </h2>
      {mentions.length === 0 ? <p className="muted">Not mentioned by name in any story.</p> : null}
      {[...byArticle].map(([articleId, list]) => (
        <div key={articleId}>
          <h3>
            <a href={articleHref(articleId)}>{list[0]!.headline}</a>
          </h3>
          <ol className="plain-list context-list">
            {list.map((entry) => (
              <li key={entry.mention.id}>
                <a href={articleHref(articleId, entry.mention.id)} className="context-link">
                  <InContextText context={entry.context} />
                </a>
                {entry.mention.form !== 'name' ? (
                  <span className="small muted"> ({entry.mention.form})</span>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
