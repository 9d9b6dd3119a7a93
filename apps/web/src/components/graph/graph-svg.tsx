import type { GraphLayout } from '../../lib/graph-layout';
import { entityHref } from '../../lib/urls';

/**
 * The graph as static SVG: solid lines for meetings, dashed for people only named together, thicker
 * for more. Each person is a link to their page. The table below carries the same facts as text.
 */
export function GraphSvg({ layout }: { layout: GraphLayout }) {
  return (
    <svg
      className="graph"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-labelledby="graph-title"
      aria-describedby="graph-desc"
    >
      <title id="graph-title">Who met whom</title>
      <desc id="graph-desc">
        People as points on a circle. A solid line joins two people who met; a dashed line joins two people
        named in the same sentence. The table after the graph lists every line.
      </desc>
      <g className="graph-edges">
        {layout.edges.map((edge) => (
          <line
            key={`${edge.source}-${edge.target}`}
            x1={edge.x1}
            y1={edge.y1}
            x2={edge.x2}
            y2={edge.y2}
            className={edge.meetings > 0 ? 'edge edge-meeting' : 'edge edge-together'}
            strokeWidth={Math.min(8, 1.5 + (edge.meetings > 0 ? edge.meetings * 1.5 : edge.sentences * 0.5))}
          />
        ))}
      </g>
      <g className="graph-nodes">
        {layout.nodes.map((node) => (
          <a key={node.id} href={entityHref(node.id)} className="graph-node">
            <title>{`${node.label}: ${node.degree} ${node.degree === 1 ? 'connection' : 'connections'}`}</title>
            <circle cx={node.x} cy={node.y} r={6 + Math.min(8, node.degree)} />
            <text x={node.labelX} y={node.labelY} textAnchor={node.anchor}>
              {node.label}
            </text>
          </a>
        ))}
      </g>
    </svg>
  );
}
