import { describe, expect, it } from 'vitest';
import { circleLayout } from './graph-layout';

describe('circleLayout', () => {
  const nodes = [
    { id: 'a', label: 'Ann' },
    { id: 'b', label: 'Bob' },
    { id: 'c', label: 'Cy' },
    { id: 'd', label: 'Di' },
  ];
  const edges = [
    { source: 'b', target: 'a', meetings: 1, sentences: 2 },
    { source: 'b', target: 'c', meetings: 0, sentences: 1 },
  ];

  it('puts the most connected node at the top and goes clockwise', () => {
    const layout = circleLayout(nodes, edges, { width: 400, height: 400 });
    // radius = 400/2 - 90 = 110 around (200, 200)
    expect(layout.nodes.map((n) => [n.id, n.x, n.y, n.anchor])).toEqual([
      ['b', 200, 90, 'middle'],
      ['a', 310, 200, 'start'],
      ['c', 200, 310, 'middle'],
      ['d', 90, 200, 'end'],
    ]);
  });

  it('draws each edge between its two nodes and drops edges to unknown nodes', () => {
    const layout = circleLayout(nodes, [...edges, { source: 'a', target: 'zz', meetings: 1, sentences: 0 }], {
      width: 400,
      height: 400,
    });
    expect(layout.edges.map((e) => e.target)).toEqual(['a', 'c']);
    const at = (id: string) => layout.nodes.find((n) => n.id === id)!;
    expect(layout.edges[0]).toMatchObject({ x1: at('b').x, y1: at('b').y, x2: at('a').x, y2: at('a').y });
  });
});
