import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import type { QuoteRecord } from '../../doc/record.js';

function quotesOf(text: string): QuoteRecord[] {
  return extract({ id: 't', text }).quotes;
}

interface Row {
  text: string;
  /** Every quotation expected, as `quote text ← cue ← speaker mention`. */
  quotes: string[];
}

function describeQuote(q: QuoteRecord): string {
  return `${q.text} ← ${q.cue?.text ?? '-'} ← ${q.speaker?.mention?.text ?? '-'}`;
}

// Our own sentences: the grammar of reporting, one construction per row, with all the quotes found.
const rows: Row[] = [
  // A verb that reports only beside a quotation ("charge", "protest", "counter") reports a clause through
  // "that" too; "that" before a noun phrase is no clause.
  {
    text: 'Berg charges that the vote was rigged. He would continue that campaign outside the party. She protested because it rained.',
    quotes: ['that the vote was rigged ← charges ← Berg'],
  },
  // What follows a cue only to say when is no content: "was announced last week," reports nothing.
  {
    text: 'Reed was the surprise choice when the team was announced last week, and Berg said: "He has earned it." The date was confirmed on 3 March.',
    quotes: ['"He has earned it." ← said ← Berg'],
  },
  // "Write" in the passive reports nothing: its subject is what was written.
  {
    text: 'The way the code was written meant that it failed. The letter was written in 1990. Berg has written that the plan failed.',
    quotes: ['that the plan failed ← written ← Berg'],
  },
  // A counted object and a preposition or subordinator after "added" is a score, no report; a counted
  // subject and its verb is one.
  {
    text: 'Fly-half Tom Reed added four conversions as Wales kept their start. He added 20 people had died in the fire.',
    quotes: ['20 people had died in the fire ← added ← He'],
  },
  // A title joined by a hyphen ("fly-half") stays in the speaker's phrase; so does a compound in a long subject.
  {
    text: 'Wales fly-half Tom Reed admitted he was happy to hand the kick to a team-mate. A survey by think-tank Brenlow said that users upload content.',
    quotes: ['he was happy to hand the kick to a team-mate ← admitted ← Wales fly-half Tom Reed', 'that users upload content ← said ← A survey'],
  },
  // A verb of saying with a noun phrase for its object ("adding 178 new ferries") reports nothing: the
  // report after the comma has the sentence.
  {
    text: 'A third of new ferries will sail these seas, with Velia adding 178 new ferries by 2030, it said.',
    quotes: ['A third of new ferries will sail these seas, with Velia adding 178 new ferries by 2030 ← said ← it'],
  },
  // "Told" takes its hearer after it: reported words before ", told the website" stay reported, with no
  // speaker found, never the hearer's.
  {
    text: 'Shares fell sharply. Prices will rise again next year as the harvest failed, told the news website.',
    quotes: ['Prices will rise again next year as the harvest failed ← told ← -'],
  },
  // The passive of a verb of telling: its subject is the one told, never the speaker.
  {
    text: 'Several shops have been warned. Some have been told to change their prices, said Mr Ostrow.',
    quotes: ['Some have been told to change their prices ← said ← Mr Ostrow'],
  },
  {
    text: 'The crews were ordered to stay in port, the harbour master said.',
    quotes: ['The crews were ordered to stay in port ← said ← the harbour master'],
  },
  {
    text: 'The agency is warning that the roads will freeze tonight.',
    quotes: ['that the roads will freeze tonight ← warning ← The agency'],
  },
  // The passive of a verb whose object is its target: its subject is the target, and who accused or
  // criticised is unsaid; the active verb keeps its subject.
  {
    text: 'Channel Nine has been criticised for sending offensive leaflets to viewers.',
    quotes: ['for sending offensive leaflets to viewers ← criticised ← -'],
  },
  {
    text: 'Mr Arlo accused the bank of hiding the assets.',
    quotes: ['the bank of hiding the assets ← accused ← Mr Arlo'],
  },
  // The passive of a report with an empty "it" as its subject: no one is named, not the thing just before.
  {
    text: 'The inspectors will visit the depot. It has been reported they could ask about the fuel bills.',
    quotes: ['they could ask about the fuel bills ← reported ← -'],
  },
  {
    text: 'The mill stood empty. It was claimed the owners had sold the looms.',
    quotes: ['the owners had sold the looms ← claimed ← -'],
  },
  {
    text: 'The council met on Friday. It said the road would reopen soon.',
    quotes: ['the road would reopen soon ← said ← It'],
  },
  // A participle between a possessive and a noun describes it; "according to" opens a source, not content.
  {
    text: "City fans, who are proud of their links, backed the club despite a row over Tom Reed's proposed transfer to the union side Dunmore.",
    quotes: [],
  },
  {
    text: "Ms Vale's stated aim was the sale of the mill.",
    quotes: [],
  },
  {
    text: 'Hale and Co, the accounting firm, is advising the council, according to the Evening Gazette.',
    quotes: ['Hale and Co, the accounting firm, is advising the council ← according to ← the Evening Gazette'],
  },
  // A second report coordinated with the first ends the first one's content.
  {
    text: 'Ms Dane said the plan was late and insisted that the money was safe.',
    quotes: ['the plan was late ← said ← Ms Dane', 'that the money was safe ← insisted ← Ms Dane'],
  },
  {
    text: 'The bridge will stay closed, Mr Ford said, adding that repairs would take a year.',
    quotes: ['The bridge will stay closed ← said ← Mr Ford', 'that repairs would take a year ← adding ← Mr Ford'],
  },
  {
    text: 'Some farmers said the rain came too late, while other farmers said they had lost nothing.',
    quotes: ['the rain came too late ← said ← Some farmers', 'they had lost nothing ← said ← other farmers'],
  },
  {
    text: 'He said the school should close if funds ran out, and he added that parents would be told first.',
    quotes: ['the school should close if funds ran out ← said ← He', 'that parents would be told first ← added ← he'],
  },
  // A new subject and cue after "and" or a comma, once a whole clause stands before it.
  {
    text: 'Mr Ford said the pool would close in May and the mayor says it will reopen in June.',
    quotes: ['the pool would close in May ← said ← Mr Ford', 'it will reopen in June ← says ← the mayor'],
  },
  {
    text: 'Some said the mayor looked tired, others say he has never been fitter.',
    quotes: ['the mayor looked tired ← said ← Some', 'he has never been fitter ← say ← others'],
  },
  // A noun that reports a clause through "that", its possessor or its verb's subject speaking.
  {
    text: 'Critics laughed at the mayor’s claim that the bridge was safe.',
    quotes: ['that the bridge was safe ← claim ← the mayor'],
  },
  {
    text: 'Ms Dane made the claim that the vote had been rigged.',
    quotes: ['that the vote had been rigged ← claim ← Ms Dane'],
  },
  // Vows and threats are acts of saying.
  {
    text: 'The union threatened to strike in March if talks failed.',
    quotes: ['to strike in March if talks failed ← threatened ← The union'],
  },
  { text: 'Ms Dane vowed to fight the ruling.', quotes: ['to fight the ruling ← vowed ← Ms Dane'] },
  // Questions raised about something.
  {
    text: 'The letters raise new questions about whether the council knew, and critics want answers.',
    quotes: ['whether the council knew ← questions ← The letters'],
  },
  // "that" opening a relative clause is no content.
  { text: 'It was a claim that he made often.', quotes: [] },
  // A subject of two people inside the content is no second clause.
  {
    text: 'Ms Dane said her three pupils and their teacher told her the trip was worth it.',
    quotes: ['her three pupils and their teacher told her the trip was worth it ← said ← Ms Dane'],
  },
  // Groups as speakers, named by one word or by "those" and a participle.
  { text: 'Some said the vote had come too early.', quotes: ['the vote had come too early ← said ← Some'] },
  { text: 'In the survey, those polled say the roads are worse.', quotes: ['the roads are worse ← say ← those polled'] },
  // A relative clause between the speaker and the cue, and a relative pronoun before the speaker.
  {
    text: 'Parents who have waited for places all year say the system is broken.',
    quotes: ['the system is broken ← say ← Parents'],
  },
  {
    text: 'Some tenants who met the mayor, in person or online, said they felt ignored.',
    quotes: ['they felt ignored ← said ← Some tenants'],
  },
  {
    text: 'The plan includes a new bridge, which he said the region would pay for.',
    quotes: ['the region would pay for ← said ← he'],
  },
  // A verb mis-tagged as a noun still makes a clause.
  {
    text: 'Mayor Ida Lund, a Liberal, said the harbour committee deserved better.',
    quotes: ['the harbour committee deserved better ← said ← Mayor Ida Lund'],
  },
  // A question put to someone, reported by a passive "asked"; the asker speaks when "by" names one.
  {
    text: 'Asked whether the plant would close, Mr Lund shrugged.',
    quotes: ['whether the plant would close ← Asked ← -'],
  },
  {
    text: 'She was asked by a student why the fees had risen.',
    quotes: ['why the fees had risen ← asked ← a student'],
  },
  {
    text: 'Asked about the new ferry timetable, the mayor smiled.',
    quotes: ['the new ferry timetable ← Asked about ← -'],
  },
  // An active "asked" with no question word is left to the other rules.
  { text: 'The council asked residents for patience.', quotes: [] },
  // A subordinator before the subject ("after", "as"), and a floating "both" before the cue.
  {
    text: 'The deal collapsed after the Gazette reported that the bank had pulled out.',
    quotes: ['that the bank had pulled out ← reported ← the Gazette'],
  },
  {
    text: 'The two unions have both argued that the tax is unfair.',
    quotes: ['that the tax is unfair ← argued ← The two unions'],
  },
  // A second verb of another form is inside the content, not a second report.
  {
    text: 'The union responded, arguing that the data showed a gap and indicated a wider problem.',
    quotes: ['that the data showed a gap and indicated a wider problem ← arguing ← The union'],
  },
  // A subject that reaches its cue across asides.
  {
    text: 'Senator Ada Moss (D-NY), chair of the panel, said that the hearing was open.',
    quotes: ['that the hearing was open ← said ← Senator Ada Moss'],
  },
  {
    text: 'Several councillors, including Mr Ford, said the budget should be cut.',
    quotes: ['the budget should be cut ← said ← Several councillors'],
  },
  { text: 'Many in the crowd said the mayor had lied.', quotes: ['the mayor had lied ← said ← Many'] },
  // A verb of the subject before the cue is no aside.
  { text: 'The council met in June and then the mayor said little.', quotes: [] },
  // "according to" between subject and verb, and inside brackets.
  {
    text: 'Turnout, according to the clerk, has doubled since May.',
    quotes: ['Turnout, according to the clerk, has doubled since May ← according to ← the clerk'],
  },
  {
    text: '(According to the clerk, the office keeps no such records.)',
    quotes: ['the office keeps no such records ← According to ← the clerk'],
  },
  // A participle describing a statement: its issuer speaks.
  {
    text: 'On Monday, the council issued a statement saying that the pool would reopen.',
    quotes: ['that the pool would reopen ← saying ← the council'],
  },
  // The subject of a naming verb after "what", and after "with" in an absolute construction.
  {
    text: 'The charity backs what it calls “common-sense rules.”',
    quotes: ['“common-sense rules.” ← calls ← it'],
  },
  {
    text: 'Members were unhappy, with Senator Ada Moss calling the plan “a mess.”',
    quotes: ['the plan “a mess.” ← calling ← Senator Ada Moss'],
  },
  // "which he wrote, directed and starred in": coordinated verbs, not a report.
  { text: 'It is the only film which he wrote, directed and starred in.', quotes: [] },
  // A relative clause after "according to X" describes the source.
  {
    text: 'Sales of the new model fell sharply, according to the Gazette, which cites two dealers.',
    quotes: ['Sales of the new model fell sharply ← according to ← the Gazette'],
  },
  // An opening phrase of place is no reported clause.
  { text: 'In court papers, his lawyer asked for a shorter sentence.', quotes: [] },
  // A clause broken by its report keeps short pieces when its verb stands next to the break.
  {
    text: 'The ferry, she says, is late.',
    quotes: ['The ferry, she says, is late ← says ← she'],
  },
  {
    text: 'It was, he said, the worst week of the year.',
    quotes: ['It was, he said, the worst week of the year ← said ← he'],
  },
  // With no clause after it, a speech verb's object is what was said; a phrase of place or time is not.
  {
    text: 'The two lawyers had said the same thing.',
    quotes: ['the same thing ← said ← The two lawyers'],
  },
  {
    text: 'Ms Dane explained her reasons for leaving the party.',
    quotes: ['her reasons for leaving the party ← explained ← Ms Dane'],
  },
  { text: 'Mr Ford said in a statement.', quotes: [] },
  { text: 'The mayor wrote recently.', quotes: [] },
  // A second verb's subject past a connective, an opening clause, or with no determiner.
  { text: 'Then she broke with the party, pledging that taxes would fall.', quotes: ['that taxes would fall ← pledging ← she'] },
  {
    text: 'After the vote was called, the mayor left the hall and said the count was wrong.',
    quotes: ['the count was wrong ← said ← the mayor'],
  },
  {
    text: 'Local farmers were angered by the deal and predicted that prices would fall.',
    quotes: ['that prices would fall ← predicted ← Local farmers'],
  },
  // Auxiliaries between the coordinator and a second verb; a passive second verb reports nothing.
  {
    text: 'Mr Ford takes credit for the bridge and has promised that he would build another.',
    quotes: ['that he would build another ← promised ← Mr Ford'],
  },
  { text: 'Mr Ford left the hall and was seen talking to the mayor.', quotes: [] },
  // The doer of an infinitive after a verb or a predicate adjective is the clause's subject.
  { text: 'She went on to say that the vote was close.', quotes: ['that the vote was close ← say ← She'] },
  { text: 'Mr Ford was quick to point out that the bridge was safe.', quotes: ['that the bridge was safe ← point out ← Mr Ford'] },
  // Verbs whose object is what they report: assail, outline, encourage.
  { text: 'Ms Dane assailed the new tax on boats.', quotes: ['the new tax on boats ← assailed ← Ms Dane'] },
  { text: 'The mayor outlined her plan for the harbour.', quotes: ['her plan for the harbour ← outlined ← The mayor'] },
  { text: 'The mayor encouraged residents to vote early.', quotes: ['residents to vote early ← encouraged ← The mayor'] },
  // An approximate count opens the speaker phrase.
  { text: 'About half of voters say they prefer an outsider.', quotes: ['they prefer an outsider ← say ← About half of voters'] },
  { text: 'More than half of the voters said the economy was weak.', quotes: ['the economy was weak ← said ← More than half of the voters'] },
  // A verb of judging with a short object states a position, not a quotation (see below).
  { text: 'Ms Dane slammed Lund.', quotes: [] },
  // An embedded question after the cue is the content, its question word included.
  { text: 'Ms Dane explained how the vote would work.', quotes: ['how the vote would work ← explained ← Ms Dane'] },
  // A denied report is no quotation (it is an attributed position, below).
  { text: 'The council did not say when the bridge would reopen.', quotes: [] },
  // Nor is a refused one: "refused to confirm", "declined to say", "failed to disclose" report nothing said.
  { text: 'The firm refused to confirm that it had sold the unit.', quotes: [] },
  { text: 'The spokesman declined to say whether the minister backed the plan.', quotes: [] },
  { text: 'The company failed to disclose that it had paid the directors.', quotes: [] },
  // A verb that in a contest means play reports nothing when its object is what is played for or with:
  // a title, a seat, a shot. With a decision or a ruling for object it still reports a position.
  { text: 'Lena Voss defended her world title in Oslo. Tom Reed blasted a shot past the keeper.', quotes: [] },
  { text: 'The party will defend the seat it won in 2001.', quotes: [] },
  { text: 'Lena Voss defended the decision to close the rink.', quotes: ['the decision to close the rink ← defended ← Lena Voss'] },
  // A reporting clause that closes the sentence reports all before it, another cue's words included:
  // what the minister did is what the spokesman said. Words another said stay theirs.
  { text: 'The minister attacked the plan, spokesman Tom Reed said.', quotes: ['The minister attacked the plan ← said ← spokesman Tom Reed'] },
  { text: 'The minister attacked the new plan of the city council, spokesman Tom Reed said.', quotes: ['The minister attacked the new plan of the city council ← said ← spokesman Tom Reed'] },
  { text: 'Prosecutors said the man was a fraud, the news agency reported.', quotes: ['the man was a fraud ← said ← Prosecutors'] },
  // A clause after a cue's comma is another clause when a coordinator opens it, or a subordinator after a
  // cue whose object a relative pronoun took; after a parenthetical ", he said," it is what was said.
  { text: 'The set must show pictures at the resolution that HD demands, if viewers are to see the difference.', quotes: [] },
  { text: 'The boxes can cope with both analogue and HDTV signals, and so meet the standard set by regulators.', quotes: [] },
  { text: 'Nina Holt wrote and produced seven films.', quotes: [] },
  { text: 'In fact, he said, if the plan failed the mayor would resign.', quotes: ['if the plan failed the mayor would resign ← said ← he'] },
];

describe('the grammar of reporting', () => {
  it.each(rows)('$text', (row) => {
    expect(quotesOf(row.text).map(describeQuote)).toEqual(row.quotes);
  });
});

function attributionsOf(text: string): string[] {
  return extract({ id: 't', text }).attributions.map((a) => `${a.text} ← ${a.cue?.text ?? '-'} ← ${a.kind}${a.kind === 'belief' ? ` (${a.speaker?.mention?.text ?? 'no one'})` : ''}`);
}

// Positions attributed without an act of saying: what PolNeAR counts among all attributions.
describe('attributed positions', () => {
  it.each([
    { text: 'The mayor seems to be in a hurry.', expected: ['to be in a hurry ← seems ← other'] },
    { text: 'The ferry appeared on the horizon.', expected: [] },
    { text: 'Residents do not think the bridge is safe.', expected: ['the bridge is safe ← think ← belief (Residents)'] },
    { text: 'In a poll released Monday, 40 percent of voters were undecided.', expected: ['40 percent of voters were undecided ← In ← finding'] },
    { text: 'Lund led Berg by five points in the latest survey.', expected: ['Lund led Berg by five points ← in ← finding'] },
    { text: 'Lund is ahead in the polls.', expected: [] },
    { text: 'Ms Dane is critical of the new bridge.', expected: ['the new bridge ← critical of ← other'] },
    { text: 'The firm paid the fee in June, court records show.', expected: ['The firm paid the fee in June ← show ← finding'] },
    {
      text: 'Mr Ford said the fee was fair, while most parents expect it will fall.',
      expected: ['it will fall ← expect ← belief (most parents)'],
    },
    { text: 'She has lived in the village since 1990.', expected: [] },
    { text: 'The council did not say when the bridge would reopen.', expected: ['when the bridge would reopen ← say ← other'] },
    { text: 'Ms Dane slammed Lund.', expected: ['Lund ← slammed ← other'] },
    { text: 'The union advocated a shorter working week.', expected: ['a shorter working week ← advocated ← intention'] },
    { text: 'The mayor was slammed on Monday.', expected: [] },
    // A passive report before "to" is about its subject; whoever thinks or expects it is unsaid.
    { text: 'Fans are also thought to have clashed outside the ground.', expected: ['to have clashed outside the ground ← thought ← belief (no one)'] },
    { text: 'Fans thought the ground was safe.', expected: ['the ground was safe ← thought ← belief (Fans)'] },
    // A position reported inside another report is part of its content, not an attribution of its own.
    { text: 'Polls found that most voters support the new ban.', expected: ['that most voters support the new ban ← found ← finding'] },
    { text: 'Ms Dane said that most parents want a new school.', expected: [] },
    { text: 'Ms Dane has never mentioned the new ferry.', expected: ['the new ferry ← mentioned ← other'] },
    // The object of a verb of position ends where a clause set against it begins, with its own subject.
    { text: 'Velport expressed their interest, but the striker said he would stay.', expected: ['their interest ← expressed ← other'] },
    { text: 'The union backed the plan and the council said it would pay.', expected: ['the plan ← backed ← intention'] },
    // A verb of position with a particle after it is a phrasal verb, another verb that reports nothing;
    // "up to" before a number is no particle.
    { text: 'The council has ruled out raising the ferry fare.', expected: [] },
    { text: 'Velport knocked out the holders in the cup.', expected: [] },
    { text: 'Lund saw off the champion in two sets.', expected: [] },
    { text: 'Brenlow showed off a new ferry at the fair.', expected: [] },
    { text: 'The survey showed up to 40 percent of voters were undecided.', expected: ['up to 40 percent of voters were undecided ← showed ← finding'] },
  ])('$text', ({ text, expected }) => {
    expect(attributionsOf(text)).toEqual(expected);
  });
});
