/** The web UI's routes: pages rendered on the server (charts and the network as static SVG, no script), plus the stylesheet. */
import type { ArticleInput, ArticleRecord } from '../../doc/record.js';
import type { Store } from '../../store/store.js';
import { html, type Reply, type Router } from '../http.js';
import { actorPage } from './pages/actor.js';
import { articleByIdPage, articlePage } from './pages/article.js';
import { articlesPage } from './pages/articles.js';
import { dashboard, dashboardCsv, dashboardPage } from './pages/dashboard.js';
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

const CACHE = { 'Cache-Control': 'public, max-age=300' };

/** Adds the UI's routes to `router`. */
export function webRoutes(router: Router, options: WebOptions): Router {
  const { store } = options;
  const board = dashboard(store);
  return router
    .on('GET', '/', async (c) => html(await searchPage(c, store, () => store.counts())))
    .on('GET', '/articles', async (c) => html(await articlesPage(c, store)))
    .on('GET', '/articles/:key', async (c) => html(await articlePage(c, store)))
    .on('GET', '/article/:id', async (c) => html(await articleByIdPage(c, store)))
    .on('GET', '/actors/:key', async (c) => html(await actorPage(c, store)))
    .on('GET', '/network', async (c) => html(await networkPage(c, store)))
    .on('GET', '/dashboard', async (c) => html(await dashboardPage(c, board)))
    .on('GET', '/dashboard/:file', (c) => dashboardCsv(c, board))
    .on('GET', '/extract', (c) => html(extractForm(c)))
    .on('POST', '/extract', async (c) => html(await extractResult(c, options.maxBody, options.extract)))
    .on('GET', '/static/style.css', (): Reply => ({ type: 'text/css; charset=utf-8', body: STYLE, headers: CACHE }))
    .on('GET', '/favicon.ico', (): Reply => ({ status: 204, type: 'image/x-icon', body: '' }));
}
