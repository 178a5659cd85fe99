import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { eventPairs as pairs } from '../../pipeline/testing/event-pairs.js';

// Our own sentences: an event needs a political reading (issue 18, item 2).

// With negation and modality, for the words that qualify an act.
function acts(text: string): string[] {
  return extract({ id: 'sense', text }).events.map((e) => `${e.code} ${e.source.name} -> ${e.target.name}${e.negated ? ' negated' : ''} ${e.modality}`);
}

describe('an article about sport', () => {
  it('reads its contest words as a contest in every sentence', () => {
    const report = 'The striker scored twice and the league leaders won the match.\n\nAnna Berg will now meet Karl Kerr on Sunday.';
    expect(pairs(report)).toEqual([]);
  });

  it('keeps no event between players, coaches and clubs, only one with a political actor', () => {
    const report = 'The striker scored twice and the league leaders won the match.\n\nDan Oyelaran praised Mikel Sorn.\n\nPrime Minister Anna Berg praised Mikel Sorn.';
    expect(pairs(report)).toEqual(['SUPPORT Anna Berg -> Mikel Sorn']);
  });

  it('counts a word the tokenizer splits at its hyphen ("fly-half", "full-back")', () => {
    const report = 'The fly-half and the full-back were dropped from the squad.\n\nDan Oyelaran praised Mikel Sorn.';
    expect(pairs(report)).toEqual([]);
  });

  it('counts the words of rugby and of a competition ("flanker", "line-out", "Six Nations")', () => {
    const report = 'The coach picked a new flanker for the line-out before the Six Nations.\n\nDan Oyelaran praised Italy.';
    expect(pairs(report)).toEqual([]);
  });

  it('counts a score as a word of sport', () => {
    const report = 'Dan Oyelaran won 7-5 6-4 in the quarter-finals of the tournament.\n\nMikel Sorn praised Dan Oyelaran.';
    expect(pairs(report)).toEqual([]);
  });

  it('reads a country in a report on sport as its team, not a political actor', () => {
    const report = 'The striker scored twice and the league leaders won the match.\n\nDan Oyelaran praised Italy.';
    expect(pairs(report)).toEqual([]);
  });

  it('reads a capital in a report on sport as where a match is played, not its government', () => {
    const report = 'The striker scored twice and the league leaders won the match.\n\nDan Oyelaran made two visits to Paris.';
    expect(pairs(report)).toEqual([]);
  });

  it('needs three words of sport: one in a politics article changes nothing', () => {
    expect(pairs('Senator Anna Berg will meet Karl Kerr, a keen football fan, on Sunday.')).toEqual(['CONSULT Anna Berg -> Karl Kerr']);
  });
});

describe('the charts and the markets', () => {
  it('a title shooting to the top is no attack', () => {
    expect(pairs('Acme Holdings shot straight to the top of the UK charts.')).toEqual([]);
  });
});

describe('a setting after a preposition and a determiner', () => {
  it('is where the act happens, not its target', () => {
    expect(pairs('Anna Berg met farmers in the Netherlands.')).toEqual([]);
  });
});

describe('a comparison', () => {
  it('tells no act of the actor after "than"', () => {
    expect(pairs('Velan pays more than France contributes to the United Nations.')).toEqual([]);
  });
});

describe('trade between companies', () => {
  it('is no aid: material exchange needs a political actor', () => {
    expect(pairs('Acme Holdings delivered computers to Velan Motors.')).toEqual([]);
    expect(pairs('Germany delivered tents to Jordan.')).toEqual(['AID Germany -> Jordan']);
  });

  it('a lecture delivered is no delivery', () => {
    expect(pairs('Prime Minister Anna Berg delivered the Karl Kerr Lecture.')).toEqual([]);
  });
});

describe('prizes, families and causes', () => {
  it('an award won is a prize, not support', () => {
    expect(pairs("Senator Anna Berg won two awards for Karl Kerr's film.")).toEqual([]);
  });

  it('custody of a child won or lost is family law, not an arrest', () => {
    expect(pairs("Anna Berg won back custody of Karl Kerr's daughter.")).toEqual([]);
    expect(pairs('Anna Berg won custody of her children from Karl Kerr.')).toEqual([]);
  });

  it('"thanks to" gives a cause, not thanks', () => {
    expect(pairs('Velan Motors recovered thanks to France.')).toEqual([]);
  });
});

describe('"hold" with a person as its object', () => {
  it('is detention, active or passive with "by"; talks held are a meeting', () => {
    expect(pairs('Russia held Karl Kerr for three days.')).toEqual(['COERCE Russia -> Karl Kerr']);
    expect(pairs('Anna Berg and Karl Kerr have been held by Russia for three years.').sort()).toEqual(['COERCE Russia -> Anna Berg', 'COERCE Russia -> Karl Kerr']);
    expect(pairs('Russia held talks with Karl Kerr.')).toEqual(['CONSULT Russia -> Karl Kerr']);
  });
});

describe('the manual’s categories', () => {
  it('an apology is CONCEDE (regret or remorse), not SUPPORT', () => {
    expect(pairs('France apologised to Germany.')).toEqual(['CONCEDE France -> Germany']);
  });

  it('a "compensation culture" is no compensation paid', () => {
    expect(pairs('France fostered a compensation culture for Germany.')).toEqual([]);
  });

  it('returning asylum seekers to a country is no return of something to it', () => {
    expect(pairs('The French government is planning to return asylum seeker children to Albania.')).toEqual([]);
  });
});

describe('titles and possessives before a name', () => {
  it('an event noun in a title right after another name is a title ("US phone firm MCI")', () => {
    expect(pairs('Acme Holdings won a takeover battle for US phone firm Velcom Inc with a bid.')).toEqual([]);
  });

  it('a possessive before a title and a name is not who is met: the name is', () => {
    expect(pairs('Dan Mo is a minister. Senator Anna Berg will meet his counterpart Karl Kerr on Friday.')).toEqual(['CONSULT Anna Berg -> Karl Kerr']);
  });
});

describe('more senses that are no events', () => {
  it('returning from a country is travel, not a return of something to it', () => {
    expect(pairs('Dan Mo was returning from China.')).toEqual([]);
  });

  it('honours at an awards ceremony are prizes', () => {
    expect(pairs('France honoured Karl Kerr at its film awards.')).toEqual([]);
  });

  it('"alleged" before a noun describes it; only the verb alleges', () => {
    expect(pairs('Senator Dan Mo met his alleged second in command Karl Kerr.')).toEqual([]);
  });

  it('an attack made politically is one of words: ACCUSE', () => {
    expect(pairs('Prime Minister Anna Berg attacked Karl Kerr politically.')).toEqual(['ACCUSE Anna Berg -> Karl Kerr']);
  });

  it('an event noun in what someone describes is not their act', () => {
    expect(pairs('Anna Berg described a meeting of the Velan Council in May.')).toEqual([]);
  });
});

describe('who a request is made of', () => {
  it('is not the one it asks to be released', () => {
    expect(pairs('Senator Anna Berg has appealed for the release of aid worker Karl Kerr.')).toEqual([]);
    expect(pairs('Senator Anna Berg has appealed to Karl Kerr for help.')).toEqual(['REQUEST Anna Berg -> Karl Kerr']);
  });
});

describe('a challenge in a sentence about a prize', () => {
  it('is a contest, not an accusation', () => {
    expect(pairs('Anna Berg faces a strong challenge from Karl Kerr, a nominee for the prize.')).toEqual([]);
  });
});

describe('words that read an act rightly', () => {
  it('hoping to meet someone is a plan, not a meeting', () => {
    expect(acts('Senator Anna Berg said she was hoping to meet Karl Kerr.')).toEqual(['CONSULT Anna Berg -> Karl Kerr planned']);
  });

  it('charges "from" someone are theirs', () => {
    expect(pairs('Velan Motors has settled charges from France that it failed to pay tax.')).toEqual(['ACCUSE France -> Velan Motors']);
  });

  it('a visit to a tomb is no visit to the one buried there', () => {
    expect(pairs('Senator Anna Berg visited the tomb of Karl Kerr.')).toEqual([]);
  });

  it('"did not mean that" an act happened denies it', () => {
    expect(acts('Anna Berg said it did not mean that France had cut its ties with Germany.')).toEqual(['SANCTION France -> Germany negated asserted']);
  });
});

describe('custody and contact, by what they say', () => {
  const codes = (text: string): string[] => extract({ id: 'sense', text }).events.map((e) => `${e.code} ${e.source.name} -> ${e.target.name}`);

  it('custody is detention only where someone is held in it, not custody of a child', () => {
    expect(codes('France has taken Karl Kerr into custody.')).toContain('COERCE France -> Karl Kerr');
    expect(codes('France holds Karl Kerr in custody.')).toContain('COERCE France -> Karl Kerr');
    expect(codes('Anna Berg said she had won back custody of Mira Berg, her 12-year-old daughter with Karl Kerr.').filter((c) => c.startsWith('COERCE'))).toEqual([]);
  });

  it('contacting someone to cease an act asks them to', () => {
    expect(codes('The Velan Press Council contacted Tarn Media to cease the campaign.')).toContain('REQUEST Velan Press Council -> Tarn Media');
  });
});

describe('meeting a standard, allowing, warning about, by grammar', () => {
  const codes = (text: string): string[] => extract({ id: 'sense', text }).events.map((e) => `${e.code} ${e.source.name} -> ${e.target.name}`);

  it('meeting a rule, a target or a deadline is no meeting, whoever owns it', () => {
    expect(codes('Karl Kerr had suggested that Chancellor Anna Berg would meet his golden economic rule.')).toEqual([]);
    expect(codes('Chancellor Anna Berg will meet Karl Kerr on Monday.')).toEqual(['CONSULT Anna Berg -> Karl Kerr']);
  });

  it('having met as students is having come to know each other, no meeting', () => {
    expect(codes('Prime Minister Anna Berg and Karl Kerr met as students at Oxford.')).toEqual([]);
    expect(codes('Prime Minister Anna Berg and Karl Kerr met as planned on Monday.')).toEqual(['CONSULT Anna Berg -> Karl Kerr']);
  });

  it('allowing is RETREAT only where a third party is let in, as the manual says', () => {
    expect(codes('Until now the US had allowed Britain, France and Germany to take the lead.')).toEqual([]);
    expect(codes('Sudan allowed United Nations inspectors into Darfur.')).toEqual(['RETREAT Sudan -> United Nations']);
  });

  it('a warning about a thing threatens nothing', () => {
    expect(codes('"We have warned the German government about their continuing attacks on Velcor," Karl Kerr said.').filter((c) => c.startsWith('THREATEN'))).toEqual([]);
  });

  it('"by" after an event noun names its doer, not the other party', () => {
    expect(codes('Senator Anna Berg has called for an investigation by the information commissioner Karl Kerr.')).toEqual([]);
    expect(codes('Indonesia was still considering the offer by France, officials said.')).toEqual([]);
  });

  it('a request made of someone named before its infinitive is not made of the actor after it', () => {
    expect(codes('The Velan Party urged the men to step down from the Tarn Assembly.')).toEqual([]);
    expect(codes('The Velan Party urged the Tarn Assembly to step down.')).toEqual(['REQUEST Velan Party -> Tarn Assembly']);
  });
});

describe('the press and the courts are no parties', () => {
  const codes = (text: string): string[] => extract({ id: 'sense', text }).events.map((e) => `${e.code} ${e.source.name} -> ${e.target.name}`);

  it('speaking to a news outlet is an interview, no consultation', () => {
    expect(codes("President Anna Berg was speaking to the BBC's Newsnight programme on Monday.")).toEqual([]);
    expect(codes('President Anna Berg was speaking to Chancellor Karl Kerr on Monday.')).toEqual(['CONSULT Anna Berg -> Karl Kerr']);
  });

  it('a court named before a dispute is where it is fought', () => {
    expect(codes('Karl Kerr won the first round of a High Court battle with Anna Berg.').filter((c) => c.includes('High Court'))).toEqual([]);
  });
});
