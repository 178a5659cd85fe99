/**
 * Identity in the store, run for every dialect: an article is its input's id within its source, so
 * a republished text is an article of its own, a changed article replaces its records, and strings
 * that UTF-8 cannot hold come back with their offsets intact.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleInput, ArticleRecord, TextSpan } from '../doc/record.js';
import { articleKey, contentHash } from './identity.js';
import { DIALECTS } from './testing/dialects.js';
import type { Store, StoredArticle } from './store.js';

function span(text: string, part: string): TextSpan {
  const start = text.indexOf(part);
  if (start === -1) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

// An invented article with one quote by one named person, offsets found in its own text.
function record(input: ArticleInput & { id: string }, quoted: string, speaker: string): ArticleRecord {
  const mention = span(input.text, speaker);
  const piece = span(input.text, quoted);
  return {
    ...input,
    entities: [{ id: 'e1', name: speaker, type: 'person', kbId: null, role: null, country: null, mentions: [mention] }],
    quotes: [{ id: 'q1', kind: 'direct', start: piece.start, end: piece.end, text: piece.text, spans: [[piece.start, piece.end]], cue: span(input.text, 'said'), speaker: { entityId: 'e1', name: speaker, mention } }],
    attributions: [],
    events: [],
    messages: [],
  };
}

function toStore(r: ArticleRecord): StoredArticle {
  const input: ArticleInput = { text: r.text, ...(r.id !== '' && { id: r.id }), ...(r.source !== undefined && { source: r.source }), ...(r.title !== undefined && { title: r.title }), ...(r.date !== undefined && { date: r.date }), ...(r.url !== undefined && { url: r.url }) };
  return { key: articleKey(input), hash: contentHash(input), record: r };
}

const WIRE = '"The port stays shut," Mira Tanne said.';
const AP = record({ id: 'ap-1', source: 'Wire One', text: WIRE }, '"The port stays shut,"', 'Mira Tanne');
const REUTERS = record({ id: 'rt-9', source: 'Wire Two', date: '2024-02-02', text: WIRE }, '"The port stays shut,"', 'Mira Tanne');

for (const dialect of DIALECTS) {
  describe(`Store identity (${dialect.name})`, () => {
    let store: Store | undefined;
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('stores a republished text under another id and source as its own article, and says it is the same text', async () => {
      const s = (store = await dialect.open());
      expect(await s.put([toStore(AP), toStore(REUTERS)])).toEqual(['stored', 'republished']);
      const ids = (await s.articles()).map((h) => [h.article.id, h.article.source]);
      expect(ids).toEqual([['rt-9', 'Wire Two'], ['ap-1', 'Wire One']]);
      expect(await s.counts()).toMatchObject({ articles: 2, quotes: 2 });
      // Mira Tanne has no kbId: one actor per source, each named in one article.
      const actors = (await s.entities()).map((hit) => [hit.actor.key, hit.articles, hit.quotes]);
      expect(actors.sort()).toEqual([['person:mira tanne@wire one', 1, 1], ['person:mira tanne@wire two', 1, 1]]);
    });

    it('says whether a text is republished as if a batch were stored one article after another, around a replacement in it', async () => {
      const s = (store = await dialect.open());
      await s.put([toStore(AP)]);
      const changed = record({ id: 'ap-1', source: 'Wire One', text: '"The port opens on Monday," Mira Tanne said.' }, '"The port opens on Monday,"', 'Mira Tanne');
      // Before the replacement, AP's old text is still stored: REUTERS republishes it.
      expect(await s.put([toStore(REUTERS), toStore(changed)])).toEqual(['republished', 'replaced']);
      const again = (store = await dialect.open());
      await s.close();
      await again.put([toStore(AP)]);
      // After it, no article holds that text any more.
      expect(await again.put([toStore(changed), toStore(REUTERS)])).toEqual(['replaced', 'stored']);
      // Two new articles with one text in one batch: the second is the republished one.
      const third = record({ id: 'x-3', source: 'Wire Three', text: WIRE }, '"The port stays shut,"', 'Mira Tanne');
      const fourth = record({ id: 'x-4', source: 'Wire Four', text: '"The port opens on Monday," Mira Tanne said.' }, '"The port opens on Monday,"', 'Mira Tanne');
      expect(await again.put([toStore(third), toStore(fourth)])).toEqual(['republished', 'republished']);
      expect(await again.counts()).toMatchObject({ articles: 4, quotes: 4 });
    });

    it('keys an id within its source: the same id at another outlet is another article, at the same outlet (any case) the same', async () => {
      const s = (store = await dialect.open());
      const other = record({ id: 'ap-1', source: 'Wire Two', text: 'Nothing "new" here, Ola Brun said.' }, '"new"', 'Ola Brun');
      expect(await s.put([toStore(AP), toStore(other)])).toEqual(['stored', 'stored']);
      expect(await s.put([toStore({ ...AP, source: ' WIRE ONE ' })])).toEqual(['replaced']);
      expect(await s.counts()).toMatchObject({ articles: 2 });
    });

    it('replaces a changed article under the same id: its quotes are never counted twice', async () => {
      const s = (store = await dialect.open());
      await s.put([toStore(AP)]);
      const changed = record({ id: 'ap-1', source: 'Wire One', text: '"The port opens on Monday," Mira Tanne said.' }, '"The port opens on Monday,"', 'Mira Tanne');
      expect(await s.put([toStore(changed)])).toEqual(['replaced']);
      expect(await s.counts()).toMatchObject({ articles: 1, quotes: 1 });
      expect((await s.quotes()).map((h) => h.quote.text)).toEqual(['"The port opens on Monday,"']);
      expect(await s.entities()).toMatchObject([{ articles: 1, quotes: 1 }]);
    });

    it('takes in a corrected title or date of an article without a URL', async () => {
      const s = (store = await dialect.open());
      await s.put([toStore(AP)]);
      expect(await s.put([toStore({ ...AP, title: 'Port shut', date: '2024-03-01' })])).toEqual(['replaced']);
      expect((await s.articles()).map((h) => [h.article.title, h.article.date])).toEqual([['Port shut', '2024-03-01']]);
      expect(await s.put([toStore({ ...AP, title: 'Port shut', date: '2024-03-01' })])).toEqual(['unchanged']);
    });

    it('finds articles by the id their input gave them, in every source or in one', async () => {
      const s = (store = await dialect.open());
      const other = record({ id: 'ap-1', source: 'Wire Two', text: 'Nothing "new" here, Ola Brun said.' }, '"new"', 'Ola Brun');
      await s.put([toStore(AP), toStore(other), toStore(REUTERS)]);
      expect((await s.articlesWithId('ap-1')).map((e) => [e.record.id, e.record.source])).toEqual([['ap-1', 'Wire One'], ['ap-1', 'Wire Two']]);
      expect(await s.articlesWithId('ap-1', 'wire two')).toEqual([{ key: toStore(other).key, record: other }]);
      expect(await s.articlesWithId('nope')).toEqual([]);
    });

    it('gives back a lone surrogate or a U+0000 as U+FFFD, one code unit for one, so every later offset still holds', async () => {
      const s = (store = await dialect.open());
      const text = 'Broken \uD83D input\u0000. "We go on \uDC00," Ivo Lind said.';
      const broken = record({ id: 'lone', text }, '"We go on \uDC00,"', 'Ivo Lind');
      await s.put([toStore(broken)]);
      const back = (await s.articlesWithId('lone'))[0]?.record;
      expect(back?.text).toBe(text.replace('\uD83D', '\uFFFD').replace('\uDC00', '\uFFFD').replace(String.fromCharCode(0), '\uFFFD'));
      expect(back?.text.length).toBe(text.length);
      const spans = [...(back?.entities.flatMap((e) => e.mentions) ?? []), ...(back?.quotes ?? []), ...(back?.quotes.flatMap((q) => (q.cue ? [q.cue] : [])) ?? [])];
      expect(spans.length).toBe(3);
      for (const piece of spans) expect(back?.text.slice(piece.start, piece.end)).toBe(piece.text);
    });
  });
}
