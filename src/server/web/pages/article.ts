/** One article: its text with quotes coloured by speaker and events marked, then its quotes, events and entities. */
import type { Store } from '../../../store/store.js';
import { HttpError, type Context } from '../../http.js';
import { Params } from '../../params.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import { recordView } from '../record-view.js';

/** Renders the article page for this request. */
export async function articlePage(c: Context, store: Store): Promise<string> {
  new Params(c.url.searchParams, [], { lenient: true });
  const key = c.params['key'] ?? '';
  const entry = await store.article(key);
  if (entry === null) throw new HttpError(404, `no article with the key "${key}"`);
  const { record } = entry;
  const meta = [record.source, record.date, entry.record.byline].filter((part): part is string => part !== undefined && part !== '');
  const content = html`
<article>
<h1>${record.title ?? record.id}</h1>
<p class="muted">${meta.join(' · ')}${record.url ? html` · <a href="${/^https?:\/\//i.test(record.url) ? record.url : '#'}" rel="noopener noreferrer nofollow">original</a>` : ''}</p>
${recordView(record, key)}
</article>`;
  return layout(record.title ?? record.id, 'articles', content);
}
