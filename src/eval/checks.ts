/** The checks made on a matched pair: is the predicted speaker right, is the predicted cue right. */
import type { GoldItem } from './gold.js';
import type { Predicted } from './match.js';
import { namesAgree } from './names.js';
import { speechVerb } from './speech-cue.js';
import { overlaps } from './spans.js';

/**
 * Whether the prediction's speaker is the gold one, or null when the gold gives no speaker to check.
 * With a gold `reference` the resolved name must agree with it; with gold source offsets the predicted
 * mention must overlap one of them; with only the source's words, the mention or name must agree with them.
 */
export function speakerCorrect(gold: GoldItem, predicted: Predicted): boolean | null {
  const speaker = predicted.speaker;
  if (gold.reference !== null) return speaker !== null && namesAgree(speaker.name, gold.reference);
  if (gold.source !== null) {
    const mention = speaker?.mention ?? null;
    return mention !== null && overlaps([[mention.start, mention.end]], gold.source);
  }
  if (gold.sourceText !== '') {
    if (speaker === null) return false;
    return namesAgree(speaker.name, gold.sourceText) || (speaker.mention !== null && namesAgree(speaker.mention.text, gold.sourceText));
  }
  return null;
}

/**
 * Whether the prediction's speaker is the gold speaker as a person, or null when the gold names none: the
 * resolved speaker's name (not the mention: "he" is right only when it was resolved to the right person)
 * must agree with the gold `reference` full name (see names.ts).
 */
export function speakerIdentityCorrect(gold: GoldItem, predicted: Predicted): boolean | null {
  if (gold.reference === null) return null;
  return predicted.speaker !== null && namesAgree(predicted.speaker.name, gold.reference);
}

/**
 * Whether the prediction's cue is the gold one, or null when the gold gives no cue to check: the cue
 * must overlap the gold cue's offsets, or, when the gold has only the cue's words, have the same speech
 * verb ("has said" ~ "said") or the same words.
 */
export function cueCorrect(gold: GoldItem, predicted: Predicted): boolean | null {
  const cue = predicted.cue;
  if (gold.cue !== null) return cue !== null && overlaps([[cue.start, cue.end]], gold.cue);
  if (gold.cueText !== '') {
    if (cue === null) return false;
    const verb = speechVerb(cue.text);
    return (verb !== null && verb === speechVerb(gold.cueText)) || cue.text.trim().toLowerCase() === gold.cueText.trim().toLowerCase();
  }
  return null;
}
