import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences for the constructions of issue 18, item 3: one row per construction.
function events(text: string): string[] {
  return extract({ id: 'constructions', text }).events.map(
    (e) => `${e.code} ${e.source.name} -> ${e.target.name}${e.negated ? ' negated' : ''} ${e.modality}`,
  );
}

describe('constructions of political news', () => {
  it.each([
    // The host of the occasion one is invited to is the inviter, also in the passive without "by".
    ['an implicit inviter', "Prime Minister Anna Dam has not been invited to Chancellor Karl Kerr's swearing-in.", 'SUPPORT Karl Kerr -> Anna Dam negated asserted'],
    ['a passive doer with "by"', 'Senator Anna Dam was invited by Karl Kerr to the summit.', 'SUPPORT Karl Kerr -> Anna Dam asserted'],
    ['an invitation received to the host’s occasion', "Senator Anna Dam received an invitation to Karl Kerr's inauguration.", 'SUPPORT Karl Kerr -> Anna Dam asserted'],
    ['a passive with an adverb before its participle', 'Anna Dam and Karl Kerr were provisionally suspended by the Velan Council.', 'SANCTION Velan Council -> Karl Kerr asserted'],
    ['a request with its infinitive clause', 'France asked Germany to drop its objection.', 'REQUEST France -> Germany asserted'],
    ['an act asked for in an infinitive clause', 'Anna Dam urged France to meet Karl Kerr.', 'CONSULT France -> Karl Kerr requested'],
    ['an act ordered in an infinitive clause', 'Anna Dam ordered Karl Kerr to meet France.', 'CONSULT Karl Kerr -> France requested'],
    ['a habitual act of coordinated verbs', 'Each time the need arises, Prime Minister Anna Dam and Karl Kerr speak and meet.', 'CONSULT Anna Dam -> Karl Kerr habitual'],
    ['a plan never made', 'No talks between Prime Minister Anna Dam and Karl Kerr had been arranged or foreseen.', 'CONSULT Anna Dam -> Karl Kerr negated planned'],
    ['an absent intention', 'Prime Minister Anna Dam has shown no interest in talks with Karl Kerr.', 'CONSULT Anna Dam -> Karl Kerr negated planned'],
    ['a pronoun resolved to its person', 'Prime Minister Anna Dam arrived on Monday. She met Karl Kerr.', 'CONSULT Anna Dam -> Karl Kerr asserted'],
    ['the speaker’s "we" in a quotation', '"We have never met Karl Kerr," Senator Anna Dam said.', 'CONSULT Anna Dam -> Karl Kerr negated asserted'],
    ['an actor named by who acts for it', "A Velan Party spokesman criticised Karl Kerr's record.", 'ACCUSE Velan Party -> Karl Kerr asserted'],
    // "V NP as NP": the role a light verb puts its object in gives its meaning.
    ['the role a light verb puts its object in', 'The Velan Liberation Army held Karl Kerr as a human shield.', 'ASSAULT Velan Liberation Army -> Karl Kerr asserted'],
    // Two asides after the subject, an age and an office, stand between it and its verb.
    ['an age and an office set off after the subject', 'Karl Kerr, 58, a Velan diplomat, criticised Anna Dam.', 'ACCUSE Karl Kerr -> Anna Dam asserted'],
    // A noun of an office's remit before it ("the finance minister") is no act of its own.
    ['an office named by its remit in an aside', 'Anna Dam, the finance minister, met Karl Kerr on Monday.', 'CONSULT Anna Dam -> Karl Kerr asserted'],
    // An act someone is accused or suspected of is alleged, not asserted.
    // An act a verb of claim reports is claimed, not asserted: the verb before it, or in a clause after it.
    ['an act reported by a verb of claim', 'The Velan Times claimed Foreign Minister Anna Dam had met Karl Kerr in secret.', 'CONSULT Anna Dam -> Karl Kerr possible'],
    ['an act before a clause of claim', 'Foreign Minister Anna Dam met Karl Kerr in secret, a new book about the minister claims.', 'CONSULT Anna Dam -> Karl Kerr possible'],
    ['an act before an inverted clause of claim', 'Foreign Minister Anna Dam met Karl Kerr in secret, alleged the Velan Times.', 'CONSULT Anna Dam -> Karl Kerr possible'],
    ['an act before a clause of saying stays asserted', 'Foreign Minister Anna Dam met Karl Kerr in secret, a new book about the minister says.', 'CONSULT Anna Dam -> Karl Kerr asserted'],
    ['an act one is suspected of', 'Foreign Minister Anna Dam is suspected of criticising President Karl Kerr in a private speech.', 'ACCUSE Anna Dam -> Karl Kerr possible'],
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toContain(expected);
  });

  it('several actors in one clause each do the act', () => {
    expect(events('France and Germany met Karl Kerr on Monday.').sort()).toEqual(['CONSULT France -> Karl Kerr asserted', 'CONSULT Germany -> Karl Kerr asserted']);
    expect(events('France, Britain and Germany condemned Karl Kerr.')).toHaveLength(3);
  });

  it('a conjunct with its own article is listed too', () => {
    expect(events('France and the UK met Karl Kerr.').sort()).toEqual(['CONSULT France -> Karl Kerr asserted', 'CONSULT United Kingdom -> Karl Kerr asserted']);
    expect(events('There were talks between the Labour Party and the Conservative Party on Monday.')).toEqual(['CONSULT Labour Party -> Conservative Party asserted']);
  });

  it('a list before a singular verb is no compound subject', () => {
    const text = 'Tarn faces pressure from rivals such as Velan Airways and the Australian government is in talks with Georgia.';
    expect(events(text)).toEqual(['CONSULT Government of Australia -> Georgia asserted']);
    expect(events(text.replace(' is ', ' are '))).toContain('CONSULT Velan Airways -> Georgia asserted');
  });

  it('the topic of a noun before "between" is not the act between them; the noun is', () => {
    expect(events('This is another step in the row over asylum between Labour and the Conservatives.')).toEqual([]);
    expect(events('It is another step in the war of words over asylum and immigration between Labour and the Conservatives.')).toEqual(['ACCUSE Labour Party -> Conservative Party asserted']);
  });

  it('several actors in a passive each undergo it', () => {
    expect(events('France and Germany were invited by Karl Kerr.').sort()).toEqual(['SUPPORT Karl Kerr -> France asserted', 'SUPPORT Karl Kerr -> Germany asserted']);
  });

  it('the object of "discuss" is the topic, not the partner', () => {
    expect(events("Anna Dam discussed France's plans.")).toEqual([]);
    expect(events('Senator Anna Dam discussed the crisis with Karl Kerr.')).toEqual(['CONSULT Anna Dam -> Karl Kerr asserted']);
  });

  it('a comma alone joins no subjects', () => {
    expect(events('The chairman of the Council, Anna Dam warned Karl Kerr.')).toEqual(['THREATEN Anna Dam -> Karl Kerr asserted']);
  });

  it('an act governed by an intention or a threat, with its object in the infinitive, links both actors', () => {
    expect(events('Senator Anna Dam agreed to meet Karl Kerr.')).toEqual(['AGREE Anna Dam -> Karl Kerr asserted']);
    expect(events('France threatened to attack Germany.')).toEqual(['THREATEN France -> Germany asserted']);
    expect(events('France is ready to negotiate with Germany.')).toEqual(['CONSULT France -> Germany possible']);
    expect(events('France refused to allow Germany to join.')).toEqual(['REJECT France -> Germany asserted']);
    expect(events("Anna Dam pledged to curb France's compensation culture.")).toEqual([]);
  });

  it('an aside between the subject and its verb says who or where it is', () => {
    expect(events('Dan Mo, from Lyon, has been held by Russia for a year.')).toEqual(['COERCE Russia -> Dan Mo asserted']);
    expect(events('France, a founding member, criticised Germany.')).toEqual(['ACCUSE France -> Germany asserted']);
  });

  it('one accused of an act did it, as alleged: the gerund after "of" links its subject and object, and the act is possible', () => {
    expect(events("Anna Dam has been accused of criticising Karl Kerr's policies.")).toEqual(['ACCUSE Anna Dam -> Karl Kerr possible']);
  });

  it('a question put to someone is no request; a request with its infinitive is one', () => {
    expect(events("Senator Anna Dam later asked Karl Kerr's lawyer, Dan Mo, what had happened.")).toEqual([]);
    expect(events('Senator Anna Dam asked Karl Kerr whether he would resign.')).toEqual([]);
    expect(events('Senator Anna Dam asked Karl Kerr to explain why he left.')).toEqual(['REQUEST Anna Dam -> Karl Kerr asserted']);
  });

  it('an event noun in what a speaker reports is not the speaker’s act', () => {
    expect(events('Anna Dam said a meeting of the Velan Council would be held in May.')).toEqual([]);
    expect(events('Anna Dam proposed a meeting of the Velan Council in May.')).toEqual(['CONSULT Anna Dam -> Velan Council planned']);
  });

  it('"deliver" takes its meaning from the event word after it, else delivers goods', () => {
    expect(events('Senator Anna Dam delivered a sharp rebuff to Karl Kerr.')).toEqual(['REJECT Anna Dam -> Karl Kerr asserted']);
    expect(events('France delivered food to Georgia.')).toEqual(['AID France -> Georgia asserted']);
  });

  it('the second object of a light verb gives its meaning', () => {
    expect(events('Senator Anna Dam sent Karl Kerr her "warmest congratulations".')).toEqual(['SUPPORT Anna Dam -> Karl Kerr asserted']);
  });

  it('a passive without "by" and without a host still links no second actor', () => {
    expect(events('Anna Dam was invited to the summit in France.')).toEqual([]);
  });
});

describe("the manual's distinctions", () => {
  it('support given as money or goods is AID; support of a policy is SUPPORT', () => {
    expect(events('Germany supported Jordan with $56 million in grants.')).toEqual(['AID Germany -> Jordan asserted']);
    expect(events('Germany supported Jordan in the dispute.')).toEqual(['SUPPORT Germany -> Jordan asserted']);
  });

  it('an attack made with words is ACCUSE; an attack with force ASSAULT', () => {
    expect(events('Anna Dam attacked Karl Kerr for failing to act.')).toEqual(['ACCUSE Anna Dam -> Karl Kerr asserted']);
    expect(events('Anna Dam launched an attack on Karl Kerr, calling him a liar.')).toEqual(['ACCUSE Anna Dam -> Karl Kerr asserted']);
    expect(events('Russia attacked Georgia on Friday.')).toEqual(['ASSAULT Russia -> Georgia asserted']);
  });
});
