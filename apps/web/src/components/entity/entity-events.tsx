import { type Entity, type EventInArticle, formatTimeValue } from '@dispatch/core';
import { articleHref, entityHref } from '../../lib/urls';

interface EntityEventsProps {
  /** Each event with the anchor of the sentence that states it. */
  events: readonly (EventInArticle & { anchor: string | null })[];
  entities: ReadonlyMap<string, Entity>;
}

export function EntityEvents({ events, entities }: EntityEventsProps) {
  return (
    <section aria-labelledby="events">
      <h2 id="events">
        Events <span className="count">({events.length})</span>
      </h2>
      {events.length === 0 ? <p className="muted">No events recorded.</p> : null}
      <ol className="plain-list event-list">
        {events.map(({ articleId, event, anchor }) => {
          const place = event.placeId ? entities.get(event.placeId) : undefined;
          return (
            <li key={`${articleId}-${event.id}`}>
              <span className="timeline-when">
                {event.time ? formatTimeValue(event.time.value, null) : 'Undated'}
              </span>{' '}
              <a href={articleHref(articleId, anchor ?? undefined)}>{event.label}</a>{' '}
              <span className="small muted">
                ({event.type}
                {place ? ', in ' : ''}
                {place ? <a href={entityHref(place.id)}>{place.name}</a> : null})
              </span>
              {event.participants.length > 0 ? (
                <span className="small">
                  {' '}
                  with{' '}
                  {event.participants.map((participant, i) => {
                    const who = entities.get(participant.entityId);
                    return (
                      <span key={participant.entityId}>
                        {i > 0 ? ', ' : ''}
                        {who ? <a href={entityHref(who.id)}>{who.name}</a> : participant.entityId}
                      </span>
                    );
                  })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
