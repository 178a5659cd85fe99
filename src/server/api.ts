/** The JSON API: read routes over the Store, extraction without storing, and ingest behind a token. */
import { timingSafeEqual } from 'node:crypto';
import type { ArticleInput, ArticleRecord } from '../doc/record.js';
import type { IngestedArticle } from '../ingest/article.js';
import { ingest } from '../store/ingest.js';
import { positionOf, type PagePosition, type Store } from '../store/store.js';
import { HttpError, json, readBody, type Context, type Reply, type Router } from './http.js';
import { OPENAPI } from './openapi.js';
import { eventFilter, EVENT_PARAMS } from './event-params.js';
import { encodeCursor, isTracking, PAGING } from './cursor.js';
import { COMMON, Params } from './params.js';

/** What the API needs. */
export interface ApiOptions {
  store: Store;
  /** The token that unlocks `POST /api/articles`; without one, writing is disabled. */
  token?: string;
  /** The largest request body, in bytes. */
  maxBody: number;
  /** Extracts a posted article (off the event loop: a worker pool). */
  extract: (input: ArticleInput) => Promise<ArticleRecord>;
}

/** Articles one `POST /api/articles` may carry. */
export const MAX_POSTED_ARTICLES = 100;

/**
 * Rows of each list in an actor's detail (latest quotes, latest events, interactions), the rest a link
 * away (`more`): 50 of each made a reply of some 42 KB that took ~3.7 ms on the 100,000-article bench
 * store, and 200 clients wait on one another's replies.
 */
export const ACTOR_LATEST = 20;

/**
 * A page of a list: its items, the URL of the next page when there may be one (a cursor, at any depth:
 * after the last item's row when `row` names it), and the list's total when it is known cheaply.
 */
export function page<T>(c: Context, items: T[], limit: number, offset: number, total?: number, row?: (item: T) => PagePosition): { items: T[]; limit: number; offset: number; total?: number; next: string | null } {
  let next: string | null = null;
  const last = items.at(-1);
  if (items.length === limit && (total === undefined || offset + limit < total)) {
    const url = new URLSearchParams([...c.url.searchParams.entries()].filter(([name]) => name !== 'offset' && name !== 'after' && !isTracking(name)));
    url.set('after', encodeCursor(offset + limit, c.url.pathname, url, last === undefined ? undefined : row?.(last)));
    next = `${c.url.pathname}?${url.toString()}`;
  }
  return { items, limit, offset, ...(total !== undefined && { total }), next };
}

// A list's parameters: unknown ones are a 400, `after` must be this list's cursor.
const listParams = (c: Context, allowed: readonly string[]): Params => new Params(c.url.searchParams, allowed, { path: c.url.pathname });

// Whether a request filters its list (then its total is not known cheaply).
const filtered = (c: Context): boolean => [...c.url.searchParams.keys()].some((name) => !PAGING.has(name) && !isTracking(name));

// An article posted as JSON: text is required, the rest optional strings.
function articleInput(value: unknown, where: string): ArticleInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, `${where}: an article must be a JSON object`);
  const fields = value as Record<string, unknown>;
  if (typeof fields['text'] !== 'string' || fields['text'].trim() === '') throw new HttpError(400, `${where}: "text" must be a non-empty string`);
  const input: ArticleInput = { text: fields['text'] };
  for (const name of ['id', 'title', 'date', 'url', 'source'] as const) {
    const field = fields[name];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') throw new HttpError(400, `${where}: "${name}" must be a string`);
    input[name] = field;
  }
  return input;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new HttpError(400, `the body is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function postedArticle(c: Context, maxBody: number): Promise<ArticleInput> {
  const body = await readBody(c.req, maxBody);
  const type = c.req.headers['content-type'] ?? '';
  if (type.startsWith('text/plain')) {
    if (body.trim() === '') throw new HttpError(400, 'the body is empty');
    return { text: body };
  }
  return articleInput(parseJson(body), 'body');
}

function authorised(header: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Adds the API's routes to `router`. */
export function apiRoutes(router: Router, options: ApiOptions): Router {
  const { store } = options;

  return router
    .on('GET', '/api/openapi.json', () => json(OPENAPI))
    .on('GET', '/api/stats', async () => json({ ...(await store.counts()), dialect: store.dialect, schemaVersion: await store.schemaVersion() }))
    .on('GET', '/api/articles', async (c) => {
      const filter = listParams(c, COMMON).common();
      const total = filtered(c) ? undefined : (await store.counts()).articles;
      return json(page(c, await store.articles(filter), filter.limit, filter.offset, total, positionOf));
    })
    .on('GET', '/api/articles/:key', async (c) => {
      new Params(c.url.searchParams, []);
      const entry = await store.article(c.params['key'] ?? '');
      if (entry === null) throw new HttpError(404, `no article with the key "${c.params['key'] ?? ''}"`);
      return json(entry);
    })
    .on('GET', '/api/quotes', async (c) => {
      const p = listParams(c, [...COMMON, 'speaker', 'search', 'kind']);
      const speaker = p.text('speaker');
      const search = p.text('search');
      const kind = p.kind('kind');
      const filter = { ...p.common(), ...(speaker !== undefined && { speaker }), ...(search !== undefined && { search }), ...(kind !== undefined && { kind }) };
      const total = filtered(c) ? undefined : (await store.counts()).quotes;
      return json(page(c, await store.quotes(filter), filter.limit, filter.offset, total, positionOf));
    })
    .on('GET', '/api/entities', async (c) => {
      const p = listParams(c, [...COMMON, 'actor', 'type']);
      const actor = p.text('actor');
      const type = p.text('type');
      if (type !== undefined && !['person', 'organization', 'country', 'place', 'other'].includes(type)) {
        throw new HttpError(400, `"type" must be person, organization, country, place or other; got "${type}"`);
      }
      const filter = { ...p.common(), ...(actor !== undefined && { actor }), ...(type !== undefined && { type: type as 'person' }) };
      const total = filtered(c) ? undefined : (await store.counts()).actors;
      // Paged after a row, within days or a source too: the next page starts after the last actor's place.
      return json(page(c, await store.entities(filter), filter.limit, filter.offset, total, positionOf));
    })
    .on('GET', '/api/entities/:key', async (c) => {
      new Params(c.url.searchParams, []);
      const key = c.params['key'] ?? '';
      const found = await store.actorPage(key, { quotes: { limit: ACTOR_LATEST }, events: { limit: ACTOR_LATEST }, interactions: { limit: ACTOR_LATEST } });
      if (found === null) throw new HttpError(404, `no actor with the key "${key}"`);
      const { detail: actor, quotes, events, interactions } = found;
      // The rest of each list is a page away: the lists' own URLs, paged by their next links.
      const named = encodeURIComponent(key);
      const more = { quotes: `/api/quotes?speaker=${named}`, events: `/api/events?actor=${named}`, interactions: `/api/interactions?actor=${named}` };
      return json({ ...actor, latestQuotes: quotes, latestEvents: events, interactions, more });
    })
    .on('GET', '/api/events', async (c) => {
      const p = listParams(c, [...COMMON, ...EVENT_PARAMS]);
      const filter = { ...p.common(), ...(await eventFilter(p, store)) };
      const total = filtered(c) ? undefined : (await store.counts()).events;
      return json(page(c, await store.events(filter), filter.limit, filter.offset, total, positionOf));
    })
    .on('GET', '/api/interactions', async (c) => {
      const p = listParams(c, [...COMMON, 'actor', 'code']);
      const actor = p.text('actor');
      const code = p.code('code');
      const filter = { ...p.common(100), ...(actor !== undefined && { actor }), ...(code !== undefined && { code }) };
      return json(page(c, await store.interactions(filter), filter.limit, filter.offset, undefined, positionOf));
    })
    .on('GET', '/api/search', async (c) => {
      const p = listParams(c, ['q', 'limit', 'offset', 'after']);
      const q = p.text('q');
      if (q === undefined) throw new HttpError(400, '"q" is required: the words to search for');
      const { limit, offset, after } = p.page(20);
      const [quotes, actors] = await Promise.all([store.quotes({ search: q, limit, offset, ...(after !== undefined && { after }) }), offset === 0 ? store.entities({ actor: q, limit: 10 }) : Promise.resolve([])]);
      return json({ q, actors, quotes: page(c, quotes, limit, offset, undefined, positionOf) });
    })
    .on('POST', '/api/extract', async (c): Promise<Reply> => {
      new Params(c.url.searchParams, []);
      return json(await options.extract(await postedArticle(c, options.maxBody)));
    })
    .on('POST', '/api/articles', async (c): Promise<Reply> => {
      if (options.token === undefined) throw new HttpError(403, 'writing is disabled: start the server with --token (or ONRECORD_TOKEN) to accept articles');
      if (!authorised(c.req.headers.authorization, options.token)) throw new HttpError(401, 'a valid "Authorization: Bearer TOKEN" header is required');
      const body = parseJson(await readBody(c.req, options.maxBody));
      const list = Array.isArray(body) ? body : [body];
      if (list.length === 0 || list.length > MAX_POSTED_ARTICLES) throw new HttpError(400, `post from 1 to ${MAX_POSTED_ARTICLES} articles`);
      const inputs = list.map((value, i) => articleInput(value, Array.isArray(body) ? `article ${i}` : 'body'));
      async function* articles(): AsyncGenerator<IngestedArticle> {
        for (const [i, input] of inputs.entries()) yield { input: { ...input, id: input.id ?? `posted-${i + 1}` }, origin: `request article ${i}`, messages: [], readable: true, madeId: input.id === undefined };
      }
      const results = [];
      for await (const event of ingest(store, articles(), { workers: 0, englishOnly: false })) {
        results.push({ id: event.article.input.id, outcome: event.kind, ...(event.kind === 'failed' && { messages: event.messages }) });
      }
      return json({ results }, results.some((r) => r.outcome === 'failed') ? 422 : 200);
    });
}
