import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import type { ArticleRecord } from '../../doc/record.js';

function speakers(text: string): Array<[string | undefined, string | undefined]> {
  return extract({ id: 't', text }).quotes.map((q) => [q.speaker?.name, q.speaker?.basis]);
}

function mentionsOf(record: ArticleRecord, name: string): string[] {
  return record.entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];
}

// Our own sentences: each row is one construction of who a pronoun or a description stands for.
describe('pronoun salience', () => {
  it('subject of the sentence before: "he said" is the one who accused, not the one accused', () => {
    const text = 'Mr Tarn Obel met Peter Vass at the conference. Turning to schools, he said: "We will build more."';
    expect(speakers(text)).toEqual([['Tarn Obel', 'pronoun']]);
  });

  it('speaker of the last quote: "he replied" after a question about another man', () => {
    const text = [
      'Mr Obel said: "I have always backed the plan."',
      'Pressed on the cuts made by Mr Vass, he replied: "I never would."',
    ].join(' ');
    expect(speakers(text).map(([name]) => name)).toEqual(['Obel', 'Obel']);
  });

  it('a name that spoke through "which" is no person for a later "he" ("Velcor released figures which showed")', () => {
    const text = [
      '"We are ready," said Mr Tom Reed. Mr Reed said the plan was set.',
      'In May Velcor released figures which showed that sales rose. Thanks to these figures, shares rose.',
      'Analysts report that margins shrank. Part of the reason, he said, was the weather.',
    ].join(' ');
    expect(speakers(text).at(-1)).toEqual(['Tom Reed', 'pronoun']);
  });

  it('gender by title and by given name: "she" skips the man named last', () => {
    const text = 'Mrs Lyra Moss met Henry Dunmore in Leeds. "The talks went well," she said.';
    expect(speakers(text)).toEqual([['Lyra Moss', 'pronoun']]);
    const given = 'Victoria Pell wrote the play with Simon Gale. "We argued a lot," she said.';
    expect(speakers(given)[0]?.[0]).toBe('Victoria Pell');
  });

  it('a one-word name that has spoken is a person for the pronoun after it, though also a noun ("said Walker. He told")', () => {
    const text = 'The runner was banned in 1998. "I had intended to race," said Walker. He told the newspaper: "I am not in shape."';
    expect(speakers(text)).toEqual([['Walker', 'named'], ['Walker', 'pronoun']]);
  });

  it('a pronoun with no person before it stays unresolved, never a guess', () => {
    const record = extract({ id: 't', text: 'The weather turned. "It was cold," he said.' });
    expect(record.quotes[0]?.speaker).toMatchObject({ entityId: null, basis: 'unresolved' });
  });

  it('he, his and him outside quotations join their person, and tell its gender', () => {
    const record = extract({ id: 't', text: 'Dana Korr left the party. His friends said he would return, and they asked him to stay.' });
    expect(mentionsOf(record, 'Dana Korr')).toEqual(['Dana Korr', 'His', 'he', 'him']);
    expect(record.entities.find((e) => e.name === 'Dana Korr')?.gender).toBe('male');
  });
});

describe('descriptions', () => {
  it('an office right after a name: "The chancellor said" is the person just named', () => {
    const text = 'Gordon Tull has issued a rallying cry to supporters.\n\nThe chancellor said the vote would be close.';
    expect(speakers(text)).toEqual([['Gordon Tull', 'nominal']]);
  });

  it('"the spokesperson" after "a spokesperson" is that unnamed one, not the person just named', () => {
    const text = 'Lia Berg was fired by the airline. A spokesperson confirmed that Ms Berg had left. The spokesperson also said the rules were clear.';
    expect(speakers(text)).toEqual([['A spokesperson', 'unresolved'], ['The spokesperson', 'unresolved']]);
  });

  it('"the chancellor" is not the shadow chancellor named in between', () => {
    const text = [
      'Gordon Tull has issued a rallying cry. The chancellor said the vote would be close.',
      'Mr Tull accused shadow chancellor Owen Lett of plotting cuts.',
      'Turning to the economy, the chancellor promised growth.',
    ].join('\n\n');
    expect(speakers(text).map(([name]) => name)).toEqual(['Gordon Tull', 'Gordon Tull', 'Gordon Tull']);
  });
});

describe('named within a description', () => {
  it('"the VAO report said", "a CAS statement": a name before what it issued speaks for it; a demonym does not', () => {
    const text = [
      'The Velder Audit Office said costs rose. The VAO report said that the sale went through.',
      '"Kessel took the drug," said a CAS statement.',
      'Seoul was quiet. A South Korean parliamentary report said the plan failed.',
    ].join(' ');
    expect(speakers(text)).toEqual([['Velder Audit Office', 'named'], ['Velder Audit Office', 'named'], ['CAS', 'named'], ['A South Korean parliamentary report', 'unresolved']]);
  });

  it('"Velcor\'s statement to the stock exchange said": what a name issued speaks for it, whatever it was sent to', () => {
    const text = [
      'Velcor rejected the bid. Velcor\'s statement to the stock exchange said: "The board has noted the speculation."',
      'Ms Lia Berg wrote to the board. Ms Berg\'s latest letter says the plan failed.',
    ].join(' ');
    expect(speakers(text)).toEqual([['Velcor', 'named'], ['Lia Berg', 'named']]);
  });

  it('"The report by the Velder Commission said": what one author issued speaks for the author; two authors, or none named, leave it unresolved', () => {
    const rows = [
      'The report by the Velder Commission said that costs had risen sharply.',
      'A study published by UK-based research consultancy Tarnell says that sales had risen sharply.',
      'A survey by UK think-tank Brenlow said that users upload content.',
      'The report by inspectors said that it was bad for all.',
      'The study by US researchers said that it was good for all.',
    ];
    expect(rows.map((text) => speakers(text)[0])).toEqual([['Velder Commission', 'named'], ['Tarnell', 'named'], ['Brenlow', 'named'], ['The report', 'unresolved'], ['The study', 'unresolved']]);
  });

  it('"…, said the leaflet published by X (X) and Y.": the leaflet speaks, and two authors leave it unresolved', () => {
    const rows = [
      'The rules are clear, said the leaflet published jointly by the Crown Agency and the Velder Commission.',
      'The rules are clear, said the leaflet published by the Crown Agency (CA) and the Velder Commission.',
      'Costs were high, said the report by the Tarnell Group.',
    ];
    expect(rows.map((text) => speakers(text)[0])).toEqual([['the leaflet', 'unresolved'], ['the leaflet', 'unresolved'], ['Tarnell Group', 'named']]);
  });

  it('"A letter written by Ann Berg said …": the participle after the letter reports nothing, the verb after its author does', () => {
    const record = extract({ id: 't', text: 'A letter written by Ann Berg said that she would go to Paris.' });
    expect(record.quotes.map((q) => [q.cue?.text, q.text, q.speaker?.name])).toEqual([['said', 'that she would go to Paris', 'Ann Berg']]);
  });

  it('"Mr Obel\'s spokesman said" is not Obel: a possessed name owns the speaker, it is not the speaker', () => {
    const text = 'Tarn Obel stayed at home. Mr Obel\'s spokesman said the meeting had been cancelled.';
    const record = extract({ id: 't', text });
    expect(record.quotes[0]?.speaker).toMatchObject({ entityId: null, name: "Mr Obel's spokesman", basis: 'unresolved' });
  });

  it('"UK Chancellor Gordon Tull said" is Tull', () => {
    expect(speakers('UK Chancellor Gordon Tull said the budget was fair.')).toEqual([['Gordon Tull', 'named']]);
  });
});

describe('continued quotations', () => {
  it('a paragraph that is only a quotation continues the speaker of the one before', () => {
    const text = 'Mr Obel said the schools would be built.\n\n"And we will pay for them."';
    const record = extract({ id: 't', text });
    expect(record.quotes.map((q) => [q.speaker?.name, q.speaker?.basis, q.speaker?.mention ?? null])).toEqual([
      ['Obel', 'named', expect.anything()],
      ['Obel', 'continued', null],
    ]);
  });

  it('a quotation right after another one\'s cue and speaker, in one paragraph, continues it', () => {
    const text = 'Mr Obel - who would not name the striker - said he did not score enough goals "The striker has scored nine goals a season in senior football," said Mr Obel. "That is not good enough for a club like this. "We need two strikers who score."';
    expect(speakers(text)).toEqual([['Obel', 'named'], ['Obel', 'continued'], ['Obel', 'continued']]);
  });

  it('a quotation after one by an unnamed description goes on with the description ("a spokesman said …. "…"")', () => {
    const text = 'Budgets were tight. A ministry spokesman said it was "on track to meet the rules". "Spending plans are fully affordable." Analysts disagreed.';
    expect(speakers(text)).toEqual([['A ministry spokesman', 'unresolved'], ['A ministry spokesman', 'continued']]);
  });

  it('a quotation that opens the sentence after the one holding the last one\'s cue goes on with its speaker', () => {
    const text = 'Sales rose. As we move to new images, "we need storage," Tom Reyes, from Velder Labs, one of the founders, told the website. "So we built a disc." Prices fell.';
    const at = text.indexOf('So we built');
    const quote = extract({ id: 't', text }).quotes.find((q) => q.spans.some(([start, end]) => start <= at && at < end));
    expect(quote?.speaker?.name).toBe('Tom Reyes');
  });

  it('not one after a sentence of someone else\'s ("…, Tim Black said. Anna Berg, said: \'…\'")', () => {
    const text = 'Growth was slow, correspondent Tim Black said. Chairman of the Audit Committee Anna Berg MP, said: "The policy is a muddle."';
    expect(speakers(text)[1]?.[0]).toBe('Anna Berg');
  });

  it('not after a pronoun left unresolved, which names no one', () => {
    const text = '"We are on track," he said. "Spending plans are fully affordable."';
    expect(speakers(text)[1]?.[0]).toBeUndefined();
  });

  it('a quotation paragraph after a paragraph of narration with no quote has no speaker', () => {
    const text = 'Mr Obel said the schools would be built.\n\nThe council met later.\n\n"And we will pay for them."';
    expect(extract({ id: 't', text }).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Obel', null]);
  });
});

describe('titles of works', () => {
  it('a song title written in title case inside a list is no quotation and "You" no speaker', () => {
    const text = 'The band have had eight hits. Their singles include Crashed The Party, You Said Never, and Who Was There?';
    expect(extract({ id: 't', text }).quotes).toEqual([]);
  });
});

// Our own sentences: a person the text is about, and one-word names that are people.
describe('the person a pronoun falls back on', () => {
  it('the topic: "she" after four sentences that name no woman is the woman named most', () => {
    const text = [
      'Anna Kolbeck was born in Dunmore in 1950.',
      'Anna Kolbeck studied law, and Kolbeck became a judge.',
      'The court moved to a new building in 1990.',
      'Its hall was rebuilt twice.',
      'The city paid for the work.',
      'Many visitors came.',
      '"I loved every case," she said.',
    ].join(' ');
    expect(speakers(text)).toEqual([['Anna Kolbeck', 'pronoun']]);
  });

  it('no topic when two people of that gender are named as often ("she" stays unresolved)', () => {
    const text = [
      'Anna Kolbeck and Maria Moss were born in Dunmore.',
      'Anna Kolbeck and Maria Moss studied law.',
      'Kolbeck and Moss became judges.',
      'The court moved to a new building in 1990.',
      'Its hall was rebuilt twice.',
      'The city paid for the work.',
      '"I loved every case," she said.',
    ].join(' ');
    expect(speakers(text)).toEqual([['she', 'unresolved']]);
  });

  it('a given name of either sex alone is a person for the pronoun after it ("Alex came home late … he said")', () => {
    const text = 'Alex came home late. "The train was slow," he said.';
    expect(speakers(text)).toEqual([['Alex', 'pronoun']]);
  });
});

describe('a capitalised word that is no name', () => {
  it('leaves a speaker that only opens its sentence unresolved ("Speculation suggests that")', () => {
    expect(speakers('Speculation suggests that the bid will fail.')).toEqual([['Speculation', 'unresolved']]);
  });
});

describe('a title chain before a name', () => {
  it('makes the person at its end the speaker, not the organisation that opens it ("Commission for Fair Trade chairman Tarn Obel said")', () => {
    expect(speakers('Commission for Fair Trade chairman Tarn Obel said sales were down 40%.')).toEqual([['Tarn Obel', 'named']]);
  });
});

describe('a description by age ("the 74-year-old")', () => {
  it('keeps the quote it speaks and names the one whose age an apposition gave', () => {
    const text = 'Ronnie Barr, 74, met Tom Lee at the gala. "It was fun," the 74-year-old said.';
    expect(speakers(text)).toEqual([['Ronnie Barr', 'nominal']]);
  });

  it('picks the person of that age among two, by apposition in commas or brackets or after "aged"', () => {
    expect(speakers('Ronnie Barr (74) met Tom Lee, aged 30, at the gala. "It was fun," said the 30-year-old.')).toEqual([['Tom Lee', 'nominal']]);
    expect(speakers('Tom Lee, 30, met Ronnie Barr, 74, at the gala. The 30-year-old told reporters: "It was fun."')).toEqual([['Tom Lee', 'nominal']]);
  });

  it('with no age stated, the most salient person ("the 52-year-old comedian")', () => {
    expect(speakers('Ronnie Barr was at the gala. "It was fun," the 52-year-old comedian said.')).toEqual([['Ronnie Barr', 'nominal']]);
  });
});

describe('a list\'s bullet before a speaker and a colon', () => {
  it('"- Velder coach Tom Reyes: "…"" is Tom Reyes (the dash opened the sentence, and no speaker was found)', () => {
    const text = 'The match ended 2-0.\n\n- Velder coach Tom Reyes: "It was a fantastic performance by us. I think we deserved it."';
    expect(speakers(text)).toEqual([['Tom Reyes', 'named']]);
  });
});

// Our own sentences: a person first called by a given name, and a group named by an office.
describe('one person under a given name and a full name', () => {
  it('a full name after a given name alone is that person ("Sharon" … "Sharon Vass" … "she said")', () => {
    const record = extract({ id: 't', text: 'Sharon was at home when the thieves came. Later Sharon Vass told police what she saw. "They took my rings," she said.' });
    expect(record.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Sharon Vass']);
    expect(record.quotes.at(-1)?.speaker?.name).toBe('Sharon Vass');
  });

  it('not a given name that came with a title ("Prince Edwin" is not the later "Edwin Tarn")', () => {
    const record = extract({ id: 't', text: 'Prince Edwin will marry in April. Edwin Tarn, the party leader, said the couple had his good wishes.' });
    expect(record.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Edwin', 'Edwin Tarn']);
  });

  it('a surname before a given name: "Steven Orrin" joins "Orrin", not "Steven"', () => {
    const record = extract({ id: 't', text: 'Orrin wants to stay. Steven has spoken to the club. Steven Orrin said so on Friday.' });
    expect(mentionsOf(record, 'Steven Orrin')).toEqual(expect.arrayContaining(['Orrin', 'Steven Orrin']));
  });
});

describe('a group named by an office in the plural', () => {
  it('is no "she": "Republican Senators … said" then "She further said" is the senator named before them', () => {
    const text = 'Senator Lyra Moss voted to acquit. Nearly all Republican Senators said the trial was unfair. She further said: "The Congress has failed."';
    expect(speakers(text).at(-1)).toEqual(['Lyra Moss', 'pronoun']);
  });
});

describe('a name and where the person comes from', () => {
  it('"said Seth Orrin from Velcom" is Orrin, not the organisation after "from" or "at"', () => {
    expect(speakers('"This system works," said Seth Orrin from Velcom.')).toEqual([['Seth Orrin', 'named']]);
    expect(speakers('"Sales are up," said Lyra Moss at Tarnco Holdings.')).toEqual([['Lyra Moss', 'named']]);
  });
});

// Our own sentences: "the company", "the club", "the paper" name the body in view, or no one when two weigh alike.
describe('a body named by its common noun', () => {
  it('"the firm said" is the company that spoke before it', () => {
    const text = 'Velder Holdings said on Monday that profits had doubled. The firm said it would open two plants next year.';
    expect(speakers(text)).toEqual([['Velder Holdings', 'named'], ['Velder Holdings', 'nominal']]);
  });

  it('"the Australian firm said" is the body in view, unless the article places it in another country', () => {
    const rows = [
      'Velder Holdings said on Monday that profits had doubled. The Australian firm said it would open two plants next year.',
      'The German carmaker Velmo said on Monday that profits had doubled. The Australian firm said it would open two plants next year.',
    ];
    expect(rows.map((text) => speakers(text)[1]?.[0])).toEqual(['Velder Holdings', 'The Australian firm']);
  });

  it('"the paper said" is a paper, not the company the paper wrote about', () => {
    const text = 'Velder Holdings will cut 300 jobs, the Dunmore Gazette reported. The paper said the cuts would start in May.';
    expect(speakers(text)[1]).toEqual(['Dunmore Gazette', 'nominal']);
  });

  it('"the company said" is no court and no government', () => {
    const text = 'The Court of Appeal ruled against Velder Holdings on Monday. The company said it would appeal again.';
    expect(speakers(text)).toEqual([['Velder Holdings', 'nominal']]);
  });

  it('"the German company said" is the company, not an association named by its remit before it', () => {
    const text = 'The Velder Suppliers Association says sales are up. At the fair, Korlan Systems showed off a phone. The German company said it would sell it in May.';
    expect(speakers(text).at(-1)).toEqual(['Korlan Systems', 'nominal']);
  });

  it('"the magazine said" is the body the article called a magazine ("US magazine Tech Velder")', () => {
    const text = 'The laptop was chosen by US magazine Tech Velder. "We included only items that were mobile," said the magazine.';
    expect(speakers(text)).toEqual([['Tech Velder', 'nominal']]);
  });

  it('"the organisation said" and "the charity said" name the body in view', () => {
    expect(speakers('The Velder Trust called the plan "harsh". "It will harm the valley," the organisation said.').at(-1)).toEqual(['Velder Trust', 'nominal']);
    expect(speakers('The Velder Trust called the plan "harsh". "It will harm the valley," the charity said.').at(-1)).toEqual(['Velder Trust', 'nominal']);
  });

  it('"the watchdog said" is not the firm it watches', () => {
    expect(speakers('Velder Holdings sold bonds last year. The watchdog said the prospectus was unclear.')).toEqual([['The watchdog', 'unresolved']]);
  });

  it('two bodies of about the same weight leave "the company" unresolved', () => {
    const text = 'Velder Holdings made cars, and Korlan Foods made soup. The company said the deal would close in June.';
    expect(speakers(text)).toEqual([['The company', 'unresolved']]);
  });
});

describe('a party named by "the party"', () => {
  it('"the party has confirmed" is the party in view', () => {
    const text = 'The Green Party will stand in every seat at the election, the party has confirmed.';
    expect(speakers(text)).toEqual([['Green Party', 'nominal']]);
  });
});
