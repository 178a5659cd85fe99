/** A person's or organisation's page: counts, roles, quotes over time, latest quotes, interactions. */
import type { Store } from '../../../store/store.js';
import { HttpError, type Context } from '../../http.js';
import { Params } from '../../params.js';
import { articleLine, quoteItem } from '../fragments.js';
import { actorHref, href, html } from '../html.js';
import { layout } from '../layout.js';
import { ASSERTED, flagClass, flagLabel } from '../flags.js';
import { cooperative } from '../record-view.js';
import { timelineSvg } from '../timeline.js';

/** Renders the actor page for this request. */
export async function actorPage(c: Context, store: Store): Promise<string> {
  const p = new Params(c.url.searchParams, ['flags'], { lenient: true });
  const all = p.text('flags') === 'all';
  const key = c.params['key'] ?? '';
  // Acts that happened, as the articles tell them, unless every flag is asked for.
  const flags = all ? {} : ASSERTED;
  const found = await store.actorPage(key, { quotes: { limit: 30 }, interactions: { limit: 40, ...flags }, events: { limit: 20, ...flags } });
  if (found === null) throw new HttpError(404, `no actor with the key "${key}"`);
  const { detail, quotes, interactions: edges, events } = found;
  const { actor } = detail;
  const other = (source: { key: string; name: string }, target: { key: string; name: string }): { key: string; name: string; direction: string } =>
    source.key === key ? { ...target, direction: '→' } : { ...source, direction: '←' };
  const content = html`
<h1>${actor.name}</h1>
<p class="muted">${actor.type}${actor.kbId ? ` · ${actor.kbId}` : ''}${actor.country ? ` · ${actor.country}` : ''} · ${detail.articles} articles · ${detail.mentions} mentions · ${detail.quotes} quotes</p>
<h2>Roles</h2>
${detail.roles.length === 0 ? html`<p class="muted">No role recorded.</p>` : html`<ul class="roles">${detail.roles.map((r) => html`<li>${r.role} <span class="muted">(${r.articles} articles${r.first ? `, ${r.first}` : ''}${r.last && r.last !== r.first ? ` to ${r.last}` : ''})</span>${r.first === null ? html` <strong class="assumed">assumed from today: its articles have no date</strong>` : ''}</li>`)}</ul>`}
<h2>Quotes over time</h2>
${timelineSvg(detail.timeline, key)}
<h2>Interactions</h2>
<p><a id="network-link" href="${href('/network', { actor: key })}">See ${actor.name}'s network</a> ·
${all ? html`showing every event — <a id="flags-link" href="${actorHref(key)}">acts that happened only</a>` : html`acts asserted and not negated — <a id="flags-link" href="${href(actorHref(key), { flags: 'all' })}">also negated, requested, possible, planned, hypothetical ones</a>`}</p>
${edges.length === 0 ? html`<p class="muted">No interactions recorded.</p>` : html`<table class="interactions"><thead><tr><th></th><th>With</th><th>Code</th><th>Events</th><th>Negated</th><th>Days</th></tr></thead><tbody>${edges.map((edge) => {
  const o = other(edge.source, edge.target);
  return html`<tr class="${cooperative(edge.code) ? 'coop' : 'conflict'}"><td>${o.direction}</td><td><a href="${actorHref(o.key)}">${o.name}</a></td><td><code>${edge.code}</code></td><td>${edge.events}</td><td>${edge.negated}</td><td>${edge.firstDay ?? ''}${edge.lastDay && edge.lastDay !== edge.firstDay ? ` – ${edge.lastDay}` : ''}</td></tr>`;
})}</tbody></table>`}
${events.length === 0 ? '' : html`<h3>Latest events</h3><ul class="events">${events.map((hit) => html`<li class="${flagClass(hit.event)}"><code>${hit.event.code}</code> ${flagLabel(hit.event)}${hit.event.source.name} → ${hit.event.target.name}: “${hit.event.trigger.text}” — ${articleLine(hit.article)}</li>`)}</ul>`}
<h2>Latest quotes</h2>
${quotes.length === 0 ? html`<p class="muted">No quotes.</p>` : html`<ol class="quotes">${quotes.map(quoteItem)}</ol>`}
${quotes.length === 30 ? html`<p><a href="${href('/', { speaker: key })}">All quotes</a></p>` : ''}`;
  return layout(actor.name, 'none', content);
}
