/**
 * `eval coref`: how often a third-person pronoun that stands for a named person (he, his, him, himself,
 * she, her, hers, herself) is resolved to that person. Gold: JSON lines `{id, text, gum_split?, chains:
 * [{type, name, link, mentions: [{start, end, kind}]}]}` (GUM's coreference). The pronoun is right when the
 * library puts the same span in an entity whose name agrees with the chain's name or Wikipedia title.
 */
import { Doc } from '../doc/document.js';
import { defaultPipeline } from '../pipeline/presets.js';
import { GoldLineError, isObject, optionalString, range, requiredString, type JsonObject } from './json-fields.js';
import type { Range } from './gold.js';
import { namesAgree } from './names.js';
import { ratio, type Ratio } from './score.js';

/** The pronouns scored: third person singular, the ones that must find a person by gender and salience. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);

/** One pronoun of a gold chain, with the names of the person it stands for. */
export interface GoldPronoun {
  span: Range;
  names: string[];
}

/** One gold document of pronouns. */
export interface CorefGoldDocument {
  id: string;
  text: string;
  split?: string;
  pronouns: GoldPronoun[];
}

// A Wikipedia title's disambiguation is not part of the name: "John Smith (footballer)".
function titleName(link: string): string {
  return link.replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*$/, '');
}

function chainPronouns(chain: JsonObject, text: string, where: string): GoldPronoun[] {
  const name = optionalString(chain, 'name');
  if (chain['type'] !== 'person' || name === undefined || !Array.isArray(chain['mentions'])) return [];
  const link = optionalString(chain, 'link');
  const names = link !== undefined ? [name, titleName(link)] : [name];
  const out: GoldPronoun[] = [];
  chain['mentions'].forEach((m: unknown, i) => {
    if (!isObject(m) || m['kind'] !== 'pronoun') return;
    const span = range(m['start'], m['end'], text.length, `${where}.mentions[${i}]`);
    if (PERSON_PRONOUNS.has(text.slice(span[0], span[1]).toLowerCase())) out.push({ span, names });
  });
  return out;
}

/** The coreference gold document of one JSON line; throws GoldLineError when it is unusable. */
export function parseCorefLine(line: string): CorefGoldDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new GoldLineError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(value) || !Array.isArray(value['chains'])) throw new GoldLineError('no "chains" list');
  const text = requiredString(value, 'text');
  const pronouns = value['chains'].flatMap((c: unknown, i) => (isObject(c) ? chainPronouns(c, text, `chains[${i}]`) : []));
  const split = optionalString(value, 'gum_split') ?? optionalString(value, 'split');
  return { id: requiredString(value, 'id'), text, ...(split !== undefined && { split }), pronouns };
}

/** What a system resolved each pronoun to: the span's key `start:end` → the person's name. */
export type PredictPronouns = (doc: CorefGoldDocument) => Map<string, string>;

/** The library's resolution: every person mention's span, with its entity's name. */
export function pipelinePronouns(gold: CorefGoldDocument): Map<string, string> {
  const doc = new Doc(gold.text, { id: gold.id });
  defaultPipeline().run(doc);
  const out = new Map<string, string>();
  for (const entity of doc.entities) {
    if (entity.type !== 'person') continue;
    for (const m of entity.mentions) out.set(`${m.start}:${m.end}`, entity.name);
  }
  return out;
}

/** The pronoun scores: accuracy over all gold pronouns, and precision over those the system resolved. */
export interface CorefReport {
  documents: number;
  accuracy: Ratio;
  precision: Ratio;
}

/** Scores the gold pronouns against a system's resolution (by default, the library's). */
export function evaluateCoref(documents: readonly CorefGoldDocument[], predict: PredictPronouns = pipelinePronouns): CorefReport {
  let total = 0;
  let resolved = 0;
  let right = 0;
  for (const doc of documents) {
    if (doc.pronouns.length === 0) continue;
    const predicted = predict(doc);
    for (const pronoun of doc.pronouns) {
      total++;
      const name = predicted.get(`${pronoun.span[0]}:${pronoun.span[1]}`);
      if (name === undefined) continue;
      resolved++;
      if (pronoun.names.some((n) => namesAgree(name, n))) right++;
    }
  }
  return { documents: documents.length, accuracy: ratio(right, total), precision: ratio(right, resolved) };
}

/** The report as text. */
export function formatCorefReport(report: CorefReport, title: string): string {
  const show = (r: Ratio): string => `${r.value === null ? '–' : r.value.toFixed(3)} (${r.count}/${r.of})`;
  return `pronouns → named person on ${title}: ${report.documents} documents\n` +
    `  accuracy ${show(report.accuracy)}   precision of resolved ${show(report.precision)}\n` +
    '  third-person singular pronouns in chains with a name; right when the span is in a person entity whose name agrees.';
}
