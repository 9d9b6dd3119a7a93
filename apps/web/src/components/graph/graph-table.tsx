import type { GraphPair } from '../../data/graph-view';
import { articleHref, entityHref } from '../../lib/urls';
import { SentenceEvidence } from '../common/sentence-evidence';

/** The graph's facts as a table: every pair, how often they met and were named together, with links. */
export function GraphTable({ pairs }: { pairs: readonly GraphPair[] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>Every pair of people in the graph, with the evidence</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Person</th>
            <th scope="col">Meetings</th>
            <th scope="col">Named together</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={`${pair.source}-${pair.target}`}>
              <td>
                <a href={entityHref(pair.source)}>{pair.sourceName}</a>
              </td>
              <td>
                <a href={entityHref(pair.target)}>{pair.targetName}</a>
              </td>
              <td>
                {pair.meetingEvents.length === 0
                  ? 'none'
                  : pair.meetingEvents.map(({ articleId, eventId, label, anchor }, i) => (
                      <span key={`${articleId}-${eventId}`}>
                        {i > 0 ? '; ' : ''}
                        <a href={articleHref(articleId, anchor ?? undefined)}>{label}</a>
                      </span>
                    ))}
              </td>
              <td>
                {pair.sentences === 0 ? (
                  'never'
                ) : (
                  <SentenceEvidence count={pair.sentences} sentences={pair.evidence} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
