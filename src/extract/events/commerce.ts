/**
 * Business is no event. PLOVER's economic context excludes news solely about companies, so between
 * actors none of whom acts in politics: material exchange is trade, not aid or cooperation
 * ("Microsoft delivered development kits to EA"); and where a company or another organisation is
 * one of them, an offer, a deal or a release is business ("Euronext would make an offer", "signed a
 * three-year deal with Warner Brothers", "Nintendo is releasing an adapter", "Brando granted EA
 * the rights"), since PLOVER's AGREE and SUPPORT are cooperation between political actors and its
 * RETREAT the easing of a conflict. People's own offers and promises stay ("agreed to meet Kerr").
 */
import type { Doc, Event, Mention } from '../../doc/document.js';
import { DEALS } from '../../lexicon/plover.js';
import { actorKind } from './kind.js';

/** Categories that between actors of no politics are always trade. */
const TRADE: ReadonlySet<string> = new Set(['AID', 'COOPERATE']);
/** Categories that are business where a company or another organisation takes part. */
const DEALING: ReadonlySet<string> = new Set(['AGREE', 'RETREAT']);

/** Whether a mention is a company's or another organisation's (not a person's, not a state's). */
function firm(doc: Doc, mention: Mention): boolean {
  const entity = doc.entities[mention.entity ?? -1];
  if (entity === undefined || entity.type === 'person') return false;
  const kind = actorKind(doc, entity);
  return kind === 'company' || kind === 'other';
}

/** Whether the words of a trigger name a deal ("signed a three-year deal"). */
function deal(doc: Doc, event: Event): boolean {
  return doc.text.slice(event.trigger.start, event.trigger.end).toLowerCase().split(/\s+/).some((word) => DEALS.has(word));
}

/** Whether an event between actors none of whom acts in politics is business, no event. */
export function business(doc: Doc, event: Event): boolean {
  if (TRADE.has(event.code)) return true;
  const firmTakesPart = firm(doc, event.source) || firm(doc, event.target);
  if (!firmTakesPart) return false;
  return DEALING.has(event.code) || (event.code === 'SUPPORT' && deal(doc, event));
}
