import { describe, expect, it } from 'vitest';
import { layoutNetwork, topByDegree, type NetEdge, type NetNode, type PlacedNode } from './network-layout.js';

const node = (i: number): NetNode => ({ key: `k${i}`, name: `Actor number ${i}`, type: 'person' });

// An invented network of 120 actors: a few hubs with many partners, and a long tail.
function network(): NetEdge[] {
  const edges: NetEdge[] = [];
  for (let i = 1; i < 120; i += 1) edges.push({ source: node(i % 6), target: node(i), code: i % 2 === 0 ? 'CONSULT' : 'ACCUSE', events: 1 + (i % 4), asserted: i % 5 !== 0 });
  return edges;
}

const labelBox = (n: PlacedNode): { x0: number; x1: number; y0: number; y1: number } | null => {
  if (n.label === null) return null;
  const width = n.name.length * 11 * 0.58;
  const x0 = n.label.anchor === 'start' ? n.label.x : n.label.anchor === 'end' ? n.label.x - width : n.label.x - width / 2;
  return { x0, x1: x0 + width, y0: n.label.y - 8, y1: n.label.y + 2 };
};

describe('the network layout', () => {
  it('keeps the top N actors by events, and only the edges among them', () => {
    const chosen = topByDegree(network(), 20);
    expect(chosen.nodes).toHaveLength(20);
    expect(chosen.nodes.slice(0, 6).map((n) => n.key).sort()).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
    const kept = new Set(chosen.nodes.map((n) => n.key));
    expect(chosen.edges.every((e) => kept.has(e.source.key) && kept.has(e.target.key))).toBe(true);
  });

  it('places nodes inside the frame without pinning them to its edges, and labels that do not overlap', () => {
    const chosen = topByDegree(network(), 60);
    const { nodes } = layoutNetwork(chosen.nodes, chosen.edges, 900, 600);
    expect(nodes.every((n) => n.x - n.r >= 0 && n.x + n.r <= 900 && n.y - n.r >= 0 && n.y + n.r <= 600)).toBe(true);
    // Pinned layouts pile nodes on the border: here few nodes touch a 10-pixel band along it.
    const onBorder = nodes.filter((n) => n.x < 10 + n.r || n.x > 890 - n.r || n.y < 10 + n.r || n.y > 590 - n.r);
    expect(onBorder.length).toBeLessThan(nodes.length / 10);
    const boxes = nodes.map(labelBox).filter((box) => box !== null);
    expect(boxes.length).toBeGreaterThan(nodes.length / 2);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5).toBe(false);
    }
  });

  it('draws the same picture on every load', () => {
    const chosen = topByDegree(network(), 30);
    const once = layoutNetwork(chosen.nodes, chosen.edges).nodes.map((n) => [n.x, n.y]);
    expect(layoutNetwork(chosen.nodes, chosen.edges).nodes.map((n) => [n.x, n.y])).toEqual(once);
  });
});
