/**
 * Scoring of the people an article names: each gold person should appear exactly once among the
 * predicted `person` entities, under the same name (compared without case, diacritics or
 * honorifics). Counts are pooled over articles.
 */
import { nameWords } from '../text/fold.js';

/** One article: the people the gold lists, and the names of the predicted person entities. */
export interface PeoplePair {
  gold: readonly string[];
  predicted: readonly string[];
}

/** Pooled counts and scores. */
export interface PeopleScores {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold people found under a shorter or longer form of their name (same surname): not counted as matched. */
  partial: number;
}

function key(name: string): string {
  return nameWords(name).join(' ');
}

function surname(name: string): string {
  return nameWords(name).at(-1) ?? '';
}

/** Scores predicted people against gold lists. */
export function scorePeople(pairs: readonly PeoplePair[]): PeopleScores {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let partial = 0;
  for (const pair of pairs) {
    gold += pair.gold.length;
    predicted += pair.predicted.length;
    const unused = pair.predicted.map(key);
    const misses: string[] = [];
    for (const person of pair.gold) {
      const at = unused.indexOf(key(person));
      if (at >= 0) {
        matched++;
        unused.splice(at, 1);
      } else misses.push(person);
    }
    for (const person of misses) {
      const at = unused.findIndex((name) => name.split(' ').at(-1) === surname(person));
      if (at >= 0) {
        partial++;
        unused.splice(at, 1);
      }
    }
  }
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { articles: pairs.length, gold, predicted, matched, precision, recall, f1, partial };
}
