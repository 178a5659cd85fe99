import { describe, expect, it } from 'vitest';
import { eventPairs as pairs } from '../../pipeline/testing/event-pairs.js';

// Our own sentences: praise and blame a speaker says, thinks or finds of an actor.

describe('a judgement said of an actor', () => {
  it('a name given is blame, no phone call', () => {
    expect(pairs('Anna Berg called Karl Kerr a liar.')).toEqual(['ACCUSE Anna Berg -> Karl Kerr']);
    expect(pairs('Anna Berg called Karl Kerr a traitor.')).toEqual(['ACCUSE Anna Berg -> Karl Kerr']);
    expect(pairs('Anna Berg called the Velan Party\'s plan "a disgrace".')).toEqual(['ACCUSE Anna Berg -> Velan Party']);
  });

  it.each([
    ['praise in a clause with "be"', 'Senator Anna Dam said Karl Kerr was a "decent and dedicated servant".', 'SUPPORT Anna Dam -> Karl Kerr'],
    ['blame in a clause with "be"', 'Anna Dam believes Karl Kerr is dishonest.', 'ACCUSE Anna Dam -> Karl Kerr'],
    ['blame of what the actor says or does', 'Anna Dam said she found the Velan Party\'s policies "abhorrent".', 'ACCUSE Anna Dam -> Velan Party'],
    ['a judging verb and "as"', 'Anna Dam described Karl Kerr as a liar.', 'ACCUSE Anna Dam -> Karl Kerr'],
    ['past the one told', "Karl Kerr told BBC Radio's Today programme the French government was authoritarian.", 'ACCUSE Karl Kerr -> Government of France'],
    ['past the speaker’s description naming another', 'Karl Kerr, the president of the Velan Bar Council, said Anna Dam was a humane judge.', 'SUPPORT Karl Kerr -> Anna Dam'],
    ['in what is said after a colon', 'Karl Kerr said: "Anna Dam\'s comments are partial and inaccurate."', 'ACCUSE Karl Kerr -> Anna Dam'],
    ['past an introductory phrase opening the quotation', 'Karl Kerr said: "Taken together, Anna Dam\'s comments are partial and inaccurate."', 'ACCUSE Karl Kerr -> Anna Dam'],
    ['an allegation of a part in an act of force', 'Anna Dam said Karl Kerr was behind the bombings.', 'ACCUSE Anna Dam -> Karl Kerr'],
    ['an allegation of a part in coercion', 'Anna Dam said Karl Kerr was responsible for the arrests of journalists.', 'ACCUSE Anna Dam -> Karl Kerr'],
    ['an allegation of what agents acting for the actor did', 'Anna Dam believes UK intelligence officers were behind the bombings.', 'ACCUSE Anna Dam -> United Kingdom'],
    ['an allegation of guilt', 'Anna Dam believes Karl Kerr was complicit.', 'ACCUSE Anna Dam -> Karl Kerr'],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toContain(expected);
  });

  it.each([
    ['a judgement denied', 'Senator Anna Dam said Karl Kerr was not honest.'],
    ['a judgement of what befell the actor', "Senator Anna Dam said Karl Kerr's resignation was a good opportunity."],
    ['no verb of saying or thinking', 'Senator Anna Dam ensured Karl Kerr was a good host at the dinner.'],
    ['a part in no wrong', 'Senator Anna Dam said Karl Kerr was involved in the talks.'],
  ])('%s is not read', (_name, text) => {
    expect(pairs(text).filter((p) => p.startsWith('SUPPORT') || p.startsWith('ACCUSE'))).toEqual([]);
  });
});
