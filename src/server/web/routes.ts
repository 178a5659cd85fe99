/** The web UI's routes: pages rendered on the server, plus the stylesheet and the network script as files. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ArticleInput, ArticleRecord } from '../../doc/record.js';
import type { Store } from '../../store/store.js';
import { HttpError, html, type Reply, type Router } from '../http.js';
import { actorPage } from './pages/actor.js';
import { articleByIdPage, articlePage } from './pages/article.js';
import { articlesPage } from './pages/articles.js';
import { extractForm, extractResult } from './pages/extract.js';
import { networkPage } from './pages/network.js';
import { searchPage } from './pages/search.js';
import { STYLE } from './style.js';

/** What the UI needs. */
export interface WebOptions {
  store: Store;
  maxBody: number;
  /** Extracts a pasted article (off the event loop: a worker pool). */
  extract: (input: ArticleInput) => Promise<ArticleRecord>;
}

// The browser scripts are compiled by tsc beside this file; tests run from the sources, so the
// built copy under dist/ is the fallback.
async function clientScript(name: string): Promise<string> {
  const here = new URL(`./client/${name}`, import.meta.url);
  try {
    return await readFile(here, 'utf8');
  } catch {
    const built = fileURLToPath(here).replace(/([\\/])src([\\/]server[\\/])/, '$1dist$1src$2');
    return readFile(built, 'utf8').catch(() => {
      throw new HttpError(404, `the script ${name} is not built (run npm run build)`);
    });
  }
}

const SCRIPTS = new Set(['network.js']);
const CACHE = { 'Cache-Control': 'public, max-age=300' };

/** Adds the UI's routes to `router`. */
export function webRoutes(router: Router, options: WebOptions): Router {
  const { store } = options;
  const scripts = new Map<string, string>();
  return router
    .on('GET', '/', async (c) => html(await searchPage(c, store, () => store.counts())))
    .on('GET', '/articles', async (c) => html(await articlesPage(c, store)))
    .on('GET', '/articles/:key', async (c) => html(await articlePage(c, store)))
    .on('GET', '/article/:id', async (c) => html(await articleByIdPage(c, store)))
    .on('GET', '/actors/:key', async (c) => html(await actorPage(c, store)))
    .on('GET', '/network', async (c) => html(await networkPage(c, store)))
    .on('GET', '/extract', (c) => html(extractForm(c)))
    .on('POST', '/extract', async (c) => html(await extractResult(c, options.maxBody, options.extract)))
    .on('GET', '/static/style.css', (): Reply => ({ type: 'text/css; charset=utf-8', body: STYLE, headers: CACHE }))
    .on('GET', '/static/:name', async (c): Promise<Reply> => {
      const name = c.params['name'] ?? '';
      if (!SCRIPTS.has(name)) throw new HttpError(404, `nothing at /static/${name}`);
      const body = scripts.get(name) ?? (await clientScript(name));
      scripts.set(name, body);
      return { type: 'text/javascript; charset=utf-8', body, headers: CACHE };
    })
    .on('GET', '/favicon.ico', (): Reply => ({ status: 204, type: 'image/x-icon', body: '' }));
}
