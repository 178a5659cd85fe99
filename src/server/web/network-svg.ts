/** The laid-out network as static SVG: edges coloured by cooperation or conflict, dashed unless an act happened; nodes that link to their actors. */
import { actorHref, html, type Html } from './html.js';
import type { Layout } from './network-layout.js';
import { cooperative } from './record-view.js';

// Where an edge ends: short of the target's circle, so its arrowhead shows; bent when a pair has several edges.
function edgePath(from: { x: number; y: number }, to: { x: number; y: number; r: number }, bend: number): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.max(Math.hypot(dx, dy), 1);
  const end = { x: to.x - (dx / length) * (to.r + 2), y: to.y - (dy / length) * (to.r + 2) };
  const mid = { x: (from.x + end.x) / 2 - (dy / length) * bend, y: (from.y + end.y) / 2 + (dx / length) * bend };
  const f = (n: number): string => n.toFixed(1);
  return `M${f(from.x)},${f(from.y)} Q${f(mid.x)},${f(mid.y)} ${f(end.x)},${f(end.y)}`;
}

/** The SVG of a laid-out network. */
export function networkSvg(layout: Layout): Html {
  const seen = new Map<string, number>();
  const edges = layout.edges.map((edge) => {
    const pair = [edge.from.key, edge.to.key].sort().join('\u0000');
    const index = seen.get(pair) ?? 0;
    seen.set(pair, index + 1);
    const bend = index === 0 ? 0 : (index % 2 === 1 ? 1 : -1) * 14 * Math.ceil(index / 2);
    const kind = cooperative(edge.code) ? 'coop' : 'conflict';
    const width = Math.min(1 + Math.log2(edge.events), 6).toFixed(1);
    const title = `${edge.source.name} ${edge.code} ${edge.target.name}: ${edge.events} event${edge.events === 1 ? '' : 's'}${edge.asserted ? '' : ' (none asserted and not negated)'}`;
    return html`<path class="edge ${kind}${edge.asserted ? '' : ' other'}" d="${edgePath(edge.from, edge.to, bend)}" stroke-width="${width}" marker-end="url(#arrow-${kind})"><title>${title}</title></path>`;
  });
  const nodes = layout.nodes.map(
    (node) => html`<a class="node ${node.type}" href="${actorHref(node.key)}"><title>${node.name}: ${node.degree} events</title><circle cx="${node.x.toFixed(1)}" cy="${node.y.toFixed(1)}" r="${node.r.toFixed(1)}"></circle>${
      node.label === null
        ? html`<text class="label-hidden" x="${node.x.toFixed(1)}" y="${(node.y - node.r - 4).toFixed(1)}" text-anchor="middle">${node.name}</text>`
        : html`<text x="${node.label.x.toFixed(1)}" y="${node.label.y.toFixed(1)}" text-anchor="${node.label.anchor}">${node.name}</text>`
    }</a>`,
  );
  const arrows = ['coop', 'conflict'].map((kind) => html`<marker id="arrow-${kind}" class="arrow ${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker>`);
  return html`<svg id="network" class="network" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="Network of interactions between ${layout.nodes.length} actors" data-nodes="${layout.nodes.length}" data-edges="${layout.edges.length}"><defs>${arrows}</defs><g class="edges">${edges}</g><g class="nodes">${nodes}</g></svg>`;
}
