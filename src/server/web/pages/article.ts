/** One article: its text with quotes coloured by speaker and events marked, then its quotes, events and entities. */
import type { ArticleEntry, Store } from '../../../store/store.js';
import { HttpError, type Context } from '../../http.js';
import { Params } from '../../params.js';
import { articleHref, html } from '../html.js';
import { layout } from '../layout.js';
import { recordView } from '../record-view.js';

/** Renders the article page for this request. */
export async function articlePage(c: Context, store: Store): Promise<string> {
  new Params(c.url.searchParams, [], { lenient: true });
  const key = c.params['key'] ?? '';
  const entry = await store.article(key);
  if (entry === null) throw new HttpError(404, `no article with the key "${key}"`);
  return articleView(entry);
}

/**
 * The page of an article found by its input's own id (`/article/bbc-tech-401`): the article itself when
 * one source used the id, a list to choose from when several did (`?source=` narrows to one).
 */
export async function articleByIdPage(c: Context, store: Store): Promise<string> {
  const p = new Params(c.url.searchParams, ['source'], { lenient: true });
  const id = c.params['id'] ?? '';
  const entries = await store.articlesWithId(id, p.text('source'));
  const [first] = entries;
  if (first === undefined) throw new HttpError(404, `no article with the id "${id}"`);
  if (entries.length === 1) return articleView(first);
  const content = html`
<h1>Articles with the id ${id}</h1>
<p class="muted">${entries.length} sources gave an article this id.</p>
<ul class="articles">${entries.map((entry) => html`<li><a href="${articleHref(entry.key)}">${entry.record.title ?? entry.record.id}</a> <span class="muted">· ${entry.record.source ?? 'no source'} · ${entry.record.date ?? 'no date'}</span></li>`)}</ul>`;
  return layout(`Articles with the id ${id}`, 'articles', content);
}

function articleView(entry: ArticleEntry): string {
  const { key, record } = entry;
  const meta = [record.source, record.date, entry.record.byline].filter((part): part is string => part !== undefined && part !== '');
  const content = html`
<article>
<h1>${record.title ?? record.id}</h1>
<p class="muted">${meta.join(' · ')}${record.url ? html` · <a href="${/^https?:\/\//i.test(record.url) ? record.url : '#'}" rel="noopener noreferrer nofollow">original</a>` : ''}</p>
${recordView(record, key)}
</article>`;
  return layout(record.title ?? record.id, 'articles', content);
}
