/**
 * The kind of an event actor (state, government, IGO, party, armed group, politician, company,
 * person, other) and whether an interaction is political, from the entity's type, its
 * knowledge-base id, its role and the words that describe it ("Tory leader Michael Howard",
 * "the Ministry of Defence"), as lexicon data (src/lexicon/actor-kinds.json).
 */
import type { Doc, Entity, Mention, Token } from '../../doc/document.js';
import type { ActorKind } from '../../doc/record.js';
import data from '../../lexicon/actor-kinds.json' with { type: 'json' };
import { tokensIn } from '../../text/token-index.js';
import { sportArticle } from './contest.js';
import { describedAfter } from './described-after.js';

type OrgKind = Exclude<ActorKind, 'state' | 'politician' | 'person'>;

function byWord(lists: Readonly<Record<string, readonly string[]>>): Map<string, OrgKind> {
  const map = new Map<string, OrgKind>();
  for (const [kind, words] of Object.entries(lists)) for (const word of words) map.set(word, kind as OrgKind);
  return map;
}

const KB_KINDS = byWord(data.organizations);
const HEADS = byWord(data.heads);
const FIRST_WORDS = byWord(data.firstWords);
const PARTIES: ReadonlySet<string> = new Set(data.parties);
const POLITICIAN_WORDS: ReadonlySet<string> = new Set([...data.politicianWords, ...data.parties]);
const POLITICAL: ReadonlySet<string> = new Set(data.political);
const FORCE: ReadonlySet<string> = new Set(data.force);
const SPORT_BODIES: ReadonlySet<string> = new Set(data.sportBodies);
const SPORT_TITLES: ReadonlySet<string> = new Set(data.sportTitles);
const RELIGIOUS: ReadonlySet<string> = new Set(data.religious);
// In a report on sport a club, a league or a federation has presidents and leaders too.
const POLITICIAN_WORDS_IN_SPORT: ReadonlySet<string> = new Set([...POLITICIAN_WORDS].filter((w) => !SPORT_TITLES.has(w)));

/** Whether an actor of this kind acts in politics (a state, a government, an IGO, a party, an armed group, a politician). */
export function politicalKind(kind: ActorKind): boolean {
  return POLITICAL.has(kind);
}

/** Whether an actor of this kind can use force (a state, a government with its army and police, an armed group). */
export function forceKind(kind: ActorKind): boolean {
  return FORCE.has(kind);
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[\s'’]+/).filter((w) => w !== '' && w !== 's');
}

/**
 * Whether an organisation is named after a capital "The" inside a sentence ("a fan of The Office",
 * "wrote in The Economist") and never after a small "the": the title of a work or a paper, whatever
 * its head word says (a body of state is "the Home Office" in running text).
 */
function workTitle(doc: Doc, entity: Entity): boolean {
  let titled = false;
  for (const mention of entity.mentions) {
    if (mention.kind !== 'name') continue;
    const range = tokensIn(doc.tokens, mention);
    const before = range ? doc.tokens[range.first - 1] : undefined;
    if (before?.lower !== 'the') continue;
    if (doc.text.slice(before.start, before.end) === 'the') return false;
    // After a word or a comma, not at a sentence's or a quotation's start.
    const opener = doc.tokens[range ? range.first - 2 : -1];
    if (opener !== undefined && opener.sentence === before.sentence && (opener.pos !== 'PUNCT' || opener.lower === ',')) titled = true;
  }
  return titled;
}

/** An organisation's kind from its knowledge-base id, else from its name ("Labour Party", "Ministry of Defence", "Acme plc"). */
function organizationKind(doc: Doc, entity: Entity): ActorKind {
  const name = words(entity.name);
  // "US Anti-Doping Agency", "Court of Arbitration for Sport": a sports body, whatever its head says.
  if (name.some((w) => SPORT_BODIES.has(w))) return 'other';
  if (entity.kbId?.startsWith('gov/')) return 'government';
  if (entity.kbId?.startsWith('org/')) return KB_KINDS.get(entity.kbId.slice(4)) ?? 'other';
  if (PARTIES.has(name.join(' '))) return 'party';
  // "the Muslim Council of Britain", "the Church of England": a religious body holds no office of state.
  if (name.some((w) => RELIGIOUS.has(w)) || workTitle(doc, entity)) return 'other';
  // The head is the last word before "of" ("Velan Ministry of Defence"), else the last word.
  const of = name.indexOf('of');
  const head = HEADS.get(name[(of > 0 ? of : name.length) - 1] ?? '') ?? FIRST_WORDS.get(name[0] ?? '');
  if (head) return head;
  // "the Labour Party's", "Tory MPs": a party's name in any of its mentions.
  return entity.mentions.some((m) => PARTIES.has(doc.slice(m.name ?? m).toLowerCase())) ? 'party' : 'other';
}

/**
 * A person is a politician when the knowledge base knows them (heads of state and government,
 * foreign ministers), when they held a role on the article's date, or when a title or party word
 * describes them in one of their mentions ("Foreign Minister Anna Berg", "Labour MP Lee", "Lee, MP for
 * Velton,"); in a
 * report on sport not a title that clubs and federations give too ("club president Lee").
 */
function personKind(doc: Doc, entity: Entity): ActorKind {
  if (entity.kbId?.startsWith('person/') || entity.role !== null) return 'politician';
  const titles = sportReport(doc) ? POLITICIAN_WORDS_IN_SPORT : POLITICIAN_WORDS;
  const described = entity.mentions.some(
    (m) => m.descriptors.some((d) => titles.has(d)) || titledBefore(doc, m, titles) || describedAfter(doc, m, titles, (body) => politicalKind(organizationKind(doc, body))),
  );
  return described ? 'politician' : 'person';
}

const SPORT_REPORTS = new WeakMap<Doc, boolean>();

/** Whether a document reports on sport (contest.ts), read once per document. */
function sportReport(doc: Doc): boolean {
  let sport = SPORT_REPORTS.get(doc);
  if (sport === undefined) SPORT_REPORTS.set(doc, (sport = sportArticle(doc.tokens)));
  return sport;
}

/** The most words of a noun phrase read before a name for its title ("Tory co-chairman", "the party's election chief"). */
const TITLE_WORDS = 6;
// "Chief Secretary to the Treasury Paul Boateng", "Secretary of State for Trade Anna Lee": an office's complement.
const TITLE_LINKS: ReadonlySet<string> = new Set(['to', 'of', 'for']);
const TITLE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'PART', 'DET']);

/**
 * Whether the noun phrase right before a name holds a politician's word ("Tory co-chairman Liam Fox",
 * "Labour's Alan Lee"), of one word or two ("Lib Dem spokesman Vince Cable").
 */
function titledBefore(doc: Doc, mention: Mention, titles: ReadonlySet<string>): boolean {
  if (mention.kind !== 'name') return false;
  const range = tokensIn(doc.tokens, mention);
  if (!range) return false;
  for (let i = range.first - 1; i >= Math.max(0, range.first - TITLE_WORDS); i--) {
    const token = doc.tokens[i] as Token;
    if (!TITLE_TAGS.has(token.pos) && token.lower !== "'s" && !TITLE_LINKS.has(token.lower)) return false;
    if (titles.has(token.lower) || titles.has(`${doc.tokens[i - 1]?.lower ?? ''} ${token.lower}`)) return true;
  }
  return false;
}

/** The kind of an entity as an event actor. */
export function actorKind(doc: Doc, entity: Entity): ActorKind {
  if (entity.type === 'country') return 'state';
  if (entity.type === 'organization') return organizationKind(doc, entity);
  if (entity.type === 'person') return personKind(doc, entity);
  return 'other';
}
