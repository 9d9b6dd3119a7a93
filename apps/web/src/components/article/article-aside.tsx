import type { PersonRow, QuoteGroup, TimelineRow } from '../../data/view-models';
import { entityHref } from '../../lib/urls';

interface ArticleAsideProps {
  people: PersonRow[];
  quoteGroups: QuoteGroup[];
  timeline: TimelineRow[];
}

/** The side panel of the reader: who is in the story, who said what, and when things happened. */
export function ArticleAside({ people, quoteGroups, timeline }: ArticleAsideProps) {
  return (
    <aside className="article-aside" aria-label="About this story">
      <section aria-labelledby="aside-people">
        <h2 id="aside-people">People</h2>
        <ul className="plain-list">
          {people.map((person) => (
            <li key={person.id}>
              <a href={entityHref(person.id)}>{person.name}</a>
              {person.roles.length > 0 ? <span className="muted">, {person.roles.join('; ')}</span> : null}{' '}
              <a className="small" href={`#${person.firstMentionId}`}>
                first mention<span className="visually-hidden"> of {person.name}</span>
              </a>{' '}
              <span className="small muted">
                ({person.mentionCount} {person.mentionCount === 1 ? 'mention' : 'mentions'})
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="aside-quotes">
        <h2 id="aside-quotes">Quotes by speaker</h2>
        {quoteGroups.length === 0 ? <p className="muted">No quotations.</p> : null}
        {quoteGroups.map((group) => (
          <div key={group.key} className="quote-group">
            <h3>{group.entityId ? <a href={entityHref(group.entityId)}>{group.name}</a> : group.name}</h3>
            <ul className="plain-list">
              {group.quotes.map((quote) => (
                <li key={quote.id}>
                  <a href={`#${quote.id}`} className="quote-link">
                    “{quote.text}”
                  </a>
                  {quote.channel ? <span className="small muted"> on {quote.channel}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="aside-timeline">
        <h2 id="aside-timeline">Timeline</h2>
        <ol className="plain-list timeline-list">
          {timeline.map((row) => (
            <li key={row.key}>
              <span className="timeline-when">{row.when}</span>{' '}
              {row.anchor ? <a href={`#${row.anchor}`}>{row.what}</a> : row.what}
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}
