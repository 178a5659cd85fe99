/** The home page: search across quotes (words, speaker, dates, kind), with the store's counts. */
import type { QuoteKind } from '../../../doc/record.js';
import type { Store, StoreCounts } from '../../../store/store.js';
import type { Context } from '../../http.js';
import { Params } from '../../params.js';
import { field, pager, quoteItem } from '../fragments.js';
import { count, html } from '../html.js';
import { layout } from '../layout.js';

/** Renders the search page for this request. */
export async function searchPage(c: Context, store: Store, counted: () => Promise<StoreCounts>): Promise<string> {
  const p = new Params(c.url.searchParams, ['q', 'speaker', 'from', 'to', 'kind', 'source', 'offset', 'limit'], { lenient: true });
  const q = p.text('q');
  const speaker = p.text('speaker');
  const kind = p.kind('kind');
  const common = p.common(30);
  const filter = { ...common, ...(q !== undefined && { search: q }), ...(speaker !== undefined && { speaker }), ...(kind !== undefined && { kind }) };
  const [hits, counts] = await Promise.all([store.quotes(filter), counted()]);
  const query = { q, speaker, from: common.from, to: common.to, kind, source: common.source };
  const kinds: Array<QuoteKind | ''> = ['', 'direct', 'indirect', 'mixed'];
  const content = html`
<h1>Who said what</h1>
<p class="muted" id="counts">${count(counts.articles)} articles · ${count(counts.quotes)} quotes · ${count(counts.actors)} actors · ${count(counts.events)} events</p>
<form class="filters" method="get" action="/" role="search">
${field('Words', 'q', q, 'search', html` placeholder="words, &quot;a phrase&quot;, prefix*"`)}
${field('Speaker', 'speaker', speaker)}
${field('From', 'from', common.from, 'date')}
${field('To', 'to', common.to, 'date')}
<label>Kind <select name="kind">${kinds.map((k) => html`<option value="${k}"${k === (kind ?? '') ? html` selected` : ''}>${k === '' ? 'any' : k}</option>`)}</select></label>
<button type="submit">Search</button>
</form>
${hits.length === 0 ? html`<p class="muted">No quotes found.</p>` : html`<ol class="quotes" id="results">${hits.map(quoteItem)}</ol>`}
${pager('/', query, hits.length, common.limit, common.offset)}`;
  return layout(q === undefined ? 'Quotes' : `Quotes: ${q}`, 'search', content);
}
