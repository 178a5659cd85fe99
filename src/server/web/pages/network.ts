/**
 * The network of interactions between actors: the edges (pairs and codes, summed) chosen by date,
 * PLOVER category and actor; laid out in the browser by /static/network.js, listed as a table too.
 */
import type { Store } from '../../../store/store.js';
import type { Context } from '../../http.js';
import { Params } from '../../params.js';
import { field } from '../fragments.js';
import { actorHref, html, jsonData } from '../html.js';
import { layout } from '../layout.js';
import { cooperative } from '../record-view.js';

/** PLOVER 2.0's categories, cooperation first. */
export const PLOVER_CODES = ['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

/** Edges drawn at most: a readable picture, and a bounded query. */
export const MAX_EDGES = 150;

/** Renders the network page for this request. */
export async function networkPage(c: Context, store: Store): Promise<string> {
  const p = new Params(c.url.searchParams, ['from', 'to', 'code', 'actor', 'source'], { lenient: true });
  const code = p.code('code');
  const actor = p.text('actor');
  const common = p.common(MAX_EDGES);
  const edges = await store.interactions({ ...common, ...(code !== undefined && { code }), ...(actor !== undefined && { actor }) });
  const data = edges.map((edge) => ({
    source: { key: edge.source.key, name: edge.source.name, type: edge.source.type },
    target: { key: edge.target.key, name: edge.target.name, type: edge.target.type },
    code: edge.code,
    events: edge.events,
    negated: edge.negated,
    cooperation: cooperative(edge.code),
  }));
  const content = html`
<h1>Who did what to whom</h1>
<form class="filters" method="get" action="/network">
${field('From', 'from', common.from, 'date')}${field('To', 'to', common.to, 'date')}
<label>Category <select name="code"><option value="">any</option>${PLOVER_CODES.map((c) => html`<option value="${c}"${c === code ? html` selected` : ''}>${c}</option>`)}</select></label>
${field('Actor', 'actor', actor)}
<button type="submit">Show</button>
</form>
<p class="legend-line"><span class="line coop"></span> cooperation (AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT) <span class="line conflict"></span> conflict · dashed: some events negated · ${edges.length} edges${edges.length === MAX_EDGES ? ' (the most frequent)' : ''}</p>
<script type="application/json" id="network-data">${jsonData(data)}</script>
<svg id="network" class="network" viewBox="0 0 900 600" role="img" aria-label="Network of interactions between actors"></svg>
${edges.length === 0 ? html`<p class="muted" id="no-edges">No interactions match.</p>` : ''}
<details><summary>As a table</summary>
<table class="interactions"><thead><tr><th>Source</th><th>Code</th><th>Target</th><th>Events</th><th>Negated</th></tr></thead><tbody>
${edges.map((e) => html`<tr class="${cooperative(e.code) ? 'coop' : 'conflict'}"><td><a href="${actorHref(e.source.key)}">${e.source.name}</a></td><td><code>${e.code}</code></td><td><a href="${actorHref(e.target.key)}">${e.target.name}</a></td><td>${e.events}</td><td>${e.negated}</td></tr>`)}
</tbody></table></details>`;
  return layout('Network', 'network', content, ['/static/network.js']);
}
