/** The list of articles, newest first, with how many quotes and events each has. */
import type { Store } from '../../../store/store.js';
import type { Context } from '../../http.js';
import { Params } from '../../params.js';
import { articleLine, field, pager } from '../fragments.js';
import { html } from '../html.js';
import { layout } from '../layout.js';

/** Renders the article list for this request. */
export async function articlesPage(c: Context, store: Store): Promise<string> {
  const p = new Params(c.url.searchParams, ['from', 'to', 'source', 'offset', 'limit'], { lenient: true });
  const filter = p.common(50);
  const hits = await store.articles(filter);
  const content = html`
<h1>Articles</h1>
<form class="filters" method="get" action="/articles">
${field('Source', 'source', filter.source)}${field('From', 'from', filter.from, 'date')}${field('To', 'to', filter.to, 'date')}
<button type="submit">Filter</button>
</form>
${hits.length === 0 ? html`<p class="muted">No articles.</p>` : html`<ul class="articles">${hits.map((hit) => html`<li>${articleLine(hit.article)} <span class="muted">· ${hit.quotes} quotes · ${hit.events} events</span></li>`)}</ul>`}
${pager('/articles', { source: filter.source, from: filter.from, to: filter.to }, hits.length, filter.limit, filter.offset)}`;
  return layout('Articles', 'articles', content);
}
