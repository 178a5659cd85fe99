/**
 * A person the text describes but never names — "a spokesman for the English National Ballet told BBC
 * News …", "the prime minister said …" when no one named holds the office — is still a person in view:
 * the "He said" of the next sentence is that spokesman, not the last man named before him. Such a
 * speaker weighs in the salience like any other (salience.ts) as a group of its own with no entity; a
 * pronoun it wins stays unresolved, named by the description, never given to someone else. It stays in
 * view until a person is named outside what it said ("A spokesman said … Mr Hill and his colleagues …
 * He denied": Mr Hill).
 */
import type { Doc, Mention, Span, Token } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import { genderOf, type Group } from './groups.js';
import { POSSESSIVE_PRONOUNS, headIndex } from './noun-phrase.js';
import { PERSON_NOUNS, POSSESSIVE_S, UNNAMED_ROLES } from '../../lexicon/words.js';

/** The index an unnamed person's group carries: it is no entity of the article. */
const UNNAMED = -1;

/** Words that open a description of one person new to the text: "a spokesman", "one official". */
const ONE = new Set(['a', 'an', 'one', 'another']);
/** Words that open a description of one person the text has told of: "the minister", "this official" (and "his aide"). */
const THE = new Set(['the', 'this', 'that']);

/** Whether a possessive mark stands between token `first` and the head at `head` ("Mr Blair's official spokesman"). */
function owned(tokens: readonly Token[], first: number, head: number): boolean {
  for (let k = first + 1; k < head; k++) if (POSSESSIVE_S.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** A group that stands for what a description says of a person: "a spokesman for the club" who said something. */
export interface UnnamedGroup extends Group {
  described: Mention;
}

/** Whether a group stands for a person the text never names. */
export function isUnnamed(group: Group): group is UnnamedGroup {
  return group.index === UNNAMED;
}

/**
 * The unnamed person a speaker's description stands for, or undefined when it is no description of
 * one person: a name, a pronoun, a body ("the company"), a thing ("the report"), a plural ("officials",
 * "a group of protesters"), or a phrase with no determiner of one ("Officials").
 */
export function unnamedPerson(doc: Doc, mention: Mention): UnnamedGroup | undefined {
  if (mention.kind !== 'nominal' || mention.type !== 'person') return undefined;
  const first = tokenAtOrAfter(doc.tokens, mention.start);
  const last = tokenAtOrAfter(doc.tokens, mention.end) - 1;
  if (last <= first) return undefined;
  const opening = (doc.tokens[first] as Token).lower;
  const at = headIndex(doc.tokens, { first, last });
  // "President Castro's chief aide": an owner's name and "'s" determine the head as "the" does.
  const definite = THE.has(opening) || POSSESSIVE_PRONOUNS.has(opening) || owned(doc.tokens, first, at);
  if (!ONE.has(opening) && !definite) return undefined;
  const head = (doc.tokens[at] as Token).lower;
  // "The TV host said" names someone told of before, whom the resolution may have missed; only one who
  // speaks for a body is most often never named ("the band's spokesman", "the official").
  if (!PERSON_NOUNS.has(head) || (definite && !UNNAMED_ROLES.has(head))) return undefined;
  const text = doc.slice(mention);
  const entity = { name: text, type: 'person' as const, mentions: [], kbId: null, role: null, country: null };
  return {
    // Only the head describes them: "the prime minister's official spokesman" is no minister.
    entity, index: UNNAMED, words: text.toLowerCase().split(/\s+/), descriptors: new Set([head]),
    gender: genderOf(mention.descriptors, text), shown: true, described: mention,
  };
}

/** The unnamed person in view: the last one who spoke, until a person is named outside what they said. */
export class UnnamedInView {
  private group: UnnamedGroup | undefined;
  private said: readonly Span[] = [];

  /** The unnamed person spoke or was meant again; `quotes` are what they said there, if anything. */
  meant(group: UnnamedGroup, quotes: ReadonlyArray<{ spans: readonly Span[] }>): void {
    if (group !== this.group || quotes.length > 0) this.said = quotes.flatMap((q) => q.spans);
    this.group = group;
  }

  /** A person is named at `m`: unless within what the unnamed person said, they leave the view. */
  named(m: Span): void {
    if (!this.said.some((s) => s.start <= m.start && m.end <= s.end)) this.group = undefined;
  }

  /** Whether a group may stand for a pronoun here: any of the article's, and the unnamed person in view. */
  fits(group: Group): boolean {
    return !isUnnamed(group) || group === this.group;
  }
}
