export interface GraphNodeInput {
  id: string;
  label: string;
}

export interface GraphEdgeInput {
  source: string;
  target: string;
  /** Meetings between the two (drawn solid). */
  meetings: number;
  /** Sentences naming both (drawn dashed when they never met). */
  sentences: number;
}

export interface PlacedNode extends GraphNodeInput {
  x: number;
  y: number;
  degree: number;
  /** Which side of the node its label goes, so labels point away from the circle. */
  anchor: 'start' | 'middle' | 'end';
  labelX: number;
  labelY: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: (GraphEdgeInput & { x1: number; y1: number; x2: number; y2: number })[];
}

/**
 * Places nodes on a circle, most connected first from the top, clockwise: deterministic, so the static
 * SVG is the same on every build, and readable for the few dozen people a corpus has.
 */
export function circleLayout(
  nodes: readonly GraphNodeInput[],
  edges: readonly GraphEdgeInput[],
  size = { width: 720, height: 560 },
): GraphLayout {
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const ordered = [...nodes].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.label.localeCompare(b.label),
  );
  const cx = size.width / 2;
  const cy = size.height / 2;
  const radius = Math.min(size.width, size.height) / 2 - 90;
  const round = (n: number) => Math.round(n * 10) / 10;
  const placed: PlacedNode[] = ordered.map((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, ordered.length);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    return {
      ...node,
      degree: degree.get(node.id) ?? 0,
      x: round(cx + radius * cos),
      y: round(cy + radius * sin),
      anchor: Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end',
      labelX: round(cx + (radius + 14) * cos),
      labelY: round(cy + (radius + 14) * sin + (sin > 0.3 ? 12 : sin < -0.3 ? -6 : 4)),
    };
  });
  const byId = new Map(placed.map((node) => [node.id, node]));
  return {
    ...size,
    nodes: placed,
    edges: edges.flatMap((edge) => {
      const a = byId.get(edge.source);
      const b = byId.get(edge.target);
      return a && b ? [{ ...edge, x1: a.x, y1: a.y, x2: b.x, y2: b.y }] : [];
    }),
  };
}
