/**
 * Runs in the browser: lays out the network page's edges with a small force simulation (repulsion
 * between every pair of nodes, springs along edges, a pull to the centre) and draws them as SVG.
 * Text goes in through textContent only.
 */
export {};

interface End {
  key: string;
  name: string;
  type: string;
}
interface Edge {
  source: End;
  target: End;
  code: string;
  events: number;
  negated: number;
  cooperation: boolean;
}
interface Node extends End {
  x: number;
  y: number;
  vx: number;
  vy: number;
  weight: number;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 900;
const HEIGHT = 600;
// Room kept on the right of each node for its label.
const LABEL_ROOM = 160;

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [attribute, value] of Object.entries(attributes)) node.setAttribute(attribute, String(value));
  return node;
}

function layout(nodes: Node[], links: Array<[Node, Node, number]>): void {
  // Start on a circle so the result is the same on every load.
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    node.x = WIDTH / 2 + Math.cos(angle) * WIDTH * 0.3;
    node.y = HEIGHT / 2 + Math.sin(angle) * HEIGHT * 0.3;
  });
  const ideal = Math.min(140, Math.max(40, 900 / Math.sqrt(nodes.length + 1)));
  for (let step = 0; step < 300; step += 1) {
    const heat = 1 - step / 300;
    for (let i = 0; i < nodes.length; i += 1) {
      const a = nodes[i] as Node;
      for (let j = i + 1; j < nodes.length; j += 1) {
        const b = nodes[j] as Node;
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const force = (ideal * ideal) / d2;
        a.vx += dx * force * 0.05;
        a.vy += dy * force * 0.05;
        b.vx -= dx * force * 0.05;
        b.vy -= dy * force * 0.05;
      }
    }
    for (const [a, b] of links) {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const pull = ((d - ideal) / d) * 0.05;
      a.vx += dx * pull;
      a.vy += dy * pull;
      b.vx -= dx * pull;
      b.vy -= dy * pull;
    }
    for (const node of nodes) {
      // Enough pull to the centre that a small network does not fly to the walls.
      node.vx += (WIDTH / 2 - node.x) * 0.02;
      node.vy += (HEIGHT / 2 - node.y) * 0.02;
      const speed = Math.sqrt(node.vx * node.vx + node.vy * node.vy);
      const cap = 20 * heat + 1;
      if (speed > cap) {
        node.vx *= cap / speed;
        node.vy *= cap / speed;
      }
      // Room is left on the right for the labels, which are drawn after the node.
      node.x = Math.min(WIDTH - LABEL_ROOM, Math.max(20, node.x + node.vx));
      node.y = Math.min(HEIGHT - 20, Math.max(20, node.y + node.vy));
      node.vx *= 0.6;
      node.vy *= 0.6;
    }
  }
}

function draw(svg: SVGSVGElement, edges: Edge[]): void {
  const nodes = new Map<string, Node>();
  const node = (end: End, events: number): Node => {
    const found = nodes.get(end.key) ?? { ...end, x: 0, y: 0, vx: 0, vy: 0, weight: 0 };
    found.weight += events;
    nodes.set(end.key, found);
    return found;
  };
  const links = edges.map((edge): [Node, Node, number] => [node(edge.source, edge.events), node(edge.target, edge.events), edge.events]);
  layout([...nodes.values()], links);
  const edgeLayer = element('g', { class: 'edges' });
  // Edges between the same two actors (several codes, both directions) bend apart so each shows.
  const pairs = new Map<string, number>();
  const order = links.map(([a, b]) => {
    const pair = [a.key, b.key].sort().join('\u0000');
    const index = pairs.get(pair) ?? 0;
    pairs.set(pair, index + 1);
    return { pair, index };
  });
  edges.forEach((edge, i) => {
    const [a, b] = links[i] as [Node, Node, number];
    const { pair, index } = order[i] as { pair: string; index: number };
    const count = pairs.get(pair) ?? 1;
    // The bend is measured on the pair's own orientation, so opposite directions do not cancel out.
    const [p, q] = a.key < b.key ? [a, b] : [b, a];
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const length = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
    const bend = (index - (count - 1) / 2) * 28;
    const cx = (a.x + b.x) / 2 + (-dy / length) * bend;
    const cy = (a.y + b.y) / 2 + (dx / length) * bend;
    const path = element('path', {
      d: `M ${a.x.toFixed(1)} ${a.y.toFixed(1)} Q ${cx.toFixed(1)} ${cy.toFixed(1)} ${b.x.toFixed(1)} ${b.y.toFixed(1)}`,
      class: `edge ${edge.cooperation ? 'coop' : 'conflict'}${edge.negated > 0 ? ' negated' : ''}`,
      'stroke-width': (1.5 + Math.log2(edge.events)).toFixed(1),
      'marker-end': `url(#arrow-${edge.cooperation ? 'coop' : 'conflict'})`,
    });
    const title = element('title', {});
    title.textContent = `${edge.source.name} → ${edge.target.name}: ${edge.code} ×${edge.events}${edge.negated > 0 ? ` (${edge.negated} negated)` : ''}`;
    path.append(title);
    edgeLayer.append(path);
  });
  const nodeLayer = element('g', { class: 'nodes' });
  for (const n of nodes.values()) {
    const link = element('a', { href: `/actors/${encodeURIComponent(n.key)}`, class: `node ${n.type}` });
    link.append(element('circle', { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: (4 + Math.min(12, Math.sqrt(n.weight) * 2)).toFixed(1) }));
    const label = element('text', { x: (n.x + 8).toFixed(1), y: (n.y - 8).toFixed(1) });
    label.textContent = n.name;
    link.append(label);
    nodeLayer.append(link);
  }
  const defs = element('defs', {});
  for (const kind of ['coop', 'conflict']) {
    const marker = element('marker', { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse', class: `arrow ${kind}` });
    marker.append(element('path', { d: 'M 0 0 L 10 5 L 0 10 z' }));
    defs.append(marker);
  }
  svg.replaceChildren(defs, edgeLayer, nodeLayer);
  svg.dataset['nodes'] = String(nodes.size);
  svg.dataset['edges'] = String(edges.length);
}

const data = document.getElementById('network-data');
const svg = document.getElementById('network');
if (data !== null && svg instanceof SVGSVGElement) draw(svg, JSON.parse(data.textContent ?? '[]') as Edge[]);
