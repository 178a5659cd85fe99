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
    // AID asylum: "territorial asylum" and "diplomatic asylum on the premises of an embassy".
    ['AID asylum: refuge given', 'The Velan embassy gave refuge to the dissident Karl Kerr.', 'The Velan embassy', 'Karl Kerr', 'AID/asylum'],
    ['AID asylum: sanctuary offered', 'Velan offered sanctuary to the Tarn opposition leader Karl Kerr.', 'Velan', 'Karl Kerr', 'AID/asylum'],
    // AID: "Police in Barcelona freed 10 human trafficking victims" is a rescue, no release of one's own prisoners.
    ['AID humanitarian: victims freed', 'Police in Velan freed 10 trafficking victims during an operation.', 'Police', '10 trafficking victims', 'AID/humanitarian'],
    ['RETREAT release: prisoners freed', 'Velan freed 20 Tarn prisoners.', 'Velan', '20 Tarn prisoners', 'RETREAT/release'],
    // AID: goods given "with" support are material aid, vehicles as much as money.
    ['AID: support with ambulances', 'Tarn supported Velan’s health service with 30 ambulances.', 'Tarn', 'Velan', 'AID'],
    // REJECT: "all rejections and refusals"; a demand ignored is refused, no demand of the one who ignores it.
    ['REJECT: demands ignored', 'Velan ignored Tarn’s demands.', 'Velan', 'Tarn', 'REJECT'],
    ['REJECT: an appeal ignored', 'Velan has ignored repeated appeals from Tarn.', 'Velan', 'Tarn', 'REJECT'],
    // REJECT: "bars a group or organization from entering its territory" (expelling it is COERCE).
    ['REJECT: barred from entering', 'Velan barred Tarn’s journalists from entering the country.', 'Velan', 'Tarn', 'REJECT'],
    ['REJECT: entry refused', 'Velan refused entry to a Tarn delegation.', 'Velan', 'a Tarn delegation', 'REJECT'],
    // PROTEST demo: a march on a building.
    ['PROTEST demo: marched on', 'Tarn students marched on the Velan embassy.', 'Tarn students', 'the Velan embassy', 'PROTEST/demo'],
    // COOPERATE: "initiate, resume, improve, or expand economic exchange".
    ['COOPERATE economic: trade resumed', 'Tarn resumed trade with Velan.', 'Tarn', 'Velan', 'COOPERATE/economic'],
    // A call with a second object names, no phone call: blame is ACCUSE, praise SUPPORT.
    ['ACCUSE disapprove: called a stupid man', 'Karl Kerr called Tarn’s ambassador to Velan a very stupid man.', 'Karl Kerr', 'Tarn’s ambassador', 'ACCUSE/disapprove'],
    ['SUPPORT: called a great friend', 'Karl Kerr called Anna Berg a great friend.', 'Karl Kerr', 'Anna Berg', 'SUPPORT'],
    ['CONSULT phone: called the next day', 'Karl Kerr called Anna Berg the next day.', 'Karl Kerr', 'Anna Berg', 'CONSULT/phone'],
    // COERCE: an order that confines those ordered, past an aside that says who they are.
    ['COERCE restrict: ordered to leave, past "including"', 'Velan ordered 300 refugees, including nearly 50 children, to leave the camp.', 'Velan', '300 refugees', 'COERCE/restrict'],
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
