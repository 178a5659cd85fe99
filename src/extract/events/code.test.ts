import { describe, expect, it } from 'vitest';
import { codeSentence, codeSentences, type CodeResult } from './code.js';

// Our own sentences: product.md's event examples, each negation and modality case, and the
// constructions the coder must read (passive, nominalisations, coordination, requests).
const CASES: Array<[string, string | null, string | null, string, string | null, boolean, string, string]> = [
  // text, source, target, code, mode, negated, modality, PLOVER annotation
  ['Prime Minister Dam did not rule out a visit to Moscow next year.', 'Prime Minister Dam', 'Moscow', 'CONSULT', 'visit', false, 'possible', 'AGREE'],
  ['The administration has never expressed any interest in high-level meetings with us.', 'The administration', 'us', 'CONSULT', null, true, 'planned', 'REJECT'],
  ['Dam has not received an invitation to the inauguration from President Kerr.', 'President Kerr', 'Dam', 'SUPPORT', null, true, 'asserted', 'REJECT'],
  ['No visit to Ankara has been planned by the Dutch government.', 'the Dutch government', 'Ankara', 'CONSULT', 'visit', true, 'planned', 'REJECT'],
  ['No meeting with Lee had been scheduled, Berg said.', 'Berg', 'Lee', 'CONSULT', null, true, 'planned', 'REJECT'],
  ['Anna Berg will visit Ankara on Monday.', 'Anna Berg', 'Ankara', 'CONSULT', 'visit', false, 'planned', 'AGREE'],
  ['Berg is scheduled to meet Lee in Geneva.', 'Berg', 'Lee', 'CONSULT', null, false, 'planned', 'AGREE'],
  ['Berg plans to travel to Oslo in May.', 'Berg', 'Oslo', 'CONSULT', 'visit', false, 'planned', 'AGREE'],
  ['Berg is planning a visit to Oslo in May.', 'Berg', 'Oslo', 'CONSULT', 'visit', false, 'planned', 'AGREE'],
  ["Berg discussed Tarn's plans during a trip to Oslo.", 'Tarn', 'Oslo', 'CONSULT', 'visit', false, 'asserted', 'CONSULT'],
  ['Berg may meet Lee in Geneva.', 'Berg', 'Lee', 'CONSULT', null, false, 'possible', 'AGREE'],
  ['Berg and Lee meet whenever necessary.', 'Berg', 'Lee', 'CONSULT', null, false, 'habitual', 'CONSULT'],
  ['Berg and Lee had regular contacts between 2016 and 2020.', 'Berg', 'Lee', 'CONSULT', null, false, 'habitual', 'CONSULT'],
  ['If Lee apologised, Berg would meet him.', 'Berg', 'him', 'CONSULT', null, false, 'hypothetical', 'AGREE'],
  ['Asked if she would meet Lee, Berg smiled.', 'she', 'Lee', 'CONSULT', null, false, 'possible', 'AGREE'],
  ['It is not known whether Berg would meet Lee.', 'Berg', 'Lee', 'CONSULT', null, false, 'possible', 'AGREE'],
  ['Berg should meet Lee if the talks fail.', 'Berg', 'Lee', 'CONSULT', null, false, 'hypothetical', 'AGREE'],
  ['Berg would meet Lee even if the talks failed.', 'Berg', 'Lee', 'CONSULT', null, false, 'planned', 'AGREE'],
  // An act that is itself the condition, with no modal before it: "if Tarn ignored the request, it would be an insult".
  ['Berg said that if Tarn ignored the request of Velan it would be an insult.', 'Tarn', 'Velan', 'REJECT', null, false, 'hypothetical', 'REJECT'],
  ['If Tarn meets Lee, Berg will resign.', 'Tarn', 'Lee', 'CONSULT', null, false, 'hypothetical', 'AGREE'],
  ['Tarn met Lee, as if nothing had happened.', 'Tarn', 'Lee', 'CONSULT', null, false, 'asserted', 'CONSULT'],
  ['The council called on Russia to release the journalists.', 'Russia', 'the journalists', 'RETREAT', 'release', false, 'requested', 'RETREAT'],
  ['The council urged Russia to hold talks with Tarn.', 'Russia', 'Tarn', 'CONSULT', null, false, 'requested', 'CONSULT'],
  ['The deal came despite a demand for Tarn to recognise Velan.', 'Tarn', 'Velan', 'SUPPORT', null, false, 'requested', 'SUPPORT'],
  ['Police asked anyone who saw Vik to contact Lee.', 'Vik', 'Lee', 'CONSULT', null, false, 'requested', 'CONSULT'],
  ['The council demanded that Russia release the journalists.', 'Russia', 'the journalists', 'RETREAT', 'release', false, 'requested', 'RETREAT'],
  ['Berg did not rule out Lee visiting Moscow.', 'Lee', 'Moscow', 'CONSULT', 'visit', false, 'possible', 'AGREE'],
  ['Berg denied that Vik had met Lee in Geneva.', 'Vik', 'Lee', 'CONSULT', null, true, 'asserted', 'REJECT'],
  ['Berg rejected the idea Vik posed a threat to Lee.', 'Vik', 'Lee', 'THREATEN', null, true, 'asserted', 'THREATEN'],
  ['Berg told reporters she had met Lee in Geneva.', 'she', 'Lee', 'CONSULT', null, false, 'asserted', 'CONSULT'],
  ['Berg wants assurances that she will meet Lee.', 'she', 'Lee', 'CONSULT', null, false, 'planned', 'AGREE'],
  ['Berg spoke of a meeting with Lee – the envoy of Tarn – to be held in Oslo.', 'Berg', 'Lee', 'CONSULT', null, false, 'planned', 'AGREE'],
  ['Berg made contact with officials he\'d been writing to.', 'Berg', 'officials', 'CONSULT', null, false, 'asserted', 'CONSULT'],
  ['The permission of the court for Vik to be heard came late.', 'the court', 'Vik', 'RETREAT', 'access', false, 'asserted', 'RETREAT'],
  ['Berg announced talks with Lee next week.', 'Berg', 'Lee', 'CONSULT', null, false, 'planned', 'AGREE'],
  ['The council called on Russia to release the journalists.', 'The council', 'Russia', 'REQUEST', null, false, 'asserted', 'REQUEST'],
  ['It is Berg\'s fourth collaboration with Lee, who usually works alone.', 'Berg', 'Lee', 'COOPERATE', null, false, 'asserted', 'COOPERATE'],
  ['Berg met Lee in Geneva on Tuesday.', 'Berg', 'Lee', 'CONSULT', null, false, 'asserted', 'CONSULT'],
  ['Lee was invited by Berg to the summit.', 'Berg', 'Lee', 'SUPPORT', null, false, 'asserted', 'SUPPORT'],
  ["Berg's visit to Moscow lasted two days.", 'Berg', 'Moscow', 'CONSULT', 'visit', false, 'asserted', 'CONSULT'],
  ['There was a meeting between Berg and Lee on Friday.', 'Berg', 'Lee', 'CONSULT', null, false, 'asserted', 'CONSULT'],
  ['Berg held talks with Lee.', 'Berg', 'Lee', 'CONSULT', null, false, 'asserted', 'CONSULT'],
  ['Berg phoned Lee on Sunday.', 'Berg', 'Lee', 'CONSULT', 'phone', false, 'asserted', 'CONSULT'],
  ['The government of Tarn agreed to lift its ban on Velan wine.', 'The government of Tarn', 'Velan', 'AGREE', null, false, 'asserted', 'AGREE'],
  ['Russia refused to lift its ban on Georgian wine.', 'Russia', 'Georgian', 'REJECT', null, false, 'asserted', 'REJECT'],
  ['The government will not lift the curfew in Tarn.', 'The government', 'Tarn', 'RETREAT', 'ease', true, 'planned', 'REJECT'],
  ['The rebels threatened to shell the town of Tarn.', 'The rebels', 'the town of Tarn', 'THREATEN', null, false, 'asserted', 'THREATEN'],
  ['The army will extend the curfew in Tarn.', 'The army', 'Tarn', 'COERCE', 'curfew', false, 'planned', 'THREATEN'],
  ['Velan summoned the ambassador of Tarn to complain about the raid.', 'Velan', 'the ambassador of Tarn', 'ACCUSE', 'disapprove', false, 'asserted', 'ACCUSE'],
  ['Velan summoned the ambassador of Tarn over a response to the accusations.', 'Velan', 'the ambassador of Tarn', 'ACCUSE', 'disapprove', false, 'asserted', 'ACCUSE'],
  ['The president received Lee in the palace.', 'The president', 'Lee', 'CONSULT', 'visit', false, 'asserted', 'CONSULT'],
  ['Police in Tarn arrested the opposition leader Jon Vik.', 'Police in Tarn', 'the opposition leader Jon Vik', 'COERCE', 'arrest', false, 'asserted', 'COERCE'],
  ['The court found Jon Vik guilty of fraud.', 'The court', 'Jon Vik', 'ACCUSE', 'allege', false, 'asserted', 'ACCUSE'],
  ['The ministry launched an investigation into the Velan Bank.', 'The ministry', 'the Velan Bank', 'ACCUSE', 'investigate', false, 'asserted', 'ACCUSE'],
  ['Tarn failed to reach an agreement with Velan.', 'Tarn', 'Velan', 'SUPPORT', null, true, 'asserted', 'REJECT'],
  ["Berg attacked Lee's record on housing.", 'Berg', 'Lee', 'ACCUSE', 'disapprove', false, 'asserted', 'ACCUSE'],
  ['The rebels attacked the army base in Tarn.', 'The rebels', 'the army base in Tarn', 'ASSAULT', null, false, 'asserted', 'ASSAULT'],
  ['The court heard the legal battle between Tarn and Velan.', 'Tarn', 'Velan', 'ACCUSE', 'allege', false, 'asserted', 'ACCUSE'],
  ['Berg paid tribute to Lee at the funeral.', 'Berg', 'Lee', 'SUPPORT', null, false, 'asserted', 'SUPPORT'],
  ['The rebels took over the town of Tarn.', 'The rebels', 'the town of Tarn', 'ASSAULT', 'seize', false, 'asserted', 'ASSAULT'],
  ['Tarn returned the islands to Velan.', 'Tarn', 'Velan', 'RETREAT', 'return', false, 'asserted', 'RETREAT'],
  ['Tarn sent 200 peacekeepers to Velan.', 'Tarn', 'Velan', 'AID', 'peacekeeping', false, 'asserted', 'AID'],
  ['Tarn has suspended aid to Velan.', 'Tarn', 'Velan', 'SANCTION', 'discontinue', false, 'asserted', 'SANCTION'],
  ['The president pardoned Jon Vik on Friday.', null, 'Jon Vik', 'RETREAT', 'release', false, 'asserted', 'RETREAT'],
];

describe('codeSentence', () => {
  it.each(CASES)('%s (%s → %s)', (text, source, target, code, mode, negated, modality, plover) => {
    const result = codeSentence({ text, source, target });
    expect(result.event).toMatchObject({ code, mode, negated, modality, plover });
  });

  it('gives the trigger as offsets into the sentence', () => {
    const text = 'Berg did not rule out a visit to Moscow.';
    const result = codeSentence({ text, source: 'Berg', target: 'Moscow' }) as Extract<CodeResult, { trigger: unknown }>;
    expect(text.slice(result.trigger.start, result.trigger.end)).toBe('visit');
  });

  it.each([
    ['Berg and Lee are tall.', 'Berg', 'Lee', 'no-trigger'],
    ['Tarn takes over the presidency of the council in July.', 'Tarn', 'the council', 'no-trigger'],
    ['Berg was named best supporting actress with Lee.', 'Berg', 'Lee', 'no-trigger'],
    ['Vik should return to the cabinet of Tarn.', 'Vik', 'the cabinet of Tarn', 'no-trigger'],
    ['Berg received 300 letters for Lee.', 'Berg', 'Lee', 'no-trigger'],
    ['The words of Berg met a cool reception from Lee.', 'Berg', 'Lee', 'no-trigger'],
    ['Berg met Lee.', 'Berg', 'berg', 'same-actor'],
    ['Berg met Lee.', 'Berg', 'Kerr', 'actor-not-found'],
    ['Berg met Lee.', null, null, 'no-actors'],
    ['   ', 'Berg', 'Lee', 'no-text'],
  ] as const)('answers null with a reason: %s (%s, %s)', (text, source, target, reason) => {
    expect(codeSentence({ text, source, target })).toEqual({ event: null, reason });
  });
});

describe('codeSentences', () => {
  it('codes many sentences at once exactly as one by one, bad ones included', () => {
    const inputs = [
      ...CASES.map(([text, source, target]) => ({ text, source, target })),
      { text: '', source: 'Berg', target: 'Lee' },
      { text: 'Berg met Lee.', source: 'Berg', target: 'Berg' },
      { text: 'Berg met Lee.', source: 'Kerr', target: 'Lee' },
      { text: 'Berg met\nLee in Oslo.', source: 'Berg', target: 'Lee' },
    ];
    expect(codeSentences(inputs)).toEqual(inputs.map((input) => codeSentence(input)));
  });
});
