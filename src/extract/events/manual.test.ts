import { describe, expect, it } from 'vitest';
import { codeSentence } from './code.js';

// Our own sentences: words the PLOVER manual names in its category definitions, and its conventions
// for convictions ("court sentences that include imprisonment" are COERCE 'arrest').

const coded = (text: string, source: string, target: string): string | null => {
  const event = codeSentence({ text, source, target }).event;
  return event ? `${event.code}${event.mode ? `/${event.mode}` : ''}` : null;
};

describe('a conviction', () => {
  it.each([
    ['with a sentence of prison', 'A Velan court convicted Karl Kerr of fraud and sentenced him to two years in prison.'],
    ['found guilty and jailed', 'A Velan court found Karl Kerr guilty of fraud and jailed him for a year.'],
  ])('%s is coercion', (_name, text) => {
    expect(coded(text, 'A Velan court', 'Karl Kerr')).toBe('COERCE/arrest');
  });

  it.each([
    ['alone', 'A Velan court convicted Karl Kerr of fraud.'],
    ['with a fine', 'A Velan court convicted Karl Kerr of fraud and fined him $500.'],
  ])('%s stays an allegation proven', (_name, text) => {
    expect(coded(text, 'A Velan court', 'Karl Kerr')).toBe('ACCUSE/allege');
  });
});

describe('the words of the manual’s definitions', () => {
  it.each([
    ['AID: money given', 'Velan gave Tarn $5 million last year.', 'AID/economic'],
    ['CONCEDE: an acquittal', 'A court in Velan acquitted Tarn of fraud.', 'CONCEDE'],
    ['CONCEDE: charges dropped', 'Velan prosecutors dropped all charges against Tarn.', 'CONCEDE'],
    ['CONCEDE: regret', 'Velan expressed regret to Tarn over the incident.', 'CONCEDE'],
    ['RETREAT: territory ceded', 'Velan ceded the island to Tarn.', 'RETREAT/withdraw'],
    ['SUPPORT: a treaty ratified', 'Velan ratified the treaty with Tarn.', 'SUPPORT'],
    ['SUPPORT: condolences', 'Velan offered condolences to Tarn.', 'SUPPORT'],
    ['ACCUSE: criticism in strong words', 'Velan lambasted Tarn over the raid.', 'ACCUSE/disapprove'],
    ['ACCUSE: disagreement', 'Velan disagrees with Tarn over the raid.', 'ACCUSE/disapprove'],
    ['ACCUSE: arraignment', 'Velan prosecutors arraigned Tarn on Monday.', 'ACCUSE/allege'],
    // Readiness is the manual's willingness to cooperate: the act readied for, possible (PLOVER AGREE; readings.test.ts).
    ['AGREE: readiness', 'Velan is prepared to negotiate with Tarn.', 'CONSULT'],
    ['REQUEST: lobbying', 'Velan lobbied Tarn to lift the ban.', 'REQUEST'],
    ['REJECT: entry barred', 'Velan turned away Tarn at the border.', 'REJECT'],
    ['CONCEDE: a strike suspended', 'Velan suspended its strike against Tarn.', 'CONCEDE'],
    ['RETREAT: control handed over', 'Velan handed over control of the city to Tarn.', 'RETREAT/withdraw'],
    ['RETREAT: tariffs scrapped', 'Velan scrapped its tariffs on Tarn steel.', 'RETREAT/ease'],
    ['COERCE: people forced out', 'Velan forced thousands of people out of Tarn.', 'COERCE/deport'],
    ['RETREAT: a state of emergency ended', 'Velan has ended the state of emergency imposed on Tarn.', 'RETREAT/ease'],
    ['COERCE: publication suspended', 'Velan suspended publication of Tarn for a month.', 'COERCE/censor'],
    ['PROTEST: a flag burned as a symbol', 'Velan burned the flag of Tarn outside the embassy.', 'PROTEST/vandalize'],
    ['ACCUSE: called out', 'Velan called out Tarn for its failures.', 'ACCUSE/disapprove'],
    ['ASSAULT: an air force (no forcing) carried out strikes', 'Velan air force carried out strikes against Tarn.', 'ASSAULT'],
    ['AID: support given with money', 'Velan reinforced its commitment to the refugees and migrants of Tarn with a contribution of 56 million euros.', 'AID'],
  ])('%s', (_name, text, expected) => {
    const source = ['A court in Velan', 'Velan prosecutors', 'Velan air force'].find((s) => text.startsWith(s)) ?? 'Velan';
    const target = 'Tarn';
    expect(coded(text, source, target)).toBe(expected);
  });
});
