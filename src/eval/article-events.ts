/**
 * The event check on real news (issue 18): gold events of chosen sentences of articles, named by
 * article id and offsets (eval/events-bbc.json), scored against the events the pipeline finds in
 * the same sentences. A found event matches a gold one when both give the same PLOVER category under
 * PLOVER's annotation conventions and the found source and target entities have mentions that
 * overlap the gold actor spans (either way round for a reciprocal gold event).
 */
import type { ArticleRecord, EventRecord } from '../doc/record.js';
import { ploverAnnotation } from '../extract/events/convention.js';
import { isPloverCode, type Modality } from '../lexicon/plover.js';

/** One gold event: the act, and the offsets of the mentions of its two actors. */
export interface GoldArticleEvent {
  code: string;
  source: [number, number];
  target: [number, number];
  negated: boolean;
  modality: Modality;
  reciprocal?: boolean;
}

/** A chosen sentence of an article, with the events a reader codes in it (none is an answer too). */
export interface GoldSentence {
  id: string;
  start: number;
  end: number;
  events: GoldArticleEvent[];
}

/** Precision and recall of the events found in the gold sentences, and the flags of the matched ones. */
export interface ArticleEventScores {
  sentences: number;
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  /** Matched events whose negation and modality are both the gold's. */
  sameFlags: number;
  /** Gold events not found and found events not in the gold, as "id@offset CODE". */
  misses: string[];
  spurious: string[];
}

/** Parses the gold file: `{sentences: [{id, start, end, events: [...]}]}`; throws with a message on a bad shape. */
export function parseArticleEventGold(content: string): GoldSentence[] {
  const data = JSON.parse(content) as { sentences?: unknown };
  if (!Array.isArray(data.sentences)) throw new Error('article event gold: expected {"sentences": [...]}');
  return (data.sentences as GoldSentence[]).map((s, i) => {
    if (typeof s.id !== 'string' || typeof s.start !== 'number' || typeof s.end !== 'number' || !Array.isArray(s.events)) {
      throw new Error(`article event gold: sentence ${i + 1} needs id, start, end and events`);
    }
    for (const e of s.events) if (!isPloverCode(e.code)) throw new Error(`article event gold: sentence ${i + 1} has an unknown code "${String(e.code)}"`);
    return s;
  });
}

const overlaps = (a: { start: number; end: number }, span: [number, number]): boolean => a.start < span[1] && span[0] < a.end;

function label(code: string, negated: boolean, modality: Modality): string {
  return isPloverCode(code) ? ploverAnnotation({ code, negated, modality }) : code;
}

function actorAt(record: ArticleRecord, entityId: string | null, span: [number, number]): boolean {
  const entity = record.entities.find((e) => e.id === entityId);
  return entity !== undefined && entity.mentions.some((m) => overlaps(m, span));
}

function matches(record: ArticleRecord, found: EventRecord, gold: GoldArticleEvent): boolean {
  if (label(found.code, found.negated, found.modality) !== label(gold.code, gold.negated, gold.modality)) return false;
  const s = found.source.entityId;
  const t = found.target.entityId;
  if (actorAt(record, s, gold.source) && actorAt(record, t, gold.target)) return true;
  return gold.reciprocal === true && actorAt(record, s, gold.target) && actorAt(record, t, gold.source);
}

/** Scores the events of the records (by article id) in the gold sentences. */
export function scoreArticleEvents(gold: readonly GoldSentence[], records: ReadonlyMap<string, ArticleRecord>): ArticleEventScores {
  let goldCount = 0;
  let found = 0;
  let matched = 0;
  let sameFlags = 0;
  const misses: string[] = [];
  const spurious: string[] = [];
  for (const sentence of gold) {
    const record = records.get(sentence.id);
    const events = (record?.events ?? []).filter((e) => e.trigger.start >= sentence.start && e.trigger.start < sentence.end);
    const used = new Set<EventRecord>();
    goldCount += sentence.events.length;
    found += events.length;
    for (const g of sentence.events) {
      const hit = record && events.find((e) => !used.has(e) && matches(record, e, g));
      if (!hit) {
        misses.push(`${sentence.id}@${sentence.start} ${g.code}`);
        continue;
      }
      used.add(hit);
      matched++;
      if (hit.negated === g.negated && hit.modality === g.modality) sameFlags++;
    }
    for (const e of events) if (!used.has(e)) spurious.push(`${sentence.id}@${sentence.start} ${e.code} ${e.source.name} -> ${e.target.name}`);
  }
  return {
    sentences: gold.length,
    gold: goldCount,
    found,
    matched,
    precision: found === 0 ? 0 : matched / found,
    recall: goldCount === 0 ? 0 : matched / goldCount,
    sameFlags,
    misses,
    spurious,
  };
}

/** The scores as two lines of text. */
export function formatArticleEventReport(scores: ArticleEventScores, title: string): string {
  const p = (v: number): string => v.toFixed(3);
  return (
    `${title}: ${scores.sentences} sentences, ${scores.gold} gold events, ${scores.found} found, ${scores.matched} matched: ` +
    `precision ${p(scores.precision)}, recall ${p(scores.recall)}\n` +
    `  negation and modality as the gold's on ${scores.sameFlags} of ${scores.matched} matched`
  );
}
