/** Pieces shared by several pages: a quote in a list, an article's line, a pager, a filter form's fields. */
import type { ArticleRef, QuoteHit } from '../../store/store.js';
import { actorHref, articleHref, colourClass, href, html, type Html } from './html.js';

/** "Title · Source · 2024-03-01", the title linking to the article page. */
export function articleLine(article: ArticleRef): Html {
  const meta = [article.source, article.date?.slice(0, 10)].filter((part): part is string => part !== null && part !== undefined && part !== '');
  return html`<a href="${articleHref(article.key)}">${article.title ?? article.id}</a>${meta.length > 0 ? html` <span class="muted">· ${meta.join(' · ')}</span>` : ''}`;
}

/** One quote with its speaker and article. */
export function quoteItem(hit: QuoteHit): Html {
  const speaker = hit.actor
    ? html`<a class="who" href="${actorHref(hit.actor.key)}">${hit.actor.name}</a>`
    : html`<span class="who">${hit.quote.speaker?.name ?? 'unknown speaker'}</span>`;
  const colour = hit.actor ? colourClass(hit.actor.key) : 'unknown';
  return html`<li class="quote-item"><blockquote class="q ${colour}">${hit.quote.text}</blockquote><div>${speaker} <span class="muted">(${hit.quote.kind})</span> — ${articleLine(hit.article)}</div></li>`;
}

/** Previous and next links for a list shown `limit` rows at a time. */
export function pager(path: string, query: Record<string, string | undefined>, shown: number, limit: number, offset: number): Html {
  const prev = offset > 0 ? html`<a rel="prev" href="${href(path, { ...query, offset: Math.max(0, offset - limit) || undefined })}">← newer</a>` : '';
  const next = shown === limit ? html`<a rel="next" href="${href(path, { ...query, offset: offset + limit })}">older →</a>` : '';
  return html`<nav class="pager">${prev} ${next}</nav>`;
}

/** A labelled input of a filter form, keeping its value. */
export function field(label: string, name: string, value: string | undefined, type = 'text', extra: Html = html``): Html {
  return html`<label>${label} <input type="${type}" name="${name}" value="${value ?? ''}"${extra}></label>`;
}
