/**
 * What a description names, for speaker resolution: a party ("the party"), a body by its common noun
 * ("the company", "the watchdog"), the owner of what it issued ("Velcor's statement"), and whether an
 * office was last held by someone unnamed ("a spokesperson … the spokesperson").
 */
import type { Doc, Span, Token } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import type { Group } from './groups.js';
import { ISSUED_NOUNS, TITLE_WORDS } from '../../lexicon/words.js';
import { MEDIA, PARTIES, PRESS_HEADS, PRESS_NOUNS, PUBLIC_HEADS } from '../../lexicon/names.js';

/** Modifiers that make another office of the one they modify ("shadow chancellor", "former minister"). */
export const OFFICE_CHANGERS: ReadonlySet<string> = new Set(['shadow', 'former', 'deputy', 'vice', 'acting', 'interim', 'junior', 'assistant', 'ex']);

/** Whether an entity is a party: one the lexicon names ("Labour", "Labour Party") or an organisation named "… Party". */
export function isParty(group: Group): boolean {
  const name = group.entity.name.toLowerCase();
  if (group.entity.type !== 'organization') return false;
  return PARTIES.has(name) || name.endsWith(' party') || PARTIES.has(name.slice(name.lastIndexOf(' ') + 1));
}

/**
 * Whether a body's common noun ("the company", "the paper", "the agency") may name an entity: an
 * organisation (not a lone word typed by a guess, "Looking", which may be anything), not a government
 * or a party; a paper for a paper's noun; no court, ministry or commission for the others, unless the
 * noun is the body's own head ("the agency").
 */
export function bodyFor(noun: string, group: Group): boolean {
  const entity = group.entity;
  if (entity.type !== 'organization' || (entity.kbId?.startsWith('gov/') ?? false) || isParty(group)) return false;
  const name = entity.name.toLowerCase();
  // The head of "Court of Appeal" is "court"; of "Velder Holdings", "holdings".
  const of = name.indexOf(' of ');
  const before = of === -1 ? name : name.slice(0, of);
  const last = before.slice(before.lastIndexOf(' ') + 1);
  if (PRESS_NOUNS.has(noun)) return MEDIA.has(name) || PRESS_HEADS.has(last);
  return !PUBLIC_HEADS.has(last) || last === noun;
}

/** Whether the noun after a name's "'s" (past adjectives) is one the name issued ("Velcor's latest statement"), within the speaker. */
export function issuedBy(doc: Doc, name: Span, speaker: Span): boolean {
  let k = tokenAtOrAfter(doc.tokens, name.end) + 1;
  while (doc.tokens[k]?.pos === 'ADJ') k++;
  const head = doc.tokens[k];
  return head !== undefined && head.end <= speaker.end && ISSUED_NOUNS.has(head.lower);
}

/** How many tokens back heldUnnamed looks: a sentence or two of news, and a bound in a text of one endless sentence. */
const UNNAMED_REACH = 80;
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Words that introduce someone new by a description ("a Delta spokesperson", "the minister's spokesman"). */
const INTRODUCING = new Set(['a', 'an', 'another', "'s", '’s']);

/**
 * Whether the office a description names ("the spokesperson") was held in this sentence or the one
 * before by someone unnamed and introduced so ("A Delta spokesperson confirmed … The spokesperson also
 * confirmed", "the minister's spokesman was asked … The spokesman said"): its word as a noun outside
 * quotation marks, not a title before a name ("spokesman Tom Reed"), not another office ("a shadow
 * chancellor"), not an earlier "the doctor" (the same description, whoever it stands for).
 */
export function heldUnnamed(doc: Doc, speaker: Span, head: string, modifiers: readonly string[], quotedAt: (offset: number) => boolean): boolean {
  const tokens = doc.tokens;
  const first = tokenAtOrAfter(tokens, speaker.start);
  const sentence = (tokens[first] as Token).sentence;
  for (let k = first - 1; k >= 0 && first - k <= UNNAMED_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.sentence < sentence - 1) break;
    if (t.lower !== head || t.pos !== 'NOUN' || tokens[k + 1]?.pos === 'PROPN' || quotedAt(t.start)) continue;
    const before = tokens[k - 1]?.lower ?? '';
    if (OFFICE_CHANGERS.has(before) || (TITLE_WORDS.has(before) && !modifiers.includes(before))) continue;
    let j = k - 1;
    while (j > 0 && MODIFIER_TAGS.has((tokens[j] as Token).pos)) j--;
    if (INTRODUCING.has(tokens[j]?.lower ?? '')) return true;
  }
  return false;
}
