import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

/** The first event of a one-sentence article, as "source:kind target:kind political". */
function kinds(text: string): string {
  const event = extract({ id: 'kinds', text }).events[0];
  if (!event) return 'no event';
  return `${event.source.name}:${event.source.kind ?? '?'} ${event.target.name}:${event.target.kind ?? '?'} ${String(event.political)}`;
}

describe('event actor kinds', () => {
  it.each([
    ['a country is a state', 'France criticised Germany on Monday.', 'France:state Germany:state true'],
    ['a title makes a person a politician', 'Foreign Minister Anna Berg met Karl Kerr.', 'Anna Berg:politician Karl Kerr:person false'],
    ['a party word before the name makes a politician', 'Tory co-chairman Piet Olmer criticised the Velan Party.', 'Piet Olmer:politician Velan Party:party true'],
    ['a knowledge-base organisation has its kind', 'NATO accused Russia of aggression.', 'North Atlantic Treaty Organization:igo Russia:state true'],
    ['an organisation named by its head word', 'The Velan Ministry of Defence accused the Tarn Liberation Front of shelling villages.', 'Velan Ministry of Defence:government Tarn Liberation Front:other false'],
    ['a company is not political', 'Acme Holdings criticised Foreign Minister Anna Berg.', 'Acme Holdings:company Anna Berg:politician false'],
    ['people without an office are persons', 'Wayne Dobbs criticised Gary Nevin.', 'Wayne Dobbs:person Gary Nevin:person false'],
    // An under-secretary holds an office of state; a law officer of the government, a peer sits in a legislature.
    ['an under-secretary is a politician', 'Velan Undersecretary of State Anna Berg met Karl Kerr.', 'Anna Berg:politician Karl Kerr:person false'],
    ['a law officer of the government is a politician', 'Attorney General Anna Berg criticised Karl Kerr.', 'Anna Berg:politician Karl Kerr:person false'],
    ['a peer is a politician', 'Lord Berg praised Karl Kerr.', 'Berg:politician Karl Kerr:person false'],
    ['an office with its complement before a name makes a politician', 'Chief Secretary to the Treasury Anna Berg criticised Karl Kerr.', 'Anna Berg:politician Karl Kerr:person false'],
    ['a sports body is no government, whatever its name says', 'The US Anti-Doping Agency accused Mira Lund of doping.', 'US Anti-Doping Agency:other Mira Lund:person false'],
    ['a religious body is no government, whatever its head says', 'The Velan Muslim Council criticised Foreign Minister Anna Berg.', 'Velan Muslim Council:other Anna Berg:politician false'],
    ['a name only ever after a capital "The" is a work’s, no government', 'Foreign Minister Anna Berg criticised The Velan Office on Monday.', 'Anna Berg:politician Velan Office:other false'],
    ['a body named after a small "the" keeps its head’s kind', 'Foreign Minister Anna Berg criticised the Velan Office on Monday.', 'Anna Berg:politician Velan Office:government true'],
    // The Group of Eight (1997-2014, with Russia) is not the Group of Seven that met before and after it.
    ['the G8 is the Group of Eight, no G7', 'Foreign Minister Anna Berg held talks with the G8 in London.', 'Anna Berg:politician Group of Eight:igo true'],
    // A party's name of two words before a party role: "Lib Dem spokesman", "Liberal Democrat spokeswoman".
    ['a party of two words before a role makes a politician', 'Lib Dem spokesman Piet Olmer criticised the Velan Party.', 'Piet Olmer:politician Velan Party:party true'],
    // An apposition after the name: its head is the office ("MP for Velton"), after an age or not.
    ['an office in an apposition after the name makes a politician', "Anna Berg, Velan's finance minister, criticised Karl Kerr.", 'Anna Berg:politician Karl Kerr:person false'],
    ['a seat in an apposition after an age makes a politician', 'Anna Berg, 58, MP for Velton, criticised Karl Kerr.', 'Anna Berg:politician Karl Kerr:person false'],
    ['an office of a body of state in an apposition makes a politician', 'Karl Kerr criticised Anna Berg, Chief Secretary to the Velan Treasury.', 'Karl Kerr:person Anna Berg:politician false'],
    ['an office of a body of no politics in an apposition makes no politician', 'Karl Kerr criticised Anna Berg, Vice President of the Velan Tennis Federation.', 'Karl Kerr:person Anna Berg:person false'],
    // A role in a party: "the party's election chief", "party chairman".
    ['a role in a party makes a politician', "The party's election chief Anna Berg criticised Karl Kerr.", 'Anna Berg:politician Karl Kerr:person false'],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toBe(expected);
  });

  it('in a report on sport a title makes no politician: a club president', () => {
    const text = 'Velan United striker Karl Kerr scored twice in the league match and the cup final. "We have spoken with Kerr," club president Anna Berg told the club website.';
    const events = extract({ id: 'kinds', text }).events;
    expect(events.map((e) => `${e.source.name}:${e.source.kind ?? '?'}`)).toEqual([]);
  });
});
