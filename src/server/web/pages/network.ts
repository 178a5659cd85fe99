/**
 * The network of interactions between actors: the top N actors by events (N chosen), the edges among
 * them chosen by date, PLOVER category, actor and flags — acts that happened by default, every flag a
 * click away and drawn dashed — laid out on the server (network-layout.ts) and listed as a table too.
 */
import type { InteractionEdge, Store } from '../../../store/store.js';
import type { Context } from '../../http.js';
import { Params } from '../../params.js';
import { field } from '../fragments.js';
import { ASSERTED } from '../flags.js';
import { actorHref, href, html } from '../html.js';
import { layout } from '../layout.js';
import { layoutNetwork, topByDegree, type NetEdge } from '../network-layout.js';
import { networkSvg } from '../network-svg.js';
import { cooperative } from '../record-view.js';

/** PLOVER 2.0's categories, cooperation first. */
export const PLOVER_CODES = ['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

/** Edges read at most: the top actors are chosen among them. */
export const MAX_EDGES = 2000;
/** Actors drawn by default, and at most. */
export const DEFAULT_TOP = 40;
export const MAX_TOP = 150;

const pairKey = (edge: InteractionEdge): string => `${edge.source.key}\u0000${edge.target.key}\u0000${edge.code}`;

/** Renders the network page for this request. */
export async function networkPage(c: Context, store: Store): Promise<string> {
  const p = new Params(c.url.searchParams, [], { lenient: true });
  const code = p.code('code');
  const actor = p.text('actor');
  const all = p.text('flags') === 'all';
  // Political actors only unless asked: a match or a market report is no event between them.
  const everyone = p.text('scope') === 'all';
  const top = p.integer('n', 2, MAX_TOP) ?? DEFAULT_TOP;
  const common = { ...p.common(MAX_EDGES), limit: MAX_EDGES, offset: 0 };
  const filter = { ...common, ...(code !== undefined && { code }), ...(actor !== undefined && { actor }), ...(!everyone && { political: true }) };
  // Every flag: all edges, each marked by whether any of its events was an act that happened.
  const [shown, happened] = await Promise.all([store.interactions(all ? filter : { ...filter, ...ASSERTED }), all ? store.interactions({ ...filter, ...ASSERTED }) : Promise.resolve(null)]);
  const asserted = happened === null ? null : new Set(happened.map(pairKey));
  const edges: NetEdge[] = shown.map((edge) => ({ source: edge.source, target: edge.target, code: edge.code, events: edge.events, asserted: asserted === null || asserted.has(pairKey(edge)) }));
  const chosen = topByDegree(edges, top);
  const drawn = layoutNetwork(chosen.nodes, chosen.edges);
  const query = { from: common.from, to: common.to, code, actor, n: top === DEFAULT_TOP ? undefined : top, scope: everyone ? 'all' : undefined, flags: all ? 'all' : undefined };
  const content = html`
<h1>Who did what to whom</h1>
<form class="filters" method="get" action="/network">
${field('From', 'from', common.from, 'date')}${field('To', 'to', common.to, 'date')}
<label>Category <select name="code"><option value="">any</option>${PLOVER_CODES.map((c) => html`<option value="${c}"${c === code ? html` selected` : ''}>${c}</option>`)}</select></label>
${field('Actor', 'actor', actor)}
<label>Actors shown <input type="number" name="n" min="2" max="${MAX_TOP}" value="${top}"></label>
<label>Actors <select name="scope"><option value="">political</option><option value="all"${everyone ? html` selected` : ''}>all</option></select></label>
<label>Acts <select name="flags"><option value="">that happened</option><option value="all"${all ? html` selected` : ''}>every flag</option></select></label>
<button type="submit">Show</button>
</form>
<p class="legend-line" id="network-legend"><span class="line coop"></span> cooperation (AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT) <span class="line conflict"></span> conflict ·
<span class="line solid"></span> an act that happened (asserted, not negated)${all ? html` <span class="line dashed"></span> only negated, requested, possible, planned, hypothetical or habitual acts` : ''} ·
${all ? html`<a id="flags-link" href="${href('/network', { ...query, flags: undefined })}">acts that happened only</a>` : html`<a id="flags-link" href="${href('/network', { ...query, flags: 'all' })}">also negated, requested, possible, planned, hypothetical acts</a>`} ·
${everyone ? html`all actors — <a id="scope-link" href="${href('/network', { ...query, scope: undefined })}">political actors only</a>` : html`political actors only — <a id="scope-link" href="${href('/network', { ...query, scope: 'all' })}">all actors</a>`} ·
the ${chosen.nodes.length} actors with the most events${edges.length === MAX_EDGES ? ` among the ${MAX_EDGES} most frequent edges` : ''}, ${chosen.edges.length} edges</p>
${networkSvg(drawn)}
${chosen.edges.length === 0 ? html`<p class="muted" id="no-edges">No interactions match.</p>` : ''}
<details><summary>As a table</summary>
<table class="interactions"><thead><tr><th>Source</th><th>Code</th><th>Target</th><th>Events</th><th>An act that happened</th></tr></thead><tbody>
${chosen.edges.map((e) => html`<tr class="${cooperative(e.code) ? 'coop' : 'conflict'}"><td><a href="${actorHref(e.source.key)}">${e.source.name}</a></td><td><code>${e.code}</code></td><td><a href="${actorHref(e.target.key)}">${e.target.name}</a></td><td>${e.events}</td><td>${e.asserted ? 'yes' : 'no'}</td></tr>`)}
</tbody></table></details>`;
  return layout('Network', 'network', content);
}
