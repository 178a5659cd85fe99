/**
 * Who "I" is outside quotation marks: the one the text itself says is speaking or writing it. In order:
 * the label of a transcript's turn ("Anna Berg: I told them …"; an "A:" turn is the interviewee's, the
 * person named most often, and a "Q:" turn no one's),
 * the last self-introduction before it ("My name is Anna Berg", "I'm Anna Berg", "Hi, it's Anna here"),
 * or the last call before its line that gives the floor ("Miss Berg?"; vocatives.ts); else, for the whole
 * text, the name the characters of a story address its narrator by ("“Anna,” my mother says"), the byline
 * ("By Anna Berg" opening a line), or a letter's signature (a name alone on the last line,
 * after a closing that ends in a comma: "Yours sincerely, / Anna"). Nothing else: an "I" the text never
 * names stays unresolved. Built once per article, and only for an article with such an "I" speaker.
 */
import type { Doc, Mention, Span, Token } from '../../doc/document.js';
import { tokenAtOrAfter, tokensIn } from '../../text/token-index.js';
import { mentionFrom } from './noun-phrase.js';
import narration from '../../lexicon/narration.json' with { type: 'json' };
import { opensLine, turnLabel, unlabelledTurns, type Turn } from './labels.js';
import type { Group } from './groups.js';
import { addressedNarrator, calledTurn } from './vocatives.js';

/** Words that may open a sentence before "it's Anna" ("Hi, it's Anna here"). */
const GREETINGS: ReadonlySet<string> = new Set(narration.greetings);
/** Words after a name that place its speaker: "it's Anna here", "this is Anna Berg reporting". */
const HERE: ReadonlySet<string> = new Set(narration.here);
/** What may follow the name of a greeted introduction: "Hey, it's Anna and welcome back". */
const AFTER_GREETED: ReadonlySet<string> = new Set(narration.afterGreeted);
const BE: ReadonlySet<string> = new Set(['is', "'s", '’s']);
const AM: ReadonlySet<string> = new Set(['am', "'m", '’m']);
/** Words before the interviewee in an interview's opening: "Wikinews interviews Anna Berg". */
const INTERVIEWING: ReadonlySet<string> = new Set(narration.interviewing);

/** A name the text gives its speaker from an offset on. */
interface Named {
  at: number;
  /** Null for an anonymous turn ("Q:"), which ends the naming before it. */
  mention: Mention | null;
}

/** The name mention that starts at token `k`, if any. */
function nameAt(doc: Doc, names: ReadonlyMap<number, Mention>, k: number): Mention | undefined {
  const t = doc.tokens[k];
  return t === undefined ? undefined : names.get(t.start);
}

/** The token after the last of a mention. */
function after(doc: Doc, m: Span): Token | undefined {
  return doc.tokens[tokenAtOrAfter(doc.tokens, m.end)];
}

/** Whether token `k` opens its sentence after a greeting ("Hey, it's Anna"), or opens it at all. */
function greeted(doc: Doc, k: number): { opens: boolean; greeting: boolean } {
  const t = doc.tokens[k] as Token;
  let j = k - 1;
  let greeting = false;
  for (; j >= 0 && (doc.tokens[j] as Token).sentence === t.sentence; j--) {
    const word = (doc.tokens[j] as Token).lower;
    if (GREETINGS.has(word)) greeting = true;
    else if (word !== ',') break;
  }
  return { opens: j < 0 || (doc.tokens[j] as Token).sentence !== t.sentence, greeting };
}

/** Transcript labels and self-introductions, in text order; `interviewee` answers an "A:" turn. */
function namings(doc: Doc, names: ReadonlyMap<number, Mention>, person: (m: Mention) => boolean, quoted: (offset: number) => boolean, interviewee: Mention | undefined): Named[] {
  const out: Named[] = [];
  // Calls name the speaker from the next line on: merged into text order at the end.
  const later: Named[] = [];
  const tokens = doc.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (opensLine(doc, k)) {
      const turn = turnLabel(doc, k);
      if (turn !== null) {
        out.push({ at: t.start, mention: turn === 'answer' ? interviewee ?? null : null });
        continue;
      }
      const label = nameAt(doc, names, k);
      if (label !== undefined && after(doc, label)?.lower === ':') {
        out.push({ at: t.start, mention: label });
        continue;
      }
    }
    if (quoted(t.start)) continue;
    // "Miss Berg?" or "Mr. Obel, please proceed." ending a line: the next line is the called one's turn.
    const called = nameAt(doc, names, k);
    const calledRange = called === undefined ? null : tokensIn(tokens, called);
    const turn = called === undefined || calledRange === null || !person(called) ? null : calledTurn(doc, k, calledRange.last);
    if (called !== undefined && turn !== null) later.push({ at: (tokens[turn] as Token).start, mention: called });
    let name: Mention | undefined;
    // "My name is Anna Berg", "I'm Anna Berg", "I am Anna Berg".
    if (t.lower === 'my' && tokens[k + 1]?.lower === 'name' && BE.has(tokens[k + 2]?.lower ?? '')) name = nameAt(doc, names, k + 3);
    else if (t.lower === 'i' && AM.has(tokens[k + 1]?.lower ?? '')) name = nameAt(doc, names, k + 2);
    // "Hi, it's Anna and …", "It's Anna here", "This is Anna Berg reporting": opening a sentence, after a
    // greeting or before a word that places the speaker ("It's Anna, and …" may correct a name instead).
    else if ((t.lower === 'it' || t.lower === 'this') && BE.has(tokens[k + 1]?.lower ?? '')) {
      const candidate = nameAt(doc, names, k + 2);
      const next = candidate === undefined ? undefined : after(doc, candidate)?.lower ?? '.';
      const { opens, greeting } = greeted(doc, k);
      if (next !== undefined && opens && (HERE.has(next) || (greeting && AFTER_GREETED.has(next)))) name = candidate;
    }
    if (name !== undefined && person(name)) out.push({ at: t.start, mention: name });
  }
  // Stable: a label opening the called line comes after the call and wins.
  return later.length === 0 ? out : [...later, ...out].sort((a, b) => a.at - b.at);
}

/** How far before a name an interviewing word may stand ("interviewed Assistant Professor of … Anna Berg"). */
const MAX_INTERVIEWING_GAP = 20;

/** Whether an interviewing word or phrase ("interviews", "spoke with", "sat down with") ends at token `j`. */
function interviewingEndsAt(tokens: readonly Token[], j: number): boolean {
  let phrase = '';
  for (let k = j; k >= 0 && k > j - 3; k--) {
    phrase = phrase === '' ? (tokens[k] as Token).lower : `${(tokens[k] as Token).lower} ${phrase}`;
    if (INTERVIEWING.has(phrase)) return true;
  }
  return false;
}

/** Words that lead from an interview to its topic: "interviews experts on Cyclone Tarn". */
const TOPIC: ReadonlySet<string> = new Set(['on', 'about', 'over', 'regarding']);

/** Whether no other name is joined to the interviewee's ("interviews Anna Berg and Tom Reed": two). */
function alone(tokens: readonly Token[], m: Mention, opening: readonly Mention[]): boolean {
  const next = tokenAtOrAfter(tokens, m.end);
  const joined = tokens[next]?.lower === 'and' || tokens[next]?.lower === '&' || tokens[next]?.lower === ',';
  return !joined || !opening.some((other) => other.kind === 'name' && other !== m && tokenAtOrAfter(tokens, other.start) === next + 1);
}

/**
 * The person the opening says is interviewed: the first person named in the same sentence after an
 * interviewing word ("Wikinews interviews Anna Berg", "spoke with the club's president, Anna Berg";
 * not "interviewed by the Gazette", nor a name after a pronoun or a topic's preposition). None when the
 * opening interviews two people together ("interviews Anna Berg and Tom Reed"): their turns are told apart
 * by their labels or introductions, if at all.
 */
function interviewedIn(doc: Doc, opening: readonly Mention[], byMention: ReadonlyMap<Mention, Group>): Mention | undefined {
  const tokens = doc.tokens;
  for (const m of opening) {
    if (m.kind !== 'name' || byMention.get(m)?.entity.type !== 'person') continue;
    const k = tokenAtOrAfter(tokens, m.start);
    const sentence = tokens[k]?.sentence;
    for (let j = k - 1; j >= 0 && j >= k - MAX_INTERVIEWING_GAP && tokens[j]?.sentence === sentence; j--) {
      // "interviewed him for the Gazette's Interview of the Month": the one interviewed is the pronoun;
      // "interviews experts on Cyclone Tarn": what follows "on" or "about" is the topic.
      if ((tokens[j] as Token).pos === 'PRON' || TOPIC.has((tokens[j] as Token).lower)) break;
      if (interviewingEndsAt(tokens, j) && tokens[j + 1]?.lower !== 'by') return alone(tokens, m, opening) ? m : undefined;
    }
  }
  return undefined;
}

/**
 * The namings with the turns of an interview printed without labels: its answers are the interviewee's,
 * the person its opening (the headline and standfirst, before the first question) says is interviewed
 * ("Wikinews interviews Anna Berg"); its questions are no one's. A label or an introduction on the line
 * of a turn wins. A transcript of talk with no such opening is read as before, by its labels and calls.
 */
function withUnlabelledTurns(doc: Doc, named: Named[], turns: readonly Turn[], storyNames: readonly Mention[], byMention: ReadonlyMap<Mention, Group>): Named[] {
  const first = turns[0];
  if (first === undefined) return named;
  const interviewee = interviewedIn(doc, storyNames.filter((m) => m.start < first.at), byMention);
  if (interviewee === undefined) return named;
  const asked: Named[] = turns.map((turn) => ({ at: turn.at, mention: turn.kind === 'answer' ? interviewee : null }));
  return [...asked, ...named].sort((a, b) => a.at - b.at);
}

/** The byline's name: a credit right after "By" opening its line. */
function byline(doc: Doc): Mention | undefined {
  for (const credit of doc.credits) {
    const range = tokensIn(doc.tokens, credit);
    if (range === null || doc.tokens[range.first - 1]?.lower !== 'by' || !opensLine(doc, range.first - 1)) continue;
    return mentionFrom(doc, range);
  }
  return undefined;
}

/** A letter's signature: the last line only a name, the line before a closing that ends in a comma. */
function signature(doc: Doc, names: ReadonlyMap<number, Mention>): Mention | undefined {
  const tokens = doc.tokens;
  let last = tokens.length - 1;
  while (last >= 0 && (tokens[last] as Token).pos === 'PUNCT' && tokens[last]?.lower !== ',') last--;
  let first = last;
  while (first > 0 && !opensLine(doc, first)) first--;
  const name = nameAt(doc, names, first);
  if (name === undefined || tokenAtOrAfter(tokens, name.end) !== last + 1) return undefined;
  return tokens[first - 1]?.lower === ',' ? name : undefined;
}

/** The interviewee: the person named most often outside quotations, at least twice and more than any other. */
export function intervieweeOf(storyNames: readonly Mention[], byMention: ReadonlyMap<Mention, Group>): Mention | undefined {
  const counts = new Map<Group, { n: number; mention: Mention }>();
  for (const m of storyNames) {
    const group = byMention.get(m);
    if (group === undefined || group.entity.type !== 'person' || m.kind !== 'name') continue;
    const count = counts.get(group);
    if (count === undefined) counts.set(group, { n: 1, mention: m });
    else count.n++;
  }
  let best: { n: number; mention: Mention } | undefined;
  let second = 0;
  for (const count of counts.values()) {
    if (best === undefined || count.n > best.n) {
      second = best?.n ?? 0;
      best = count;
    } else second = Math.max(second, count.n);
  }
  return best !== undefined && best.n >= 2 && best.n > second ? best.mention : undefined;
}

/**
 * The finder of the narrator at an offset (of the whole text too, or only of a turn), given the story's name mentions outside quotations and the
 * entity of each, whether a mention may name a person, and whether an offset is inside quotation marks.
 */
export function narratorFinder(doc: Doc, storyNames: readonly Mention[], byMention: ReadonlyMap<Mention, Group>, quoted: (offset: number) => boolean): (offset: number, wholeText?: boolean) => Mention | undefined {
  const names = new Map<number, Mention>();
  for (const m of storyNames) if (m.kind === 'name' && !names.has(m.start)) names.set(m.start, m);
  const person = (m: Mention): boolean => {
    const type = byMention.get(m)?.entity.type;
    return type === 'person' || type === 'other';
  };
  const named = withUnlabelledTurns(doc, namings(doc, names, person, quoted, intervieweeOf(storyNames, byMention)), unlabelledTurns(doc, quoted), storyNames, byMention);
  // A story's narrator as the other characters address them comes before the byline: the author of a
  // story in the first person is not its "I".
  const whole = addressedNarrator(doc, (m) => byMention.get(m) ?? doc.slice(m.name ?? m), (m) => byMention.get(m)?.entity.type === 'person') ?? byline(doc) ?? signature(doc, names);
  // `wholeText` false: only a naming of the stretch the offset is in (a turn's label, an introduction, a call).
  return (offset, wholeText = true) => {
    // The last naming at or before the offset, by binary search.
    let lo = 0;
    let hi = named.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((named[mid] as Named).at <= offset) lo = mid + 1;
      else hi = mid;
    }
    const found = named[lo - 1];
    // The last label or introduction names the speaker from there on; an anonymous turn names no one.
    if (found !== undefined) return found.mention ?? undefined;
    return wholeText ? whole : undefined;
  };
}
