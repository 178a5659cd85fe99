/**
 * What is sent or offered, not who receives it. A verb of giving takes the receiver as its first
 * object only when the thing given follows it ("sent Lee a letter", "offered Tarn help"); an object
 * followed by where it goes ("would send him into the army", "sent Lee to Moscow") or by what it is to
 * do ("offered the Gurkhas to help in the relief effort") is the thing given. PLOVER's AID is given to
 * its recipient, so such an object is no party to the giver's act.
 */
import type { Token } from '../../doc/document.js';
import { isFormOf } from '../../lexicon/plover.js';
import type { TokenRange } from './02-qualifiers.js';

/** The verbs of giving whose first object may be the receiver or the thing given. */
const GIVING = ['send', 'dispatch', 'offer', 'give', 'lend', 'deploy', 'deliver'];
/** Words after the object that say where it goes: it is what is sent. */
const DESTINATIONS: ReadonlySet<string> = new Set(['in', 'into', 'to', 'back', 'home', 'abroad', 'away', 'off', 'out', 'onto']);
/** Words of the object's own phrase between the verb and the actor ("the", "Sergeant"). */
const OBJECT_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN']);
/** How many such words may stand there. */
const PHRASE_REACH = 2;

/**
 * Whether the later actor is the object a verb of giving (at `verb`) sends or offers: right after the
 * verb, and followed by a destination or by an infinitive of what it is to do.
 */
export function givenAsTheme(tokens: readonly Token[], verb: TokenRange, later: TokenRange): boolean {
  const head = tokens[verb.first] as Token;
  if (head.pos !== 'VERB' || !GIVING.some((lemma) => isFormOf(head.lower, lemma))) return false;
  if (later.first <= verb.last || later.first > verb.last + 1 + PHRASE_REACH) return false;
  for (let i = verb.last + 1; i < later.first; i++) if (!OBJECT_PHRASE.has((tokens[i] as Token).pos)) return false;
  const next = tokens[later.last + 1];
  return next !== undefined && DESTINATIONS.has(next.lower);
}
