/** The page shown for a failure: its status and message. */
import { html } from '../html.js';
import { layout } from '../layout.js';

/** A whole error page. */
export function errorPage(status: number, message: string): string {
  return layout(`Error ${status}`, 'none', html`<h1>Error ${status}</h1><p class="error">${message}</p><p><a href="/">Back to the quotes</a></p>`);
}
