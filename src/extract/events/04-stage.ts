/**
 * Stage: events between the actors of each sentence. Each pair of neighbouring actor mentions is
 * coded with the sentence coder; a trigger must stand between them (with only auxiliaries and
 * adverbs before it and an object phrase after it), after them when they are one coordinated
 * subject of an act done together ("Berg and Lee met"), or right before them as "a meeting
 * between Berg and Lee". An actor listed with the second one shares its event ("Berg met Lee and
 * Kerr": two events). No event links an actor that is a setting ("met in Geneva"), a title's name
 * ("television host Lee"), the subject of what is said ("denied Lee said"), a topic ("talks about
 * Tarn"), a name given ("called Lee a liar"), a comparison ("the same embargo as Tarn"), or a
 * passive's other actor without "by". In a sentence about a match or a prize, the lexicon's
 * contest words name no event ("beat Roddick 6-4", "will meet Lee in the final").
 * A light verb stands for the event noun it takes ("Tarn received IMF support").
 * The first actor is the source, unless the verb is passive ("Lee was invited by Berg") or the
 * first actor receives the act ("Lee received an invitation from Berg", "concessions from Berg").
 *
 * One event per interaction: an event with the same category, mode, source and target entities,
 * negation and modality as an earlier one in the article is the same interaction told again, and is
 * kept once, at its first mention.
 */
import type { Doc, Event, Token } from '../../doc/document.js';
import { CUE_FORMS } from '../../lexicon/cues.js';
import { CONTEST_TRIGGERS, CONTEST_WORDS, FLIP_PATTERNS, FROM_SOURCE_NOUNS, OF_SOURCE_NOUNS, isFormOf, lemmasAndForms, matchesWord, type PatternWord } from '../../lexicon/plover.js';
import { wordList } from '../../lexicon/word-lists.js';
import { TIME_WORDS } from '../../lexicon/words.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokensIn } from '../../text/token-index.js';
import { findTriggers, matchAt } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';
import { coordinated } from './03-select.js';
import { actorsBySentence, quoteAt, type ActorMention } from './actors.js';
import { candidateEvent, qualifyCandidate, type CandidateEvent, type CodedEvent } from './code.js';

const BE = ['be'];
const FROM_SOURCE: ReadonlySet<string> = new Set(lemmasAndForms(new Set(FROM_SOURCE_NOUNS)));
// "attacked the government over Tarn", "talks about Tarn": the topic, not the target; after a
// consultation "on" too ("talks on Tarn's future"), which elsewhere names the target ("an attack on").
const TOPIC_WORDS = ['about', 'over', 'regarding', 'concerning'];
const CONSULT_TOPIC_WORDS = [...TOPIC_WORDS, 'on'];
// "called the plan 'unjustified'", "called Lee a liar": naming, not a phone call ("called Lee last week").
const NAMING_NEXT = new Set(['DET', 'ADJ']);
const QUOTE_MARKS = new Set(['"', '“', "'", '‘']);
// How far after the named one the name may start ("called the UK's rebate from the EU 'unjustified'").
const NAMED_WITHIN = 10;
const OF_SOURCE: ReadonlySet<string> = new Set(lemmasAndForms(new Set(OF_SOURCE_NOUNS)));
// "the same embargo as countries such as Tarn": a comparison, not the target.
const COMPARISON_WORDS = ['as', 'like', 'than'];
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'around', 'inside', 'outside', 'across', 'throughout', 'within']);

/**
 * Whether an actor is a setting, neither source nor target: a country or an organisation after a
 * preposition of place ("met in Geneva", "a credit union in Mozambique before chairing a meeting";
 * not a person: "interested in Lee opposing Kerr").
 */
function setting(doc: Doc, actor: ActorMention, range: TokenRange): boolean {
  return doc.entities[actor.entity]?.type !== 'person' && PLACE_PREPOSITIONS.has(doc.tokens[range.first - 1]?.lower ?? '');
}

/** Whether a verb trigger is passive: a form of "be" and a participle ("was invited"; not "is meeting"). */
function passive(tokens: readonly Token[], trigger: TokenRange): boolean {
  const before = tokens[trigger.first - 1];
  const verb = tokens[trigger.first] as Token;
  return before !== undefined && BE.some((w) => isFormOf(before.lower, w)) && verb.pos === 'VERB' && !verb.lower.endsWith('ing');
}

// Whether a word stands between the trigger and the second actor.
function wordBetween(tokens: readonly Token[], trigger: TokenRange, second: TokenRange, word: string): boolean {
  for (let i = trigger.last + 1; i < second.first; i++) if (tokens[i]?.lower === word) return true;
  return false;
}

/**
 * Whether the first actor undergoes the act: a passive verb with "by", "received an invitation
 * from", or an act the lexicon's `fromSource` nouns name with "from" ("concessions from Lee").
 */
function flipped(tokens: readonly Token[], first: TokenRange, second: TokenRange, trigger: TokenRange): boolean {
  // The pattern may run past the second actor to an event noun it modifies ("received IMF support").
  const limit = Math.max(second.first - 1, trigger.last);
  for (let i = first.last + 1; i < Math.min(trigger.first, second.first); i++) {
    if (FLIP_PATTERNS.some((p) => matchAt(tokens, p, i, limit) >= trigger.first)) return true;
  }
  if (passive(tokens, trigger)) return wordBetween(tokens, trigger, second, 'by');
  return FROM_SOURCE.has((tokens[trigger.last] as Token).lower) && wordBetween(tokens, trigger, second, 'from');
}

// In running text an event links its actors tightly: only auxiliaries, adverbs and governing verbs
// between the subject and the trigger ("has not agreed to meet"), only an object phrase or a
// preposition between the trigger and the other actor ("visit to", "an invitation from").
const SUBJECT_GAP = new Set(['AUX', 'ADV', 'PART', 'VERB']);
// Before a noun trigger, its verb and what stands between: "did not rule out a visit", "expressed interest in talks".
const NOUN_SUBJECT_GAP = new Set(['AUX', 'ADV', 'PART', 'VERB', 'DET', 'ADJ', 'NUM', 'NOUN', 'ADP']);
const OBJECT_GAP = new Set(['DET', 'ADJ', 'ADP', 'NUM', 'NOUN', 'PART']);
const MAX_GAP = 8;

function gapOf(tokens: readonly Token[], from: number, to: number, tags: ReadonlySet<string>): boolean {
  if (to - from + 1 > MAX_GAP) return false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    if (!tags.has(t.pos) && t.lower !== 'to') return false;
  }
  return true;
}

const MODIFIERS = new Set(['ADJ', 'NUM']);
const OBJECTS = new Set(['NOUN', 'PROPN', 'PRON']);

/** Whether a verb has its own object right after it ("met the envoy", "met with supporters"; not "met last week"). */
function hasObject(tokens: readonly Token[], after: number): boolean {
  let i = tokens[after]?.lower === 'with' ? after + 1 : after;
  if (tokens[i]?.pos === 'DET') return !TIME_WORDS.has(tokens[i + 1]?.lower ?? '');
  while (MODIFIERS.has(tokens[i]?.pos ?? '')) i++;
  const word = tokens[i];
  return word !== undefined && OBJECTS.has(word.pos) && !TIME_WORDS.has(word.lower);
}

/**
 * Whether actors joined before a trigger did it together: "Berg and Lee met", "signed a deal";
 * not "Berg and Lee called for talks" (each of them asked), "Berg and Lee met the envoy" (both met
 * someone else), nor "the chairman of the Council, Lee warned" (a comma alone joins no subjects).
 */
function partners(tokens: readonly Token[], first: TokenRange, second: TokenRange, act: CandidateEvent): boolean {
  if (!act.reciprocal || !coordinated(tokens, first, second) || !joinedByWord(tokens, first, second)) return false;
  return !(act.partnerObject && hasObject(tokens, act.trigger.last + 1));
}

/** Whether a word ("and", "with"), not only commas, joins two coordinated actors. */
function joinedByWord(tokens: readonly Token[], first: TokenRange, second: TokenRange): boolean {
  for (let i = first.last + 1; i < second.first; i++) if ((tokens[i] as Token).lower !== ',') return true;
  return false;
}

/**
 * Whether a noun trigger is in the title of the name after it ("television host Dick Clark",
 * "insurance broker Marsh", "phone firm MCI", "finance minister Lee"): only nouns between them.
 * Not a noun with its preposition ("talks with Lee"), a gerund ("after meeting Lee"), nor a noun
 * right after the subject ("Berg battle Lee", a verb the tagger missed).
 */
function titleOf(tokens: readonly Token[], first: TokenRange, second: TokenRange, trigger: TokenRange): boolean {
  const last = tokens[trigger.last] as Token;
  if (trigger.first <= first.last + 1 || last.pos !== 'NOUN' || last.lower.endsWith('ing')) return false;
  for (let i = trigger.last + 1; i < second.first; i++) if ((tokens[i] as Token).pos !== 'NOUN') return false;
  return true;
}

/** How far an apposition after an actor may run (", his transport spokesman,"). */
const APPOSITION = 8;

// Who is asked or accused may be the subject of the clause that says what of: "demanded Lee quit".
const CLAUSE_TARGETS: ReadonlySet<string> = new Set(['REQUEST', 'ACCUSE']);

/**
 * Whether the actor after a verb of saying is the subject of what is said, not its target: it has
 * its own verb, maybe past an apposition ("denied Lee, his spokesman, said the plans stink",
 * "rejected the idea Lee posed a threat"; not "promised Lee he would", "urged Lee to", "demanded
 * Lee quit").
 */
function subjectOfReport(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  if (CLAUSE_TARGETS.has(act.code) || !CUE_FORMS.has((tokens[act.trigger.first] as Token).lower)) return false;
  let i = second.last + 1;
  if (tokens[i]?.lower === ',') {
    for (let j = i + 1; j <= i + APPOSITION && j < tokens.length; j++) {
      if ((tokens[j] as Token).lower === ',') {
        i = j + 1;
        break;
      }
    }
  }
  const next = tokens[i];
  return next !== undefined && next.sentence === (tokens[second.last] as Token).sentence && (next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * Whether the second actor is the topic after the trigger ("attacked the government over Tarn",
 * "talks on Tarn"), not the owner of the topic, whom the act concerns ("a complaint over Tarn's
 * support", "over US support").
 */
function topic(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  const words = act.code === 'CONSULT' ? CONSULT_TOPIC_WORDS : TOPIC_WORDS;
  if (!words.some((w) => wordBetween(tokens, act.trigger, second, w))) return false;
  const next = tokens[second.last + 1];
  return next === undefined || !(next.pos === 'NOUN' || next.pos === 'PART' || next.lower === "'s" || next.lower === '’s');
}

/**
 * Whether the second actor is the one who does what the noun names ("the resignation of Lee", "a
 * withdrawal of Tarn's troops"): the lexicon's `ofSource` nouns; the actor before is not its target
 * unless it receives the act ("accepted the resignation of Lee").
 */
function actorOf(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  const noun = tokens[act.trigger.last] as Token;
  return noun.pos === 'NOUN' && OF_SOURCE.has(noun.lower) && tokens[act.trigger.last + 1]?.lower === 'of' && act.trigger.last + 1 < second.first;
}

/** Whether "call" names its object rather than phones it: a description or a quotation follows ("called Lee a liar"). */
function naming(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  if (act.mode !== 'phone' || !isFormOf((tokens[act.trigger.first] as Token).lower, 'call')) return false;
  const next = tokens[second.last + 1];
  if (next === undefined || TIME_WORDS.has(tokens[second.last + 2]?.lower ?? '')) return false;
  if (NAMING_NEXT.has(next.pos)) return true;
  // "called the UK's rebate from the EU 'unjustified'": a quotation before the next verb.
  for (let i = second.last + 1; i <= second.last + NAMED_WITHIN; i++) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== next.sentence) return false;
    if (QUOTE_MARKS.has(token.lower)) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return false;
  }
  return false;
}

/** Whether the coded trigger stands where an event between the two actors may stand in running text. */
function placed(tokens: readonly Token[], first: TokenRange, second: TokenRange, act: CandidateEvent): boolean {
  // "Bangladesh received IMF support": the light verb stands where the event does.
  const trigger = act.lightVerb ?? act.trigger;
  const noun = tokens[trigger.first]?.pos === 'NOUN';
  if (trigger.first > first.last && trigger.first < second.first) {
    if (noun ? titleOf(tokens, first, second, trigger) : subjectOfReport(tokens, second, act)) return false;
    // "Lee was investigated over Kerr's visa": a passive without its agent links no second actor.
    if (!noun && passive(tokens, trigger) && !wordBetween(tokens, trigger, second, 'by')) return false;
    if (COMPARISON_WORDS.some((w) => wordBetween(tokens, trigger, second, w))) return false;
    if (topic(tokens, second, act) || naming(tokens, second, act)) return false;
    if (actorOf(tokens, second, act) && !flipped(tokens, first, second, act.trigger)) return false;
    return gapOf(tokens, first.last + 1, trigger.first - 1, noun ? NOUN_SUBJECT_GAP : SUBJECT_GAP) && gapOf(tokens, trigger.last + 1, second.first - 1, OBJECT_GAP);
  }
  if (trigger.first > second.last) return partners(tokens, first, second, act) && gapOf(tokens, second.last + 1, trigger.first - 1, SUBJECT_GAP);
  // "a meeting between Berg and Lee"; not "the trip follows claims of infighting between Berg and
  // Lee", nor "a meeting between Tarn boss Berg and …" for Tarn and Berg.
  return trigger.last === first.first - 2 && tokens[first.first - 1]?.lower === 'between' && coordinated(tokens, first, second) && joinedByWord(tokens, first, second);
}

function eventOf(doc: Doc, sentence: number, source: ActorMention, target: ActorMention, coded: CodedEvent): Event {
  const first = doc.tokens[coded.trigger.first] as Token;
  const last = doc.tokens[coded.trigger.last] as Token;
  const q = quoteAt(doc, first.start);
  return {
    code: coded.code,
    mode: coded.mode,
    source: source.mention,
    target: target.mention,
    negated: coded.negated,
    modality: coded.modality,
    trigger: { start: first.start, end: last.end },
    sentence,
    quote: q < 0 ? null : q,
  };
}

// The contest triggers' words and forms, and the contest words, as word lists (bits of Token.lists).
const CONTEST_TRIGGER_WORDS = wordList(lemmasAndForms(new Set(CONTEST_TRIGGERS.map((phrase) => phrase[0]?.lemma ?? ''))));
const CONTEST_SENTENCE_WORDS = wordList(CONTEST_WORDS);

/** Whether a sentence is about a match or a prize: a contest word, or a score ("6-4", "2-1"). */
function contest(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) {
    const token = tokens[i] as Token;
    if ((token.lists & CONTEST_SENTENCE_WORDS) !== 0) return true;
    if (token.lower === '-' && tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.pos === 'NUM') return true;
  }
  return false;
}

/** Whether a trigger's first word is one that names a contest in a sentence about one ("beat", "meet"). */
function contestWord(token: Token): boolean {
  return (token.lists & CONTEST_TRIGGER_WORDS) !== 0 && CONTEST_TRIGGERS.some((phrase) => matchesWord(token.lower, token.pos, phrase[0] as PatternWord));
}

/** The events of one sentence, between neighbouring actors and actors coordinated with them. */
function sentenceEvents(doc: Doc, sentence: number, actors: readonly ActorMention[]): Event[] {
  const tokens = doc.tokens;
  const range = tokensIn(tokens, doc.sentences[sentence] as { start: number; end: number });
  if (!range) return [];
  const ranges = actors.map((a) => tokensIn(tokens, a.mention));
  const found = findTriggers(tokens, range.first, range.last);
  // "beat Roddick 6-4 in the final": a contest, no event.
  const triggers = found.some((t) => contestWord(tokens[t.first] as Token)) && contest(tokens, range) ? found.filter((t) => !contestWord(tokens[t.first] as Token)) : found;
  if (triggers.length === 0) return [];
  const events: Event[] = [];
  for (let i = 0; i + 1 < actors.length; i++) {
    const a = actors[i] as ActorMention;
    const b = actors[i + 1] as ActorMention;
    const ra = ranges[i];
    const rb = ranges[i + 1];
    if (!ra || !rb || a.entity === b.entity || setting(doc, a, ra) || setting(doc, b, rb)) continue;
    // Only a word between them or a coordination can place an event (see placed): others are not coded.
    if (!triggers.some((t) => t.first > ra.last && t.first < rb.first) && !coordinated(tokens, ra, rb)) continue;
    // Negation and modality are read only for an act placed where an event stands.
    const candidate = candidateEvent(tokens, range, ra, rb, triggers);
    if (!candidate || !placed(tokens, ra, rb, candidate)) continue;
    const coded = qualifyCandidate(tokens, candidate);
    const flip = flipped(tokens, ra, rb, coded.trigger);
    const [source, target] = flip ? [b, a] : [a, b];
    events.push(eventOf(doc, sentence, source, target, coded));
    // "Berg met Lee and Kerr", "Lee, Kerr and Vik": they share the event with Lee, up to the last
    // one joined by a word; a comma alone joins no list ("compensation from Lee, the envoy Kerr said").
    const shared: ActorMention[] = [];
    let listed = 0;
    for (let j = i + 2; j < actors.length; j++) {
      const rj = ranges[j];
      const previous = ranges[j - 1];
      const c = actors[j] as ActorMention;
      if (!rj || !previous || !coordinated(tokens, previous, rj) || c.entity === a.entity) break;
      shared.push(c);
      if (joinedByWord(tokens, previous, rj)) listed = shared.length;
    }
    for (const c of shared.slice(0, listed)) events.push(eventOf(doc, sentence, flip ? c : a, flip ? a : c, coded));
  }
  return events;
}

function key(event: Event): string {
  const { code, mode, negated, modality } = event;
  return JSON.stringify([code, mode, event.source.entity, event.target.entity, negated, modality]);
}

/** The events of a document, one per interaction. */
export function findEvents(doc: Doc): Event[] {
  const seen = new Set<string>();
  const events: Event[] = [];
  actorsBySentence(doc).forEach((actors, sentence) => {
    if (actors.length < 2) return;
    for (const event of sentenceEvents(doc, sentence, actors)) {
      const k = key(event);
      if (seen.has(k)) continue;
      seen.add(k);
      events.push(event);
    }
  });
  return events;
}

/** Codes the events between the document's actors. */
export const eventsStage: Stage = {
  name: 'events',
  reads: ['tokens', 'sentences', 'quotes', 'entities'],
  writes: ['events'],
  run(doc: Doc) {
    doc.events = findEvents(doc);
  },
};
