import type { QuoteGroup } from '../../data/view-models';
import { articleHref, entityHref } from '../../lib/urls';

export const groupAnchor = (key: string): string =>
  `speaker-${key.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

/** Every quote, grouped by speaker; each item carries its speaker and channel for the filter. */
export function QuoteGroups({ groups }: { groups: readonly QuoteGroup[] }) {
  return (
    <div className="quote-groups" id="quote-groups">
      {groups.map((group) => (
        <section key={group.key} id={groupAnchor(group.key)} data-speaker={group.key} className="quote-group">
          <h2>
            {group.entityId ? <a href={entityHref(group.entityId)}>{group.name}</a> : group.name}{' '}
            <span className="count">({group.quotes.length})</span>
          </h2>
          <ul className="plain-list quote-cards">
            {group.quotes.map((quote) => (
              <li
                key={`${quote.articleId}-${quote.id}`}
                data-speaker={quote.speakerKey}
                data-channel={quote.channel ?? ''}
              >
                <blockquote>
                  <p>“{quote.text}”</p>
                </blockquote>
                <p className="small">
                  {quote.channel ? `On ${quote.channel}, in ` : 'In '}
                  <a href={articleHref(quote.articleId, quote.id)}>{quote.headline}</a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
