import { describeTime, type Entity, type Segment } from '@dispatch/core';
import { KIND_INFO } from '../../lib/entity-kind';
import { entityHref } from '../../lib/urls';

interface SegmentViewProps {
  segments: readonly Segment[];
  entities: ReadonlyMap<string, Entity>;
  /** Set inside a link, where a nested mention must not become a second link. */
  inLink?: boolean;
}

// HTML's <time datetime> accepts these shapes of ISO value; decades and centuries it does not.
const VALID_DATETIME = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/;

/**
 * Renders the verbatim text with its marks: every character of the text appears exactly once, as a
 * React text node (never as HTML). Mentions link to their entity; quotes and dates carry a note, shown
 * on hover and focus, saying who said it or what date it means.
 */
export function SegmentView({ segments, entities, inLink = false }: SegmentViewProps) {
  return segments.map((segment, i) => {
    // Segments never reorder, so their position is a stable key.
    const key = i;
    if (segment.kind === 'text') return segment.text;
    const children = <SegmentView segments={segment.children} entities={entities} inLink={inLink} />;
    if (segment.kind === 'mention') {
      const { mention } = segment;
      const entity = mention.entityId ? entities.get(mention.entityId) : undefined;
      const className = `mark mark-${KIND_INFO[mention.type].slug}`;
      if (!entity || inLink) {
        return (
          <span key={key} id={mention.id} className={`${className} mark-unlinked`}>
            {children}
          </span>
        );
      }
      const role = mention.role?.text ?? entity.roles[0];
      return (
        <a
          key={key}
          id={mention.id}
          className={className}
          href={entityHref(entity.id)}
          title={role ? `${entity.name}, ${role}` : entity.name}
        >
          <SegmentView segments={segment.children} entities={entities} inLink />
        </a>
      );
    }
    if (segment.kind === 'quote') {
      const { quote } = segment;
      const noteId = `${quote.id}-note`;
      const speaker = quote.speaker;
      const speakerEntity = speaker?.entityId ? entities.get(speaker.entityId) : undefined;
      return (
        <span
          key={key}
          id={quote.id}
          className="mark mark-quote"
          data-speaker={speaker?.entityId ?? undefined}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: focus reveals who said it for keyboard readers
          tabIndex={0}
          aria-describedby={noteId}
        >
          {children}
          <span role="tooltip" id={noteId} className="note">
            {speaker ? 'Said by ' : 'Speaker not given'}
            {speakerEntity && !inLink ? (
              <a href={entityHref(speakerEntity.id)}>{speakerEntity.name}</a>
            ) : (
              speaker?.name
            )}
            {quote.channel ? ` on ${quote.channel.name}` : ''}
          </span>
        </span>
      );
    }
    const { time } = segment;
    const noteId = `${time.id}-note`;
    return (
      <time
        key={key}
        id={time.id}
        className="mark mark-time"
        dateTime={time.value && VALID_DATETIME.test(time.value) ? time.value : undefined}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focus reveals the date it resolves to
        tabIndex={0}
        aria-describedby={noteId}
      >
        {children}
        <span role="tooltip" id={noteId} className="note">
          {describeTime(time.text, time.value, time.granularity)}
        </span>
      </time>
    );
  });
}
