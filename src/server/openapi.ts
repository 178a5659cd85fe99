/** The API described in OpenAPI 3.1, written by hand as data and served at /api/openapi.json. */
import { VERSION } from '../version.js';
import { MAX_LIMIT, MAX_OFFSET } from './params.js';

type Doc = Record<string, unknown>;

const query = (name: string, description: string, schema: Doc = { type: 'string' }): Doc => ({ name, in: 'query', required: false, description, schema });
const path = (name: string, description: string): Doc => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const date = (name: string, description: string): Doc => query(name, description, { type: 'string', format: 'date' });

const COMMON: Doc[] = [
  date('from', 'articles of this day or later (YYYY-MM-DD)'),
  date('to', 'articles of this day or earlier (YYYY-MM-DD)'),
  query('source', 'articles of this source (case ignored)'),
  query('limit', `rows per page (1 to ${MAX_LIMIT}, default 50)`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT }),
  query('offset', `rows skipped (0 to ${MAX_OFFSET}); follow "next" for the next page`, { type: 'integer', minimum: 0, maximum: MAX_OFFSET }),
  query('after', 'a cursor from a "next" link: the page after it, at any depth; an altered cursor, or one of another query, is a 400'),
];

const ref = (name: string): Doc => ({ $ref: `#/components/schemas/${name}` });
const ok = (description: string, schema: Doc): Doc => ({ '200': { description, content: { 'application/json': { schema } } } });
const errors = (...statuses: number[]): Doc =>
  Object.fromEntries(statuses.map((status) => [String(status), { description: ERROR_TEXT[status] ?? 'error', content: { 'application/json': { schema: ref('Error') } } }]));
const ERROR_TEXT: Record<number, string> = {
  400: 'a bad parameter or body; the message says which',
  401: 'the bearer token is missing or wrong',
  403: 'writing is disabled (no token configured), or the request came from a page of another origin',
  404: 'not found',
  413: 'the body is too large',
  503: 'busy: too many extractions waiting, or this one ran past its time limit; try again after Retry-After seconds',
};
const pageOf = (item: string): Doc => ({
  type: 'object',
  required: ['items', 'limit', 'offset', 'next'],
  properties: {
    items: { type: 'array', items: ref(item) },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    total: { type: 'integer', description: 'rows in the whole list, given when the list is not filtered' },
    next: { type: ['string', 'null'], description: 'the next page (an "after" cursor), when there may be one' },
  },
});
const object = (properties: Doc): Doc => ({ type: 'object', properties });
const article = { type: 'object', required: ['text'], properties: { id: { type: 'string' }, text: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, source: { type: 'string' } } };

/** The OpenAPI document. */
export const OPENAPI: Doc = {
  openapi: '3.1.0',
  info: { title: 'onrecord', version: VERSION, description: 'Who said what, and who did what to whom, in the stored news articles. Records follow the public record format (offsets are UTF-16 code units into text).' },
  paths: {
    '/api/stats': { get: { summary: 'How many articles, actors, quotes and events the store holds', responses: ok('counts', ref('Stats')) } },
    '/api/articles': {
      get: { summary: 'Articles, newest first, with their counts of quotes and events', parameters: COMMON, responses: { ...ok('a page of articles', pageOf('ArticleHit')), ...errors(400) } },
      post: {
        summary: 'Extract and store articles (needs the configured bearer token)',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: { oneOf: [article, { type: 'array', items: article, maxItems: 100 }] } } } },
        responses: { ...ok('what happened to each article', object({ results: { type: 'array', items: object({ id: { type: 'string' }, outcome: { enum: ['stored', 'republished', 'replaced', 'unchanged', 'failed'] } }) } })), ...errors(400, 401, 403, 413) },
      },
    },
    '/api/articles/{key}': { get: { summary: "One article's record", parameters: [path('key', 'the article key (url:… or text:…)')], responses: { ...ok('the article', object({ key: { type: 'string' }, record: ref('Record') })), ...errors(404) } } },
    '/api/quotes': {
      get: {
        summary: 'Quotes, newest article first',
        parameters: [
          ...COMMON,
          query('speaker', "the speaker: a kbId, an actor key, a whole name or part of one"),
          query('search', 'words that must all occur in the quote; "a phrase"; prefix*'),
          query('kind', 'direct, indirect or mixed', { enum: ['direct', 'indirect', 'mixed'] }),
        ],
        responses: { ...ok('a page of quotes', pageOf('QuoteHit')), ...errors(400) },
      },
    },
    '/api/entities': {
      get: {
        summary: 'Actors (entities merged across articles), most written-about first',
        parameters: [...COMMON, query('actor', 'a kbId, an actor key, or a name'), query('type', 'the entity type', { enum: ['person', 'organization', 'country', 'place', 'other'] })],
        responses: { ...ok('a page of actors', pageOf('ActorHit')), ...errors(400) },
      },
    },
    '/api/entities/{key}': {
      get: { summary: 'One actor with its roles, quotes per month, its latest 20 quotes and events and first 20 interactions, and the URLs of those whole lists (more)', parameters: [path('key', 'the actor key')], responses: { ...ok('the actor', object({ actor: ref('ActorRef'), articles: { type: 'integer' }, mentions: { type: 'integer' }, quotes: { type: 'integer' }, roles: { type: 'array' }, timeline: { type: 'array' }, latestQuotes: { type: 'array', items: ref('QuoteHit') }, latestEvents: { type: 'array', items: ref('EventHit') }, interactions: { type: 'array', items: ref('InteractionEdge') }, more: object({ quotes: { type: 'string' }, events: { type: 'string' }, interactions: { type: 'string' } }) })), ...errors(404) } },
    },
    '/api/events': {
      get: {
        summary: 'Events, newest article first',
        parameters: [...COMMON, query('actor', 'an actor at either end'), query('code', 'a PLOVER code'), query('negated', 'true or false', { type: 'boolean' })],
        responses: { ...ok('a page of events', pageOf('EventHit')), ...errors(400) },
      },
    },
    '/api/interactions': {
      get: {
        summary: 'Events between known actors summed by pair and code: the edges of the network',
        parameters: [...COMMON, query('actor', 'an actor at either end'), query('code', 'a PLOVER code')],
        responses: { ...ok('a page of edges', pageOf('InteractionEdge')), ...errors(400) },
      },
    },
    '/api/search': {
      get: {
        summary: 'Quotes whose text has the words, and actors whose name does',
        parameters: [{ ...query('q', 'the words'), required: true }, query('limit', 'quotes per page', { type: 'integer' }), query('offset', 'quotes skipped', { type: 'integer' })],
        responses: { ...ok('actors and a page of quotes', object({ q: { type: 'string' }, actors: { type: 'array', items: ref('ActorHit') }, quotes: pageOf('QuoteHit') })), ...errors(400) },
      },
    },
    '/api/extract': {
      post: {
        summary: 'The record of the posted article, not stored',
        requestBody: { required: true, content: { 'application/json': { schema: article }, 'text/plain': { schema: { type: 'string' } } } },
        responses: { ...ok('the record', ref('Record')), ...errors(400, 403, 413, 503) },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: object({ error: { type: 'string' }, status: { type: 'integer' } }),
      Stats: object({ articles: { type: 'integer' }, actors: { type: 'integer' }, entities: { type: 'integer' }, quotes: { type: 'integer' }, attributions: { type: 'integer' }, events: { type: 'integer' } }),
      ArticleRef: object({ key: { type: 'string' }, id: { type: 'string' }, title: { type: ['string', 'null'] }, date: { type: ['string', 'null'] }, source: { type: ['string', 'null'] }, url: { type: ['string', 'null'] } }),
      ActorRef: object({ key: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, kbId: { type: ['string', 'null'] }, country: { type: ['string', 'null'] } }),
      ArticleHit: object({ article: ref('ArticleRef'), quotes: { type: 'integer' }, events: { type: 'integer' } }),
      QuoteHit: object({ article: ref('ArticleRef'), quote: { type: 'object', description: 'a quote of the record' }, actor: { oneOf: [ref('ActorRef'), { type: 'null' }] } }),
      ActorHit: object({ actor: ref('ActorRef'), articles: { type: 'integer' }, mentions: { type: 'integer' }, quotes: { type: 'integer' } }),
      EventHit: object({ article: ref('ArticleRef'), event: { type: 'object', description: 'an event of the record' }, sourceActor: { oneOf: [ref('ActorRef'), { type: 'null' }] }, targetActor: { oneOf: [ref('ActorRef'), { type: 'null' }] } }),
      InteractionEdge: object({ source: ref('ActorRef'), target: ref('ActorRef'), code: { type: 'string' }, events: { type: 'integer' }, negated: { type: 'integer' }, firstDay: { type: ['string', 'null'] }, lastDay: { type: ['string', 'null'] } }),
      Record: { type: 'object', description: 'one article record: id, title, date, url, source, text, entities, quotes, attributions, events, messages' },
    },
  },
};
