import type { Metadata } from 'next';
import { GraphSvg } from '../../src/components/graph/graph-svg';
import { GraphTable } from '../../src/components/graph/graph-table';
import { corpusIndex } from '../../src/data/corpus';
import { whoMetWhom } from '../../src/data/graph-view';
import { circleLayout } from '../../src/lib/graph-layout';

export const metadata: Metadata = {
  title: 'Who met whom',
  description: 'Meetings and co-occurrences of the people in Dispatch stories, as a graph and a table.',
};

export default async function GraphPage() {
  const { nodes, pairs } = whoMetWhom(await corpusIndex());
  return (
    <>
      <h1>Who met whom</h1>
      <p className="muted">
        Solid lines: the stories say the two met or held talks. Dashed lines: named in the same sentence.
      </p>
      <figure className="graph-figure">
        <GraphSvg layout={circleLayout(nodes, pairs)} />
        <figcaption className="graph-legend">
          <span className="legend-line legend-meeting" aria-hidden="true" /> met{' '}
          <span className="legend-line legend-together" aria-hidden="true" /> named together
        </figcaption>
      </figure>
      <h2>As a table</h2>
      <GraphTable pairs={pairs} />
    </>
  );
}
