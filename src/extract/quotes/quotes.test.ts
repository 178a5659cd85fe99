import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import type { QuoteRecord } from '../../doc/record.js';

function quotesOf(text: string): QuoteRecord[] {
  return extract({ id: 't', text }).quotes;
}

interface Row {
  text: string;
  kind: QuoteRecord['kind'];
  quote: string;
  cue: string | null;
  mention: string | null;
  spans?: number;
}

// Our own sentences, one phenomenon each: what the quote covers, its cue and the speaker mention.
const rows: Row[] = [
  { text: '"We will keep talking to both sides," Dutch Foreign Minister Anna Berg said on Tuesday.', kind: 'direct', quote: '"We will keep talking to both sides,"', cue: 'said', mention: 'Dutch Foreign Minister Anna Berg' },
  { text: 'Berg said: "Our door stays open."', kind: 'direct', quote: '"Our door stays open."', cue: 'said', mention: 'Berg' },
  { text: '"The talks were useful," she said. "But nothing was agreed."', kind: 'direct', quote: '"The talks were useful," she said. "But nothing was agreed."', cue: 'said', mention: 'she', spans: 2 },
  { text: '“To all the young players,” Berg said, “Keep your heads up.”', kind: 'direct', quote: '“To all the young players,” Berg said, “Keep your heads up.”', cue: 'said', mention: 'Berg', spans: 2 },
  { text: '"We had regular contacts. We have none now," the minister told reporters.', kind: 'direct', quote: '"We had regular contacts. We have none now,"', cue: 'told', mention: 'the minister' },
  { text: 'According to Berg, no visit to Ankara has been planned.', kind: 'indirect', quote: 'no visit to Ankara has been planned', cue: 'According to', mention: 'Berg' },
  { text: 'Cutting aid now would be a mistake, and "we will not do it," the Dutch minister added.', kind: 'mixed', quote: 'Cutting aid now would be a mistake, and "we will not do it,"', cue: 'added', mention: 'the Dutch minister' },
  { text: 'The government has not received an invitation to the summit, Berg said.', kind: 'indirect', quote: 'The government has not received an invitation to the summit', cue: 'said', mention: 'Berg' },
  { text: 'The previous cabinet took a "completely different" line, the minister noted.', kind: 'mixed', quote: 'The previous cabinet took a "completely different" line', cue: 'noted', mention: 'the minister' },
  { text: 'Hugh Hill, a doctor at the clinic, said the wait had been long.', kind: 'indirect', quote: 'the wait had been long', cue: 'said', mention: 'Hugh Hill' },
  { text: 'The Kremlin said in a statement that it would not attend.', kind: 'indirect', quote: 'that it would not attend', cue: 'said', mention: 'The Kremlin' },
  { text: '"It is over," said Tom Reed.', kind: 'direct', quote: '"It is over,"', cue: 'said', mention: 'Tom Reed' },
  { text: '“Prices will rise,” the bank warned.', kind: 'direct', quote: '“Prices will rise,”', cue: 'warned', mention: 'the bank' },
  { text: "‘We are not leaving,’ said Ms Clay.", kind: 'direct', quote: '‘We are not leaving,’', cue: 'said', mention: 'Ms Clay' },
  { text: '«Nous restons ici», said Marie Roux.', kind: 'direct', quote: '«Nous restons ici»', cue: 'said', mention: 'Marie Roux' },
  { text: 'Sara Lind, 34, a nurse from Leeds, said the ward was full.', kind: 'indirect', quote: 'the ward was full', cue: 'said', mention: 'Sara Lind' },
  { text: 'Officials said the bridge would reopen next month.', kind: 'indirect', quote: 'the bridge would reopen next month', cue: 'said', mention: 'Officials' },
  { text: 'Mr Ross praised the plan and said it would save lives.', kind: 'indirect', quote: 'it would save lives', cue: 'said', mention: 'Mr Ross' },
  { text: 'The price of bread, the report said, had doubled in a year.', kind: 'indirect', quote: 'The price of bread, the report said, had doubled in a year', cue: 'said', mention: 'the report', spans: 2 },
  { text: 'Senator Ada Moss (D-NY) said the vote was rigged.', kind: 'indirect', quote: 'the vote was rigged', cue: 'said', mention: 'Senator Ada Moss' },
  { text: 'Her colleague, Senator Grant Whitfield, struck a different tone: "Every project must pay its way."', kind: 'direct', quote: '"Every project must pay its way."', cue: ':', mention: 'Senator Grant Whitfield' },
  { text: 'Acknowledging that the plan was late, Ms Holt said it would still work.', kind: 'indirect', quote: 'that the plan was late', cue: 'Acknowledging', mention: 'Ms Holt' },
  { text: 'Local station KTV 7 is reporting that the bridge is closed.', kind: 'indirect', quote: 'that the bridge is closed', cue: 'reporting', mention: 'Local station KTV 7' },
  { text: 'Mayor Lena Holt: The budget has to be cut.', kind: 'indirect', quote: 'The budget has to be cut', cue: ':', mention: 'Mayor Lena Holt' },
  { text: 'Ms Holt called the proposal “a betrayal of voters.”', kind: 'mixed', quote: 'the proposal “a betrayal of voters.”', cue: 'called', mention: 'Ms Holt' },
];

describe('quotations', () => {
  it.each(rows)('$text', (row) => {
    const quotes = quotesOf(row.text);
    const quote = quotes.find((q) => q.text === row.quote);
    expect(quote, `quotes found: ${JSON.stringify(quotes.map((q) => q.text))}`).toBeDefined();
    expect(quote?.kind).toBe(row.kind);
    expect(quote?.cue?.text ?? null).toBe(row.cue);
    expect(quote?.speaker?.mention?.text ?? null).toBe(row.mention);
    if (row.spans) expect(quote?.spans.length).toBe(row.spans);
  });

  it.each([
    'Ministers unveiled the so-called "peace plan" on Monday.',
    'The band\'s album "Blue Nights" sold well.',
    'He was known as "the Bulldozer" in the party.',
    'It is the country\'s best-known export, its officials\' pride.',
  ])('finds no quotation in: %s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it.each([
    ['a lower-case word', '"We stay," said Ann Lee. then "We go," said Tom Reyes.'],
    ['an emoji', '"We stay," Ann Lee said. 🎉 "We go," Tom Reyes said.'],
  ])('keeps both of two quotations in a row, each with its own speaker, when the sentence between starts with %s', (_, text) => {
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.text.slice(q.text.indexOf('"')), q.speaker?.name])).toEqual([
      ['"We stay,"', 'Ann Lee'],
      ['"We go,"', 'Tom Reyes'],
    ]);
  });

  it('keeps a floating quotation with the previous speaker', () => {
    const text = '"We are ready," Anna Berg said.\n\n"And we will stay ready for as long as it takes."';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Anna Berg', 'Anna Berg']);
    expect(quotes[1]?.cue).toBeNull();
  });

  it('runs a quotation over paragraphs that reopen with a quote mark', () => {
    const text = 'Berg said: "The first part is here.\n\n"The second part follows.\n\n"And the third ends it."\n\nThen she left.';
    const [quote] = quotesOf(text);
    expect(quote?.text).toBe('"The first part is here.\n\n"The second part follows.\n\n"And the third ends it."');
    expect(quote?.speaker?.name).toBe('Berg');
  });

  it('takes the cue after the last paragraph of a quotation over paragraphs', () => {
    const text = '“The water rose fast. We lost the barn.\n\n“Nobody rang us.\n\n“We want a plan,” he told the panel.';
    const [quote] = quotesOf(text);
    expect(quote?.text).toBe(text.slice(0, text.indexOf(' he told')));
    expect(quote?.cue?.text).toBe('told');
  });

  it('reports nothing for a denied cue', () => {
    expect(quotesOf('According to Mr Hale, the company did not reply for three weeks.').map((q) => q.cue?.text)).toEqual(['According to']);
    expect(quotesOf('The company has never said the plant would close.')).toEqual([]);
  });

  it('takes the paragraph after "X writes:" as what X wrote', () => {
    const [quote] = quotesOf('Ms Holt writes:\n\nThe council has lost its way and needs a new plan.');
    expect(quote?.text).toBe('The council has lost its way and needs a new plan.');
    expect(quote?.speaker?.mention?.text).toBe('Ms Holt');
  });

  it('does not take a belief for a quotation', () => {
    const record = extract({ id: 't', text: 'Berg believes the talks will fail.' });
    expect(record.quotes).toEqual([]);
    expect(record.attributions.map((a) => [a.kind, a.text])).toEqual([['belief', 'the talks will fail']]);
  });
});

describe('speakers', () => {
  const text = [
    'Dutch Foreign Minister Anna Berg arrived in Ankara on Monday.',
    '"The talks were useful," she said.',
    '"We had regular contacts," the minister told reporters.',
    'Cutting aid would be a mistake, the Dutch minister added.',
    'Berg said the visit would be short.',
    '"I am tired," said Mr Tom Reed, 45. "Very tired," the 45-year-old added.',
  ].join('\n\n');
  const quotes = quotesOf(text);

  it('resolves pronouns, titles, demonym + title and surnames to the fullest name', () => {
    expect(quotes.slice(0, 4).map((q) => [q.speaker?.mention?.text, q.speaker?.name])).toEqual([
      ['she', 'Anna Berg'],
      ['the minister', 'Anna Berg'],
      ['the Dutch minister', 'Anna Berg'],
      ['Berg', 'Anna Berg'],
    ]);
  });

  it('gives "I" and "we" inside a quotation to its speaker', () => {
    const record = extract({ id: 't', text: 'Anna Berg arrived.\n\n"I think we can win," she said.' });
    const entity = record.entities.find((e) => e.name === 'Anna Berg');
    expect(entity?.mentions.map((m) => m.text)).toEqual(['Anna Berg', 'I', 'we', 'she']);
  });

  it('tells two ministers apart by their nationality', () => {
    const text = 'Dutch Foreign Minister Anna Berg met Hungarian Foreign Minister Peter Kovacs.\n\nThe talks failed, the Dutch minister said.';
    expect(quotesOf(text)[0]?.speaker?.name).toBe('Anna Berg');
  });

  it('resolves an age description to the last person', () => {
    expect(quotes[quotes.length - 1]?.speaker?.name).toBe('Tom Reed');
  });

  it('points the speaker to an entity of the record', () => {
    const record = extract({ id: 't', text });
    const speaker = record.quotes[0]?.speaker;
    const entity = record.entities.find((e) => e.id === speaker?.entityId);
    expect(entity?.name).toBe('Anna Berg');
    expect(entity?.mentions.map((m) => m.text)).toContain('she');
  });
});

describe('doubled apostrophes as quote marks', () => {
  it('reads a mixed quotation closed by two apostrophes before its cue', () => {
    const quotes = quotesOf("But ''it will not be easy,'' said Tom Reed, the head of the board.");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'mixed', text: "But ''it will not be easy,''", cue: { text: 'said' } });
  });
});

describe('a share of a group as the speaker', () => {
  it('takes "most of them" for the speaker of what follows "said"', () => {
    const quotes = quotesOf('At the meeting, most of them said they had loved working there.');
    expect(quotes[0]).toMatchObject({ kind: 'indirect', text: 'they had loved working there', speaker: { mention: { text: 'most of them' } } });
  });
});

describe('a shared subject with an apposition', () => {
  it('finds the speaker of "and said" past an apposition after the subject', () => {
    const quotes = quotesOf('Tom Reed, a spokesman for the board, thanked the staff and said the plan had worked.');
    expect(quotes.find((q) => q.cue?.text === 'said')).toMatchObject({ text: 'the plan had worked', speaker: { name: 'Tom Reed' } });
  });
});

describe('a reflexive pronoun after the speaker', () => {
  it('reads "Ford itself said …" with Ford as the speaker', () => {
    expect(quotesOf('Ford itself said the deal was on.')[0]).toMatchObject({ text: 'the deal was on', speaker: { mention: { text: 'Ford' } } });
  });
});

describe('a percentage as the speaker', () => {
  it('reads "42% say …"', () => {
    expect(quotesOf('On economic issues, 42% say they are liberal.')[0]).toMatchObject({ text: 'they are liberal', speaker: { mention: { text: '42%' } } });
  });
});

describe('a clause between dashes after the speaker', () => {
  it('reads "The judge -- who had clashed with him -- said …"', () => {
    expect(quotesOf('The judge -- who had clashed with him last week -- said she regretted her remarks.')[0]).toMatchObject({
      text: 'she regretted her remarks',
      speaker: { mention: { text: 'The judge' } },
    });
  });
});

describe('an ordinary word in a name is no antecedent', () => {
  it('gives "he" to the champion named, not to the word "Open" of the tournament', () => {
    const text = 'Belgian Open champion Piet Zandvoort has ruled out an early return.\n\nZandvoort hopes winning the Belgian Open will help. "It is a relief," he said.';
    expect(quotesOf(text).find((q) => q.text.includes('relief'))?.speaker?.name).toBe('Piet Zandvoort');
  });
});
