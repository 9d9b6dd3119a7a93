import type { Metadata } from 'next';
import { TimelineByDate, TimelineItem } from '../../src/components/timeline/timeline-table';
import { timelineRows } from '../../src/data/article-view';
import { corpusIndex } from '../../src/data/corpus';

export const metadata: Metadata = {
  title: 'Timeline',
  description:
    'Events and dated statements from Dispatch stories in date order, each linked to its sentence.',
};

export default async function TimelinePage() {
  const rows = timelineRows(await corpusIndex());
  const dated = rows.filter((row) => row.kind !== 'vague');
  const vague = rows.filter((row) => row.kind === 'vague');
  return (
    <>
      <h1>Timeline</h1>
      <p className="muted">
        Events and dated statements, earliest first. Each links to the sentence that says so.
      </p>
      <section aria-labelledby="dated">
        <h2 id="dated">By date</h2>
        <TimelineByDate rows={dated} />
      </section>
      <section aria-labelledby="vague">
        <h2 id="vague">No fixed date</h2>
        <p className="muted">Times the stories give only vaguely (“recently”, “in the past”).</p>
        <ul className="plain-list">
          {vague.map((row) => (
            <TimelineItem key={row.key} row={row} />
          ))}
        </ul>
      </section>
    </>
  );
}
