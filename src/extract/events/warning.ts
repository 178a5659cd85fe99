/**
 * A warning of a danger is no threat. PLOVER's THREATEN is "coercive or forceful warnings with
 * serious potential repercussions": "warned Lee that his government would expel him" is one, with
 * the warner's side as the subject of what it warns of; "warned Lee that the war could be illegal"
 * and "warned Lee that attacking Kerr had brought trouble" tell of a danger that is no one's act. A
 * clause with a pronoun as subject threatens only when it announces an act ("warned it will
 * retaliate"), not when it tells how things stand ("warned Labour they were in danger of pandering to
 * prejudice", where "that" may be left out), nor a warning about a thing ("warned the government about
 * its attacks").
 */
import type { Token } from '../../doc/document.js';
import { AGENT_NOUNS, ANNOUNCING, WARNINGS, isFormOf } from '../../lexicon/plover.js';
import type { Trigger } from './01-triggers.js';

/** How far after the warning word its "that" may stand ("warned Lee in a letter on 7 March that"). */
const THAT_REACH = 12;
// The subjects of a clause about a danger: a determiner or a common noun ("the war", "force"), or a
// gerund ("attacking Kerr"); not a pronoun or a name ("his government", "it", "Tarn").
const DANGER_STARTS = new Set(['DET', 'NOUN', 'ADJ']);

/** How many words of a noun phrase may follow a name's "'s" before its head ("Tarn's budget deficit"). */
const HEAD_REACH = 3;

/**
 * Whether a name opening a clause is the owner of a thing, not an actor: "that Tarn's budget deficit
 * was too large" tells of a danger; "that Tarn's government would expel him", "that Tarn would"
 * tell of an act (the lexicon's agents act for the actor).
 */
function possessedThing(tokens: readonly Token[], name: number): boolean {
  let i = name + 1;
  while (tokens[i]?.pos === 'PROPN') i++;
  if (tokens[i]?.lower !== "'s" && tokens[i]?.lower !== '’s') return false;
  for (let j = i + 1; j <= i + HEAD_REACH; j++) {
    const token = tokens[j];
    if (token === undefined || (token.pos !== 'NOUN' && token.pos !== 'ADJ')) return j > i + 1;
    if (AGENT_NOUNS.has(token.lower)) return false;
  }
  return true;
}

/** Whether the verb group at `at` announces an act: a modal of what will or may come ("will", "would", "could") before its verb. */
function announces(tokens: readonly Token[], at: number): boolean {
  for (let k = at; tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'PART' || tokens[k]?.pos === 'ADV'; k++) {
    if (ANNOUNCING.has((tokens[k] as Token).lower)) return true;
  }
  return false;
}

/** Whether a THREATEN trigger is a warning whose that-clause tells of a danger rather than an act of the warner's side. */
export function warningOfDanger(tokens: readonly Token[], trigger: Trigger): boolean {
  if (trigger.code !== 'THREATEN' || !WARNINGS.some((lemma) => isFormOf((tokens[trigger.first] as Token).lower, lemma))) return false;
  const sentence = (tokens[trigger.first] as Token).sentence;
  for (let i = trigger.last + 1; i <= trigger.last + THAT_REACH; i++) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== sentence) return false;
    // "warned Labour they were in danger": the clause's verb after its pronoun subject, no "that".
    if (token.pos === 'VERB' || token.pos === 'AUX') return i - 1 > trigger.last && tokens[i - 1]?.pos === 'PRON' && !announces(tokens, i);
    // "warned the government about their attacks": a warning about a thing tells of it, threatens nothing.
    if (token.lower === 'about') return true;
    if (token.lower !== 'that') continue;
    const subject = tokens[i + 1];
    if (subject === undefined) return false;
    // "his government", "their troops": a possessive is the warner's side or the warned one's.
    if ((subject.pos === 'DET' || subject.pos === 'PRON') && /^(his|her|its|their|our|my|your)$/.test(subject.lower)) return false;
    if (subject.pos === 'PROPN') return possessedThing(tokens, i + 1);
    if (subject.pos === 'PRON') return !announces(tokens, i + 2);
    return DANGER_STARTS.has(subject.pos) || (subject.pos === 'VERB' && subject.lower.endsWith('ing'));
  }
  return false;
}
