/**
 * The network laid out on the server: the top N actors by degree, placed by d3-force (repulsion, links,
 * collision, a weak pull to the centre; nothing clamps a node to the frame — the drawing is scaled to
 * fit instead), then labels placed where they overlap no other label, largest nodes first. Seeded, so
 * one store draws the same picture on every load.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

/** An actor of the network. */
export interface NetNode {
  key: string;
  name: string;
  type: string;
}

/** An edge as the page draws it: two actors, a code, how many events, and whether any was an act that happened. */
export interface NetEdge {
  source: NetNode;
  target: NetNode;
  code: string;
  events: number;
  /** True when at least one of its events is asserted and not negated. */
  asserted: boolean;
}

/** A placed node, its radius, and its label's place (null: no room; the name is in its tooltip). */
export interface PlacedNode extends NetNode {
  x: number;
  y: number;
  r: number;
  degree: number;
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle' } | null;
}

/** The laid-out network. */
export interface Layout {
  nodes: PlacedNode[];
  edges: Array<NetEdge & { from: PlacedNode; to: PlacedNode }>;
  width: number;
  height: number;
}

interface SimNode extends SimulationNodeDatum, NetNode {
  degree: number;
}

/** The edges among the `top` actors with the most events, and those actors by degree (events summed). */
export function topByDegree(edges: readonly NetEdge[], top: number): { nodes: Array<NetNode & { degree: number }>; edges: NetEdge[] } {
  const degree = new Map<string, NetNode & { degree: number }>();
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      const node = degree.get(end.key) ?? { ...end, degree: 0 };
      node.degree += edge.events;
      degree.set(end.key, node);
    }
  }
  const nodes = [...degree.values()].sort((a, b) => b.degree - a.degree || a.key.localeCompare(b.key)).slice(0, top);
  const kept = new Set(nodes.map((node) => node.key));
  return { nodes, edges: edges.filter((edge) => kept.has(edge.source.key) && kept.has(edge.target.key)) };
}

// A small linear congruential generator: d3-force's jiggle, the same on every run.
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FONT = 11;
// A label's box, from an average glyph width: close enough to keep labels apart.
const labelWidth = (name: string): number => Math.min(name.length, 28) * FONT * 0.58;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// Labels, biggest node first: right, left, above or below it, the first place clear of labels and nodes.
function placeLabels(nodes: PlacedNode[], width: number, height: number): void {
  const taken: Box[] = nodes.map((node) => ({ x0: node.x - node.r, y0: node.y - node.r, x1: node.x + node.r, y1: node.y + node.r }));
  for (const node of [...nodes].sort((a, b) => b.degree - a.degree)) {
    const w = labelWidth(node.name);
    const gap = node.r + 3;
    const options: Array<{ box: Box; label: NonNullable<PlacedNode['label']> }> = [
      { box: { x0: node.x + gap, y0: node.y - FONT / 2, x1: node.x + gap + w, y1: node.y + FONT / 2 }, label: { x: node.x + gap, y: node.y + FONT / 3, anchor: 'start' } },
      { box: { x0: node.x - gap - w, y0: node.y - FONT / 2, x1: node.x - gap, y1: node.y + FONT / 2 }, label: { x: node.x - gap, y: node.y + FONT / 3, anchor: 'end' } },
      { box: { x0: node.x - w / 2, y0: node.y - gap - FONT, x1: node.x + w / 2, y1: node.y - gap }, label: { x: node.x, y: node.y - gap - 2, anchor: 'middle' } },
      { box: { x0: node.x - w / 2, y0: node.y + gap, x1: node.x + w / 2, y1: node.y + gap + FONT }, label: { x: node.x, y: node.y + gap + FONT - 2, anchor: 'middle' } },
    ];
    const own = (box: Box): boolean => node.x - node.r <= box.x1 && box.x0 <= node.x + node.r && node.y - node.r <= box.y1 && box.y0 <= node.y + node.r;
    const inside = (box: Box): boolean => box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height;
    const free = options.find(({ box }) => inside(box) && !taken.some((other) => !own(other) && overlaps(box, other)));
    node.label = free?.label ?? null;
    if (free !== undefined) taken.push(free.box);
  }
}

/** Lays out the network in a frame of `width` × `height`. */
export function layoutNetwork(nodes: ReadonlyArray<NetNode & { degree: number }>, edges: readonly NetEdge[], width = 900, height = 600): Layout {
  const sim: SimNode[] = nodes.map((node) => ({ ...node }));
  const byKey = new Map(sim.map((node) => [node.key, node]));
  const links: Array<SimulationLinkDatum<SimNode>> = edges.map((edge) => ({ source: edge.source.key, target: edge.target.key }));
  const maxDegree = Math.max(1, ...nodes.map((node) => node.degree));
  const radius = (degree: number): number => 4 + 10 * Math.sqrt(degree / maxDegree);
  forceSimulation(sim)
    .randomSource(seeded(42))
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((node) => node.key).distance(70))
    .force('charge', forceManyBody<SimNode>().strength(-220))
    .force('collide', forceCollide<SimNode>((node) => radius(node.degree) + 14))
    .force('center', forceCenter(0, 0))
    .stop()
    .tick(300);
  // Scaled into the frame, keeping room for labels at the edges: the layout's own shape is kept.
  const xs = sim.map((node) => node.x ?? 0);
  const ys = sim.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 40;
  const scale = Math.min((width - 2 * margin - 120) / Math.max(maxX - minX, 1), (height - 2 * margin) / Math.max(maxY - minY, 1), 1.5);
  const placed: PlacedNode[] = sim.map((node) => ({
    key: node.key,
    name: node.name,
    type: node.type,
    degree: node.degree,
    r: radius(node.degree),
    x: margin + 60 + ((node.x ?? 0) - minX) * scale + (width - 2 * margin - 120 - (maxX - minX) * scale) / 2,
    y: margin + ((node.y ?? 0) - minY) * scale + (height - 2 * margin - (maxY - minY) * scale) / 2,
    label: null,
  }));
  placeLabels(placed, width, height);
  const at = new Map(placed.map((node) => [node.key, node]));
  return {
    nodes: placed,
    edges: edges.flatMap((edge) => {
      const from = at.get(edge.source.key);
      const to = at.get(edge.target.key);
      return from === undefined || to === undefined || !byKey.has(edge.source.key) ? [] : [{ ...edge, from, to }];
    }),
    width,
    height,
  };
}
