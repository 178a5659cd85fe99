/** Paste an article, see its record at once (nothing is stored). */
import type { ArticleInput, ArticleRecord } from '../../../doc/record.js';
import { HttpError, readBody, type Context } from '../../http.js';
import { Params } from '../../params.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import { recordView } from '../record-view.js';

function form(input: ArticleInput | null): ReturnType<typeof html> {
  return html`<form class="extract" method="post" action="/extract">
<label>Title <input type="text" name="title" value="${input?.title ?? ''}"></label>
<label>Date <input type="date" name="date" value="${input?.date ?? ''}"></label>
<label class="wide">Text <textarea name="text" rows="12" required>${input?.text ?? ''}</textarea></label>
<button type="submit">Extract</button>
</form>`;
}

/** The empty form. */
export function extractForm(c: Context): string {
  new Params(c.url.searchParams, [], { lenient: true });
  return layout('Extract', 'extract', html`<h1>Extract an article</h1><p class="muted">Paste a news article: its quotes, speakers, entities and events are shown here and not stored.</p>${form(null)}`);
}

/** The form posted: the record shown under it. */
export async function extractResult(c: Context, maxBody: number, extract: (input: ArticleInput) => Promise<ArticleRecord>): Promise<string> {
  const type = c.req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) throw new HttpError(400, 'post the form (application/x-www-form-urlencoded)');
  const fields = new URLSearchParams(await readBody(c.req, maxBody));
  const text = fields.get('text') ?? '';
  if (text.trim() === '') throw new HttpError(400, 'the text is empty');
  const title = fields.get('title')?.trim();
  const date = fields.get('date')?.trim();
  // Browsers send line breaks in form fields as CRLF: offsets are into the text as the user typed it.
  const input: ArticleInput = { id: 'pasted', text: text.replace(/\r\n/g, '\n'), ...(title && { title }), ...(date && { date }) };
  const record = await extract(input);
  return layout('Extract', 'extract', html`<h1>Extract an article</h1>${form(input)}<h2 id="result">${record.title ?? 'Result'}</h2>${recordView(record, null)}`);
}
