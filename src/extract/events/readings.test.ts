import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { codeSentence } from './code.js';

// Our own sentences for readings found wrong in BBC samples (issue 18): each row names the
// construction, and what a reader codes there.
function events(text: string): string[] {
  return extract({ id: 'readings', text }).events.map(
    (e) => `${e.code} ${e.source.name} -> ${e.target.name}${e.negated ? ' negated' : ''} ${e.modality}`,
  );
}

const coded = (text: string, source: string, target: string): string | null => {
  const event = codeSentence({ text, source, target }).event;
  return event ? `${event.code} ${event.modality} ${event.plover}` : null;
};

describe('readiness and belief are modality, not the act', () => {
  it('readiness for an act is the act, possible: the manual’s willingness to cooperate (AGREE)', () => {
    expect(coded('Velan is ready to negotiate with Tarn.', 'Velan', 'Tarn')).toBe('CONSULT possible AGREE');
    expect(coded('Velan is willing to send aid to Tarn.', 'Velan', 'Tarn')).toBe('AID possible AGREE');
    // Readiness alone, with no act after it, stays the manual's willingness.
    expect(coded('Velan said it was ready to compromise, Tarn said.', 'Velan', 'Tarn')).toBe('AGREE asserted AGREE');
  });
  it('an act one is believed or thought to have done is possible', () => {
    expect(coded('Velan is believed to have agreed to meet Tarn.', 'Velan', 'Tarn')).toBe('AGREE possible AGREE');
    expect(coded('Velan is thought to have sent troops to Tarn.', 'Velan', 'Tarn')).toBe('AID possible AGREE');
  });
});

describe('what is given or raced against is no party', () => {
  it('the object of "send" followed by where it goes is sent, not aided', () => {
    expect(coded('Senator Anna Dam said she would send Karl Kerr into the army.', 'Anna Dam', 'Karl Kerr')).toBeNull();
    expect(coded('Velan sent Karl Kerr to Tarn.', 'Velan', 'Karl Kerr')).toBeNull();
    expect(coded('Velan sent Tarn aid.', 'Velan', 'Tarn')).toBe('AID asserted AID');
  });
  it('the object of "offer" followed by what it is to do is offered, not aided', () => {
    expect(coded('We have offered the Velan Rangers to help in the relief effort.', 'We', 'the Velan Rangers')).toBeNull();
  });
  it('"beat" someone to an act or a prize is a race, no assault', () => {
    expect(coded('Velcom beat Marto Holdings to buy the Koram bank.', 'Velcom', 'Marto Holdings')).toBeNull();
    expect(coded('Senator Anna Dam beat Karl Kerr to the nomination.', 'Anna Dam', 'Karl Kerr')).toBeNull();
    expect(coded('The rebels beat Karl Kerr to death.', 'The rebels', 'Karl Kerr')).toBe('ASSAULT asserted ASSAULT');
  });
});

describe('acts that link no two sides', () => {
  it('a fight waged by one that cannot use force is one of words', () => {
    expect(events('The Velan Party has been battling the Russian authorities for more than a year.')).toEqual(['ACCUSE Velan Party -> Government of Russia asserted']);
  });
  it('a politician’s support for or visit to their own country is no interaction', () => {
    expect(events("Prime Minister Tony Blair defended the UK's asylum regime.")).toEqual([]);
    expect(events('Prime Minister Tony Blair made his first official visit to London.')).toEqual([]);
    expect(events('Prime Minister Tony Blair praised France.')).toEqual(['SUPPORT Tony Blair -> France asserted']);
    expect(events('Prime Minister Tony Blair made his first official visit to Paris.')).toEqual(['CONSULT Tony Blair -> Government of France asserted']);
  });
  it('praise conceded before a "but" and a denial is blame', () => {
    expect(events('The Tories called Labour "a brilliant machine for talking about things" but said it did not deliver policies.')).toEqual(['ACCUSE Conservative Party -> Labour Party asserted']);
    expect(events('Senator Anna Dam said Karl Kerr was a decent man but would be missed.')).toEqual(['SUPPORT Anna Dam -> Karl Kerr asserted']);
  });
});

describe('who speaks and who is listed', () => {
  it('a judgement said by one who speaks for a party is the party’s ("A Velan Party MP believes")', () => {
    expect(events('A Velan Party MP believes UK security services were involved in some arson attacks.')).toEqual(['ACCUSE Velan Party -> United Kingdom asserted']);
  });
  it('a conjunct with an aside saying where it is from stays in the list ("Berg, from Lyon, and Kerr")', () => {
    expect(events('Anna Berg, from Lyon, and Karl Kerr have been held by the US.').sort()).toEqual(['COERCE United States -> Anna Berg asserted', 'COERCE United States -> Karl Kerr asserted']);
  });
});

describe('rivalry between firms', () => {
  it('a battle or a challenge between two firms is rivalry in the market, no event', () => {
    expect(events('The on-going battle between Velder Holdings and Marto Group is about to enter a new phase.')).toEqual([]);
    expect(events('It will take years before Velder Holdings could challenge Marto Group.')).toEqual([]);
  });
  it('a legal battle between them stays', () => {
    expect(events('Velder Holdings has been fighting a legal battle with Marto Group.')).toEqual(['ACCUSE Velder Holdings -> Marto Group asserted']);
  });
});

describe('a speaker’s "we" is their own side', () => {
  it('"our" said by a person is no second party to an act of their own country', () => {
    expect(events('"There is no question of Britain giving up our veto on our border controls," British Prime Minister Tom Lee said.')).toEqual([]);
  });
  it('an act of a speaker’s "we" toward another country stays', () => {
    expect(events('"We will support Britain," French President Tom Lee said.')).toEqual(['SUPPORT Tom Lee -> United Kingdom planned']);
  });
});
