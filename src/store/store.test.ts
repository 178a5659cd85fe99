/**
 * The store's behaviour, written once against the Store interface and run for every dialect
 * (testing/dialects.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleRecord, EntityRecord, EventRecord, QuoteRecord, TextSpan } from '../doc/record.js';
import { actorKey } from './actors.js';
import { articleKey, contentHash, dayOf } from './identity.js';
import { DIALECTS } from './testing/dialects.js';
import type { ActorRole, Store, StoreCounts, StoredArticle } from './store.js';

// Invented articles, built with offsets found in their own text.
function span(text: string, part: string, from = 0): TextSpan {
  const start = text.indexOf(part, from);
  if (start === -1) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

interface Person {
  id: string;
  name: string;
  type?: EntityRecord['type'];
  kbId?: string;
  country?: string;
}

function article(id: string, text: string, meta: Partial<ArticleRecord>, people: Person[], quotes: Array<[string, string, string]>, events: Array<Partial<EventRecord>> = []): ArticleRecord {
  const entities: EntityRecord[] = people.map((p) => ({
    id: p.id,
    name: p.name,
    type: p.type ?? 'person',
    kbId: p.kbId ?? null,
    role: null,
    country: p.country ?? null,
    mentions: [span(text, p.name)],
  }));
  const quoteRecords: QuoteRecord[] = quotes.map(([qid, content, speakerId], i) => {
    const entity = entities.find((e) => e.id === speakerId);
    const piece = span(text, content);
    return {
      id: qid,
      kind: i % 2 === 0 ? 'direct' : 'indirect',
      start: piece.start,
      end: piece.end,
      text: piece.text,
      spans: [[piece.start, piece.end]],
      cue: span(text, 'said'),
      speaker: entity ? { entityId: entity.id, name: entity.name, mention: entity.mentions[0] ?? null } : { entityId: null, name: 'a spokesman', mention: null },
    };
  });
  const eventRecords: EventRecord[] = events.map((e, i) => ({
    id: `v${i + 1}`,
    code: 'CONSULT',
    mode: null,
    source: { entityId: 'e1', name: entities[0]?.name ?? '', country: null, type: 'person' },
    target: { entityId: 'e2', name: entities[1]?.name ?? '', country: null, type: 'person' },
    negated: false,
    modality: 'asserted',
    trigger: e.trigger ?? span(text, 'met'),
    sentence: { start: 0, end: text.length },
    quoteId: null,
    ...e,
  }));
  return { id, ...meta, text, entities, quotes: quoteRecords, attributions: [], events: eventRecords, messages: [] };
}

function stored(record: ArticleRecord): StoredArticle {
  const input = { id: record.id, text: record.text, ...(record.url !== undefined && { url: record.url }), ...(record.date !== undefined && { date: record.date }), ...(record.title !== undefined && { title: record.title }), ...(record.source !== undefined && { source: record.source }) };
  return { key: articleKey(input), hash: contentHash(input), record };
}

const A1 = article(
  'a1',
  '"The ferry will sail," Anna Berg said. Minister Jan Vos met Anna Berg on Monday. "Not this winter," Vos said.',
  { date: '2024-03-01', source: 'Northgate Gazette', title: 'Ferry', url: 'https://gazette.example/ferry' },
  [{ id: 'e1', name: 'Anna Berg' }, { id: 'e2', name: 'Jan Vos', kbId: 'Q100' }],
  [['q1', '"The ferry will sail,"', 'e1'], ['q2', '"Not this winter,"', 'e2']],
  [{}],
);
const A2 = article(
  'a2',
  'Officials said the harbour would reopen. "Nobody told us," Mr Holt said. "Talks failed," J. Vos said.',
  { date: '2024-04-15T10:00:00+02:00', source: 'Kelmouth Herald' },
  [{ id: 'e1', name: 'Mr Holt' }, { id: 'e2', name: 'J. Vos', kbId: 'Q100' }, { id: 'e3', name: 'Officials', type: 'organization' }],
  [['q1', 'the harbour would reopen', 'e3'], ['q2', '"Nobody told us,"', 'e1'], ['q3', '"Talks failed,"', 'e2']],
  [{ code: 'REJECT', negated: true, trigger: { start: 0, end: 9, text: 'Officials' } }],
);
const A3 = article(
  'a3',
  '"We will wait," ANNA  BERG said in France. Mr Holt said the talks met resistance.',
  { date: '2024-05-20', source: 'northgate gazette' },
  [{ id: 'e1', name: 'ANNA  BERG' }, { id: 'e2', name: 'Mr Holt' }, { id: 'e3', name: 'France', type: 'country', country: 'FRA' }],
  [['q1', '"We will wait,"', 'e1'], ['q2', 'the talks met resistance', 'e2']],
);

// What the summaries must say, worked out from the records themselves.
function countsOf(records: ArticleRecord[]): StoreCounts {
  const sum = (of: (r: ArticleRecord) => number): number => records.reduce((n, r) => n + of(r), 0);
  const actors = new Set(records.flatMap((r) => r.entities.map((e) => actorKey(e, r.source)).filter((k) => k !== null)));
  return { articles: records.length, actors: actors.size, entities: sum((r) => r.entities.length), quotes: sum((r) => r.quotes.length), attributions: sum((r) => r.attributions.length), events: sum((r) => r.events.length) };
}

function rolesOf(records: ArticleRecord[], key: string): ActorRole[] {
  const roles = new Map<string, ActorRole>();
  for (const record of records) {
    const day = dayOf(record.date);
    for (const entity of record.entities) {
      if (actorKey(entity, record.source) !== key || entity.role === null || entity.role === '') continue;
      const role = roles.get(entity.role) ?? { role: entity.role, articles: 0, first: null, last: null };
      role.articles += 1;
      if (day !== null && (role.first === null || day < role.first)) role.first = day;
      if (day !== null && (role.last === null || day > role.last)) role.last = day;
      roles.set(entity.role, role);
    }
  }
  return [...roles.values()].sort((a, b) => b.articles - a.articles || (a.role < b.role ? -1 : 1));
}

function timelineOf(records: ArticleRecord[], key: string): Array<{ month: string; quotes: number }> {
  const months = new Map<string, number>();
  for (const record of records) {
    const month = dayOf(record.date)?.slice(0, 7);
    for (const quote of record.quotes) {
      const entity = record.entities.find((e) => e.id === quote.speaker?.entityId);
      if (month !== undefined && entity !== undefined && actorKey(entity, record.source) === key) months.set(month, (months.get(month) ?? 0) + 1);
    }
  }
  return [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, quotes]) => ({ month, quotes }));
}

/** The suite every dialect must pass. */
function describeStore(dialect: string, open: () => Promise<Store>): void {
  describe(`Store (${dialect})`, () => {
    let store: Store | undefined;
    const fresh = async (articles: ArticleRecord[] = [A1, A2, A3]): Promise<Store> => {
      store = await open();
      await store.put(articles.map(stored));
      return store;
    };
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('gives back every record exactly as stored, in the order first stored', async () => {
      const s = await fresh();
      const out = [];
      for await (const record of s.records()) out.push(record);
      expect(out).toEqual([A1, A2, A3]);
      expect(await s.counts()).toMatchObject({ articles: 3, quotes: 7, events: 2, entities: 8 });
    });

    it('stores the same article once: same key and hash is a no-op, a new hash replaces all its records', async () => {
      const s = await fresh();
      expect(await s.put([stored(A1), stored(A2)])).toEqual(['unchanged', 'unchanged']);
      const edited = article('a1', 'Anna Berg said the ferry met delays. "It is fixed," Anna Berg said.', { url: A1.url ?? '', date: '2024-03-02', source: A1.source ?? '' }, [{ id: 'e1', name: 'Anna Berg' }], [['q1', '"It is fixed,"', 'e1']]);
      expect(await s.put([stored(edited)])).toEqual(['replaced']);
      expect(await s.counts()).toMatchObject({ articles: 3, quotes: 6, events: 1 });
      expect(await s.quotes({ search: 'ferry sail' })).toEqual([]);
      expect((await s.quotes({ search: 'fixed' })).map((h) => h.article.id)).toEqual(['a1']);
      // Jan Vos (Q100) lost one article and one quote with the old text.
      const [vos] = await s.entities({ actor: 'Q100' });
      expect(vos).toMatchObject({ articles: 1, quotes: 1 });
    });

    it('merges actors across articles by kbId and by full name, never by a title and a surname', async () => {
      const s = await fresh();
      const actors = await s.entities({ limit: 100 });
      const byKey = new Map(actors.map((hit) => [hit.actor.key, hit]));
      expect(byKey.get('kb:Q100')).toMatchObject({ articles: 2, quotes: 2, mentions: 2 });
      expect(byKey.get('person:anna berg@northgate gazette')).toMatchObject({ articles: 2, quotes: 2 });
      // "Mr Holt" is not a full name: in its articles only, with no actor across them.
      expect(actors.filter((hit) => hit.actor.name === 'Mr Holt')).toEqual([]);
      expect(byKey.get('organization:officials')).toMatchObject({ articles: 1, quotes: 1 });
      expect(byKey.get('country:FRA')).toMatchObject({ articles: 1 });
    });

    it('finds quotes by speaker (kbId, whole name, part of a name), newest first, with their actor', async () => {
      const s = await fresh();
      expect((await s.quotes({ speaker: 'Q100' })).map((h) => h.quote.text)).toEqual(['"Talks failed,"', '"Not this winter,"']);
      expect((await s.quotes({ speaker: 'anna berg' })).map((h) => h.article.id)).toEqual(['a3', 'a1']);
      expect((await s.quotes({ speaker: 'Berg' })).map((h) => h.article.id)).toEqual(['a3', 'a1']);
      const [hit] = await s.quotes({ speaker: 'Jan Vos' });
      expect(hit?.actor).toMatchObject({ key: 'kb:Q100', kbId: 'Q100' });
      expect(hit?.article).toMatchObject({ id: 'a2', source: 'Kelmouth Herald', date: '2024-04-15T10:00:00+02:00' });
      expect(await s.quotes({ speaker: 'Nobody Here' })).toEqual([]);
    });

    it('filters quotes by day range, source (any case), kind and limit', async () => {
      const s = await fresh();
      expect((await s.quotes({ from: '2024-04-15', to: '2024-04-30' })).map((h) => h.quote.id)).toEqual(['q1', 'q2', 'q3']);
      expect((await s.quotes({ source: 'NORTHGATE GAZETTE' })).map((h) => h.article.id)).toEqual(['a3', 'a3', 'a1', 'a1']);
      expect((await s.quotes({ kind: 'indirect' })).every((h) => h.quote.kind === 'indirect')).toBe(true);
      expect(await s.quotes({ limit: 2 })).toHaveLength(2);
    });

    it('searches quote text: all words, phrases, prefixes, accents ignored, search syntax taken literally', async () => {
      const s = await fresh();
      const ids = async (search: string): Promise<string[]> => (await s.quotes({ search })).map((h) => `${h.article.id}/${h.quote.id}`);
      expect(await ids('talks')).toEqual(['a3/q2', 'a2/q3']);
      expect(await ids('talks failed')).toEqual(['a2/q3']);
      expect(await ids('"failed talks"')).toEqual([]);
      expect(await ids('"talks failed"')).toEqual(['a2/q3']);
      expect(await ids('win*')).toEqual(['a1/q2']);
      expect(await ids('wínter')).toEqual(['a1/q2']);
      expect(await ids('NOT OR AND ( "')).toEqual([]);
    });

    it('finds events by code, negation and actor at either end', async () => {
      const s = await fresh();
      expect((await s.events({ code: 'reject' })).map((h) => h.event.negated)).toEqual([true]);
      expect((await s.events({ negated: false })).map((h) => h.event.code)).toEqual(['CONSULT']);
      const [hit] = await s.events({ actor: 'Q100', code: 'CONSULT' });
      expect(hit?.targetActor?.key).toBe('kb:Q100');
      expect(hit?.sourceActor?.key).toBe('person:anna berg@northgate gazette');
    });

    it('counts actors within a day range or a source', async () => {
      const s = await fresh();
      const inMay = await s.entities({ from: '2024-05-01' });
      expect(inMay.map((h) => h.actor.key).sort()).toEqual(['country:FRA', 'person:anna berg@northgate gazette']);
      expect(inMay.find((h) => h.actor.key === 'person:anna berg@northgate gazette')).toMatchObject({ articles: 1, quotes: 1 });
    });

    it('keeps the rest of a batch when one article cannot be stored', async () => {
      const s = await open();
      store = s;
      const broken = { ...A2, entities: [{ ...A2.entities[0], name: null }] } as unknown as ArticleRecord;
      const outcomes = await s.put([stored(A1), stored(broken), stored(A3)]);
      expect(outcomes[0]).toBe('stored');
      expect(outcomes[1]).toMatchObject({ error: expect.any(String) });
      expect(outcomes[2]).toBe('stored');
      expect(await s.counts()).toMatchObject({ articles: 2, quotes: 4 });
    });

    it('removes an article with its records, and actors no one else names', async () => {
      const s = await fresh();
      expect(await s.remove(stored(A2).key)).toBe(true);
      expect(await s.remove(stored(A2).key)).toBe(false);
      expect(await s.counts()).toMatchObject({ articles: 2, quotes: 4, events: 1 });
      const actors = await s.entities({ limit: 100 });
      expect(actors.filter((h) => h.actor.key === 'organization:officials')).toEqual([]);
      expect(actors.find((h) => h.actor.key === 'kb:Q100')).toMatchObject({ articles: 1, quotes: 1 });
    });

    it('lists articles newest first with their counts, a page at a time', async () => {
      const s = await fresh();
      const all = await s.articles();
      expect(all.map((h) => [h.article.id, h.quotes, h.events])).toEqual([['a3', 2, 0], ['a2', 3, 1], ['a1', 2, 1]]);
      expect((await s.articles({ limit: 1, offset: 1 })).map((h) => h.article.id)).toEqual(['a2']);
      expect((await s.articles({ source: 'NORTHGATE GAZETTE', to: '2024-04-01' })).map((h) => h.article.id)).toEqual(['a1']);
      expect((await s.quotes({ limit: 2, offset: 6 })).length).toBe(1);
    });

    it('gives one article by key, with its whole record, or null', async () => {
      const s = await fresh();
      expect(await s.article(stored(A2).key)).toEqual({ key: stored(A2).key, record: A2 });
      expect(await s.article('url:https://elsewhere.example/')).toBeNull();
    });

    it('gives one actor by key with its roles and quotes per month, or null', async () => {
      const withRole = (record: ArticleRecord, role: string): ArticleRecord => ({
        ...record,
        entities: record.entities.map((e) => (e.kbId === 'Q100' ? { ...e, role } : e)),
      });
      const s = await fresh([withRole(A1, 'Minister'), withRole(A2, 'Minister'), A3]);
      const vos = await s.actor('kb:Q100');
      expect(vos).toMatchObject({ actor: { key: 'kb:Q100', kbId: 'Q100' }, articles: 2, quotes: 2 });
      expect(vos?.roles).toEqual([{ role: 'Minister', articles: 2, first: '2024-03-01', last: '2024-04-15' }]);
      expect(vos?.timeline).toEqual([{ month: '2024-03', quotes: 1 }, { month: '2024-04', quotes: 1 }]);
      expect(await s.actor('kb:Q999')).toBeNull();
    });

    it("gives an actor's page: its detail and each list as asked of it by the actor's key", async () => {
      const s = await fresh();
      const keys = (await s.entities({ limit: 0 })).map((hit) => hit.actor.key);
      expect(keys.length).toBeGreaterThan(2);
      for (const key of [...keys, 'kb:Q999']) {
        const lists = { quotes: { limit: 1 }, events: { limit: 2, negated: false }, interactions: { limit: 5 } };
        const detail = await s.actor(key);
        const expected = detail === null ? null : { detail, quotes: await s.quotes({ ...lists.quotes, speaker: key }), events: await s.events({ ...lists.events, actor: key }), interactions: await s.interactions({ ...lists.interactions, actor: key }) };
        expect([key, await s.actorPage(key, lists)]).toEqual([key, expected]);
      }
    });

    it("reads an actor's page by that actor, not by another whose kbId spells its key", async () => {
      const vos = (await (await fresh([A1])).entities({ actor: 'Q100' }))[0]?.actor.key ?? '';
      const other = article('b1', '"Buses run late," Ola Brun said.', { date: '2024-03-02', source: 'Kelmouth Herald' }, [{ id: 'e1', name: 'Ola Brun', kbId: vos }], [['q1', '"Buses run late,"', 'e1']]);
      const s = await fresh([A1, other]);
      // A speaker's words match a kbId as well as a key: by key, both people's quotes.
      expect((await s.quotes({ speaker: vos })).map((hit) => hit.actor?.name).sort()).toEqual(['Jan Vos', 'Ola Brun']);
      const page = await s.actorPage(vos, { quotes: {}, events: {}, interactions: {} });
      expect(page?.quotes.map((hit) => hit.actor?.name)).toEqual(['Jan Vos']);
    });

    it('sums events between known actors by pair and code, filtered by code, actor and day', async () => {
      const s = await fresh();
      const vos = await s.actor('kb:Q100');
      const berg = (await s.entities({ actor: 'Anna Berg' }))[0]?.actor;
      expect(berg).toBeDefined();
      // A2's REJECT has Mr Holt at one end: a one-word person is no actor, so it is no edge.
      expect(await s.interactions()).toEqual([{ source: berg, target: vos?.actor, code: 'CONSULT', events: 1, negated: 0, firstDay: '2024-03-01', lastDay: '2024-03-01' }]);
      expect((await s.interactions({ code: 'consult' })).map((e) => e.code)).toEqual(['CONSULT']);
      expect(await s.interactions({ code: 'REJECT' })).toEqual([]);
      expect(await s.interactions({ from: '2024-05-01' })).toEqual([]);
      expect((await s.interactions({ actor: 'Anna Berg' })).map((e) => e.code)).toEqual(['CONSULT']);
    });

    it("keeps its counts, and each actor's roles and quotes per month, equal to its records through replacements and removals", async () => {
      const role = (record: ArticleRecord, kbId: string, name: string): ArticleRecord => ({ ...record, entities: record.entities.map((e) => (e.kbId === kbId ? { ...e, role: name } : e)) });
      const s = await fresh([role(A1, 'Q100', 'Minister'), role(A2, 'Q100', 'Minister'), A3]);
      const check = async (): Promise<void> => {
        const records: ArticleRecord[] = [];
        for await (const record of s.records()) records.push(record);
        expect(await s.counts()).toEqual(countsOf(records));
        const keys = new Set(records.flatMap((r) => r.entities.map((e) => actorKey(e, r.source)).filter((k): k is string => k !== null)));
        for (const key of keys) {
          const detail = await s.actor(key);
          expect([key, detail?.roles, detail?.timeline]).toEqual([key, rolesOf(records, key), timelineOf(records, key)]);
        }
        // Every article has a day: the sums kept over all days are those summed from the events of a day range.
        expect(await s.interactions()).not.toEqual([]);
        for (const filter of [{}, { code: 'consult' }, { actor: 'Q100' }, { actor: 'Anna Berg', code: 'REJECT' }]) {
          expect(await s.interactions({ ...filter, limit: 0 })).toEqual(await s.interactions({ ...filter, limit: 0, from: '1000-01-01' }));
        }
      };
      await check();
      // Vos, now Deputy on a later day; the article's old role and quotes must leave the summaries.
      const edited = role(article('a1', '"Later," Jan Vos said. Anna Berg met Jan Vos.', { url: A1.url ?? '', date: '2024-06-02', source: A1.source ?? '' }, [{ id: 'e1', name: 'Anna Berg' }, { id: 'e2', name: 'Jan Vos', kbId: 'Q100' }], [['q1', '"Later,"', 'e2']], [{}]), 'Q100', 'Deputy');
      expect(await s.put([stored(edited)])).toEqual(['replaced']);
      await check();
      expect(await s.remove(stored(A2).key)).toBe(true);
      await check();
      expect(await s.put([stored(role(A2, 'Q100', 'Minister'))])).toEqual(['stored']);
      await check();
      expect((await s.actor('kb:Q100'))?.roles.map((r) => [r.role, r.articles, r.first, r.last])).toEqual([['Deputy', 1, '2024-06-02', '2024-06-02'], ['Minister', 1, '2024-04-15', '2024-04-15']]);
    });

    it('moves its data version with every write, and not with reads', async () => {
      const s = await fresh([A1]);
      const before = await s.dataVersion();
      await s.quotes({ search: 'ferry' });
      await s.actor('kb:Q100');
      expect(await s.dataVersion()).toBe(before);
      await s.put([stored(A2)]);
      const afterPut = await s.dataVersion();
      expect(afterPut).not.toBe(before);
      await s.remove(stored(A2).key);
      expect(await s.dataVersion()).not.toBe(afterPut);
    });

    it("gives an actor's events newest first, a page at a time, as a filter of all events would", async () => {
      const third = article('a4', 'Jan Vos met Anna Berg. Anna Berg met Jan Vos again.', { date: '2024-05-01' }, [{ id: 'e1', name: 'Jan Vos', kbId: 'Q100' }, { id: 'e2', name: 'Anna Berg' }], [], [{}, { trigger: { start: 33, end: 36, text: 'met' } }]);
      const s = await fresh([A1, A2, A3, third]);
      const id = (h: { article: { id: string }; event: { id: string } }): string => `${h.article.id}/${h.event.id}`;
      const all = await s.events({ limit: 0 });
      for (const actor of ['Q100', 'Anna Berg', 'Berg']) {
        const keys = new Set((await s.entities({ actor, limit: 0 })).map((h) => h.actor.key));
        const expected = all.filter((h) => keys.has(h.sourceActor?.key ?? '') || keys.has(h.targetActor?.key ?? '')).map(id);
        expect([actor, (await s.events({ actor, limit: 0 })).map(id)]).toEqual([actor, expected]);
        expect([actor, (await s.events({ actor, limit: 1, offset: 1 })).map(id)]).toEqual([actor, expected.slice(1, 2)]);
        expect([actor, (await s.events({ actor, code: 'consult', to: '2024-04-30' })).map(id)]).toEqual([actor, all.filter((h) => h.event.code === 'CONSULT' && (h.article.date ?? '') < '2024-05' && expected.includes(id(h))).map(id)]);
      }
    });

    it('reports stored hashes by key', async () => {
      const s = await fresh([A1]);
      const found = await s.hashes([stored(A1).key, 'url:https://elsewhere.example/']);
      expect([...found]).toEqual([[stored(A1).key, stored(A1).hash]]);
    });
  });
}

for (const dialect of DIALECTS) describeStore(dialect.name, dialect.open);
