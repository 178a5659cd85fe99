/**
 * The sides of a match in a report on sport: the names on either side of a word of the match
 * ("Leicestershire beat Somerset by an innings", "Stirling drew with Dundee", "East Fife v Clydebank"),
 * and the name after "v" in a list of fixtures ("May 17 v Northampton"). A county's or a town's name
 * there stands for its club, as a club's nickname does; organizations.ts decides which names may.
 */
import type { Doc, Token } from '../../doc/document.js';
import { AWARD_WORDS, FIXTURE_WORDS, MATCH_WORDS } from '../../lexicon/names.js';

/** A name's first and last token. */
export interface TokenSpan {
  first: number;
  last: number;
}

/** Whether the sentence of token `k` is about a prize, a chart or a vote. */
function aboutAward(tokens: readonly Token[], k: number): boolean {
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k; j >= 0 && (tokens[j] as Token).sentence === sentence; j--) if (AWARD_WORDS.has((tokens[j] as Token).lower)) return true;
  for (let j = k + 1; j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) if (AWARD_WORDS.has((tokens[j] as Token).lower)) return true;
  return false;
}

// How many tokens a country in brackets after a side may take ("Red Star (Yugoslavia) beat Dinamo").
const BRACKET_REACH = 4;

/** The token after a side's name, past a country in brackets ("Red Star (Yugoslavia) beat …"). */
function afterSide(tokens: readonly Token[], last: number): number {
  if (tokens[last + 1]?.lower !== '(') return last + 1;
  for (let k = last + 2; k <= last + 1 + BRACKET_REACH && k < tokens.length; k++) if ((tokens[k] as Token).lower === ')') return k + 1;
  return last + 1;
}

/** The match word or phrase of one or two tokens at token `k`, as the number of its tokens, or 0. */
function matchWordAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined) return 0;
  const next = tokens[k + 1];
  if (next !== undefined && next.sentence === t.sentence && MATCH_WORDS.has(`${t.lower} ${next.lower}`)) return 2;
  return MATCH_WORDS.has(t.lower) ? 1 : 0;
}

/**
 * The names, of `names`, that stand as a side of a match: both names around a match word, when
 * neither names a `person` in full ("Jelena Kostanic") nor the sentence is about a prize, or the name after a fixture's "v"
 * whatever stands before it. Call only for an article about sport.
 */
export function matchSides<T extends TokenSpan>(doc: Doc, names: readonly T[], person: (name: T) => boolean): T[] {
  const tokens = doc.tokens;
  const out: T[] = [];
  let byFirst: Map<number, T> | undefined;
  for (const n of names) {
    const at = afterSide(tokens, n.last);
    const words = matchWordAt(tokens, at);
    if (words === 0) continue;
    if (byFirst === undefined) {
      byFirst = new Map();
      for (const m of names) byFirst.set(m.first, m);
    }
    const other = byFirst.get(at + words);
    // "Mirza beat Jelena Kostanic": a player's side is the player; "Morrissey beat Eminem" in a category, a contender.
    if (other === undefined || other === n || person(n) || person(other) || aboutAward(tokens, at)) continue;
    out.push(n, other);
  }
  for (const n of names) {
    const before = tokens[n.first - 1];
    if (before !== undefined && FIXTURE_WORDS.has(before.lower) && before.sentence === tokens[n.first]?.sentence) out.push(n);
  }
  return out;
}
