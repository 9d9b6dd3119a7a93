import type { TimelineRow } from '../../data/view-models';
import { articleHref } from '../../lib/urls';

/** Dated rows grouped under their date, in date order; each links to the sentence that states it. */
export function TimelineByDate({ rows }: { rows: readonly TimelineRow[] }) {
  const byDate = new Map<string, TimelineRow[]>();
  for (const row of rows) byDate.set(row.when, [...(byDate.get(row.when) ?? []), row]);
  return (
    <ol className="plain-list timeline">
      {[...byDate].map(([when, list]) => (
        <li key={when} className="timeline-day">
          <h3>
            <time dateTime={/^\d{4}(-\d{2}){0,2}$/.test(list[0]!.value ?? '') ? list[0]!.value! : undefined}>
              {when}
            </time>
          </h3>
          <ul className="plain-list">
            {list.map((row) => (
              <TimelineItem key={row.key} row={row} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

export function TimelineItem({ row }: { row: TimelineRow }) {
  return (
    <li className={`timeline-item timeline-${row.kind}`}>
      <span className="timeline-kind">
        {row.kind === 'event' ? 'Event' : row.kind === 'vague' ? row.when : 'Said'}
      </span>{' '}
      <a href={articleHref(row.articleId, row.anchor ?? undefined)}>{row.what}</a>{' '}
      <span className="small muted">({row.headline})</span>
    </li>
  );
}
