import { describe, expect, it } from 'vitest';
import { codeSentence } from './code.js';

// Our own sentences: the words the PLOVER manual gives for a category's modes and its distinctions,
// and words that coded one training sentence and no definition (the audit of issue 18).

const coded = (text: string, source: string, target: string): string | null => {
  const event = codeSentence({ text, source, target }).event;
  return event ? `${event.code}${event.mode ? `/${event.mode}` : ''}` : null;
};

describe('the words of the manual’s modes', () => {
  it.each([
    // ASSAULT 'crowd-control': "tear gas, water cannons" (COERCE only for "police pushed back protesters").
    ['ASSAULT crowd-control: tear gas', 'Velan police fired tear gas at Tarn protesters.', 'Velan police', 'Tarn protesters', 'ASSAULT/crowd-control'],
    ['ASSAULT crowd-control: water cannon', 'Velan police used water cannon on Tarn protesters.', 'Velan police', 'Tarn protesters', 'ASSAULT/crowd-control'],
    ['ASSAULT abduct: "abduct, kidnap, hijack"', 'Gunmen hijacked a Velan airliner.', 'Gunmen', 'a Velan airliner', 'ASSAULT/abduct'],
    ['ASSAULT explosives: a grenade', 'A soldier threw a grenade at Tarn protesters.', 'A soldier', 'Tarn protesters', 'ASSAULT/explosives'],
    ['COERCE withhold: "shut off power/internet/water"', 'Velan cut off water to Tarn.', 'Velan', 'Tarn', 'COERCE/withhold'],
    ['COERCE withhold: food withheld', 'Velan withheld food from Tarn.', 'Velan', 'Tarn', 'COERCE/withhold'],
    ['COERCE restrict: "cordoning off areas"', 'Velan police cordoned off the Tarn quarter.', 'Velan police', 'the Tarn quarter', 'COERCE/restrict'],
    ['COERCE misinformation: a disinformation campaign', 'Velan ran a disinformation campaign against Tarn.', 'Velan', 'Tarn', 'COERCE/misinformation'],
    ['SANCTION discontinue: "curtail … exchanges"', 'Velan curtailed its ties with Tarn.', 'Velan', 'Tarn', 'SANCTION/discontinue'],
    ['SUPPORT: "finalize an agreement"', 'Velan finalised a trade agreement with Tarn.', 'Velan', 'Tarn', 'SUPPORT'],
    ['CONSULT: "bargaining"', 'Velan and Tarn resumed bargaining on the border.', 'Velan', 'Tarn', 'CONSULT'],
    ['ACCUSE allege: impeachment brings to trial', 'The Velan Senate voted to impeach President Karl Kerr.', 'The Velan Senate', 'President Karl Kerr', 'ACCUSE/allege'],
    ['ACCUSE disapprove: a war of words', 'Velan and Tarn are locked in a war of words over the border.', 'Velan', 'Tarn', 'ACCUSE/disapprove'],
    // AID: "reparations or voluntary settlements should be coded as AID", not a concession.
    // RETREAT: "observing a ceasefire or otherwise ending active conflicts", "the actual release or exchange of prisoners", "disarming".
    ['RETREAT ceasefire: a truce respected', 'Velan has respected the truce with Tarn since May.', 'Velan', 'Tarn', 'RETREAT/ceasefire'],
    ['RETREAT ceasefire: a war ended', 'Velan ended the war with Tarn.', 'Velan', 'Tarn', 'RETREAT/ceasefire'],
    ['RETREAT release: prisoners exchanged', 'Velan and Tarn exchanged prisoners on Monday.', 'Velan', 'Tarn', 'RETREAT/release'],
    ['RETREAT disarm: weapons handed over', 'Velan rebels handed over their weapons to Tarn.', 'Velan rebels', 'Tarn', 'RETREAT/disarm'],
    ['RETREAT disarm: weapons given up', 'Velan gave up its weapons to Tarn.', 'Velan', 'Tarn', 'RETREAT/disarm'],
    // REQUEST: "withdrawing a demand should be coded as CONCEDE".
    ['CONCEDE: a demand dropped', 'Velan dropped its demand for talks with Tarn.', 'Velan', 'Tarn', 'CONCEDE'],
    // SUPPORT: "initiate, resume, improve, or expand diplomatic, non-material cooperation".
    ['SUPPORT: relations resumed', 'Velan resumed diplomatic relations with Tarn.', 'Velan', 'Tarn', 'SUPPORT'],
    ['SUPPORT: an embassy reopened', 'Velan reopened its embassy in Tarn.', 'Velan', 'Tarn', 'SUPPORT'],
    // ACCUSE allege: "bring to trial", also by an order.
    ['ACCUSE allege: a retrial ordered', 'A Velan court ordered the retrial of Karl Kerr.', 'A Velan court', 'Karl Kerr', 'ACCUSE/allege'],
    // COERCE censor: "ban or restrict access to publications or other information".
    ['COERCE censor: access blocked', 'China has blocked access to the Tarn News website.', 'China', 'Tarn News', 'COERCE/censor'],
    // ACCUSE disapprove: "criticize, defame, denigrate"; dismissing an actor as something denigrates it.
    ['ACCUSE disapprove: dismissed as something', 'Karl Kerr dismissed the Velan Party as a "fading" force.', 'Karl Kerr', 'Velan Party', 'ACCUSE/disapprove'],
    ['REJECT: a proposal dismissed', 'Karl Kerr dismissed the Velan Party proposal.', 'Karl Kerr', 'Velan Party', 'REJECT'],
    ['AID: compensation', 'Velan compensated Tarn for the losses.', 'Velan', 'Tarn', 'AID/economic'],
  ])('%s', (_name, text, source, target, expected) => {
    expect(coded(text, source, target)).toBe(expected);
  });
});

describe('words no definition supports', () => {
  it.each([
    ['a mandate given to form a government', 'Velan gave Karl Kerr a mandate to form a government.'],
    ['a minister reappointed', 'Velan reappointed Karl Kerr.'],
  ])('%s is no concession', (_name, text) => {
    expect(coded(text, 'Velan', 'Karl Kerr')).toBeNull();
  });
});
