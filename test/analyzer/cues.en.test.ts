import { describe, expect, test } from 'vitest';
import { analyze } from '../../analyzer/index';
import type { Article, Label } from '../../analyzer/types';
import { expectCase, expectSentence, linkedArticle, type Case } from './expect-sentence';

// Every cue family of TAXONOMY.md's table, English column. Each row: an article (one paragraph a line),
// the label of its last sentence (or of the one containing `at`), and where it matters the source's
// name and the reason code. Positive rows carry the cue; negative rows look alike but must not fire it.

function family(title: string, positive: Case[], negative: Case[]): void {
  describe(title, () => {
    test.each(positive)('positive: $label ← $text', (row) => expectCase(row, 'en'));
    test.each(negative)('negative: $label ← $text', (row) => expectCase(row, 'en'));
  });
}

family(
  'reporting verbs, subject first ("X said") and inverted ("said X")',
  [
    { text: 'Ana Ruiz said the bridge would close in May.', label: 'attributed', name: 'Ana Ruiz', code: 'reporting-verb' },
    { text: 'The Transport Ministry announced that fares would rise by ten percent.', label: 'attributed', name: 'Transport Ministry', code: 'reporting-verb' },
    { text: 'Tom Lee told Reuters that the strike would go on until Friday.', label: 'attributed', name: 'Tom Lee', code: 'reporting-verb' },
    { text: 'Ana Ruiz wrote on her blog that the plan had failed.', label: 'attributed', name: 'Ana Ruiz', code: 'reporting-verb' },
    { text: 'Acme Corp has also confirmed that 200 jobs will go.', label: 'attributed', name: 'Acme', code: 'reporting-verb' },
    { text: 'Ana Ruiz, a spokeswoman for the port authority, said the cranes were idle.', label: 'attributed', name: 'Ana Ruiz' },
    { text: 'The bridge will close in May, said Ana Ruiz.', label: 'attributed', name: 'Ana Ruiz', code: 'reporting-verb' },
    { text: 'Repairs will take at least a year, said Tom Lee, the city engineer.', label: 'attributed', name: 'Tom Lee', code: 'reporting-verb' },
    { text: 'The harbour will stay shut through the weekend, Ana Ruiz said on Sunday.', label: 'attributed', name: 'Ana Ruiz', code: 'reporting-verb' },
    // a present tense closing the sentence after a comma; an apposition with "and" or a relative clause in it
    { text: 'Ferry fares rose by a third last year, the Harbour Gazette reports.', label: 'attributed', name: 'Harbour Gazette', code: 'reporting-verb' },
    { text: '"The wall will not hold," Ana Ruiz, an engineer and harbour pilot, told me this week.', label: 'attributed', name: 'Ana Ruiz' },
    { text: 'Tom Lee, a pilot who has worked the harbour for thirty years, recalled that the wall cracked in 1998.', label: 'attributed', name: 'Tom Lee' },
    // one capitalised word described as one person is a name, not a plural opening the sentence
    { text: 'Rees, a harbour pilot for thirty years, told us the wall would not hold.', label: 'attributed', name: 'Rees' },
    // the subject of a relative clause of saying is the phrase the pronoun stands for (rule 4: the source wins)
    { text: 'The council ignored a harbour pilot who said that the wall was cracking.', label: 'vague', name: 'harbour pilot', code: 'reporting-verb' },
    { text: 'The council ignored a harbour pilot who said he had seen the crack.', label: 'vague', name: 'harbour pilot', code: 'reporting-verb' },
    { text: 'The council ignored the Harbour Authority, which warned that the wall was cracking.', label: 'attributed', name: 'Harbour Authority', code: 'reporting-verb' },
    // the auxiliary before an aside belongs to the verb
    { text: 'The Harbour Authority has, however, denied that the wall is cracking.', label: 'attributed', name: 'Harbour Authority', code: 'reporting-verb' },
    // a name coordinated with a description: the name is who a reader can check
    { text: 'Ruiz and his family believe the old wall could still be saved.', label: 'attributed', name: 'Ruiz' },
    // "call" reports with what the speaker called someone or something
    { text: 'The mayor called Tom Lee a liar at the council meeting.', label: 'attributed', name: 'mayor', code: 'reporting-verb' },
    { text: "The mayor called Tom Lee's plan “reckless” on Monday.", label: 'attributed', name: 'mayor' },
  ],
  [
    { text: 'The bridge will close in May for repairs.', label: 'unattributed', code: 'no-source' },
    // "said" as an adjective and "told" in the passive name no speaker.
    { text: 'The said agreement expired in the spring of 2019.', label: 'unattributed' },
    { text: 'Drivers were told to leave their cars on the hard shoulder.', label: 'unattributed' },
    // Writing a letter is an act, not a claim someone stands behind.
    { text: 'The pupils wrote a letter to the mayor last week.', label: 'unattributed' },
    // a list before an inverted verb is no subject with an apposition
    { text: 'The new pipe is less prone to rust, cracks and leaks, said the officials.', label: 'vague', name: 'officials' },
    // a relative clause that tells what someone does or believes, not what they said
    { text: 'The vote keeps in place a mayor who has declared her intention to sell the port.', label: 'unattributed' },
    { text: 'The fake tickets confused many fans who believe they bought them from the club.', label: 'unattributed' },
    { text: 'The council hired an engineer who writes its reports so that they are checked twice.', label: 'unattributed' },
    // a place before a relative pronoun is not who spoke
    { text: 'The plan angered the fishermen in Kastrin, who said nothing in public.', label: 'unattributed' },
    // "called" and a name that ends the clause, or a title after "a plan", names a thing or dials a number
    { text: 'The island lies in a region called Velmora.', label: 'unattributed' },
    { text: 'The council backed a plan called “Harbour 2030” on Monday.', label: 'unattributed' },
    { text: 'The mayor called Tom Lee on Monday about the flood.', label: 'unattributed' },
    { text: 'Tom Lee, the new head of the company now called Harbour Works, joined in May.', label: 'unattributed' },
    // "..., and agreeing with her remark." closes no clause with a subject
    { text: 'Catching up on the council debate, and agreeing with the mayor\'s remark.', label: 'unattributed' },
  ],
);

family(
  '"according to X"',
  [
    { text: 'According to Ana Ruiz, the bridge will close in May.', label: 'attributed', name: 'Ana Ruiz', code: 'according-to' },
    { text: 'The bridge will close in May, according to the Transport Ministry.', label: 'attributed', name: 'Transport Ministry', code: 'according-to' },
    { text: 'According to the World Bank, growth will slow sharply next year.', label: 'attributed', name: 'World Bank', code: 'according-to' },
  ],
  [
    { text: 'The work on the old bridge went according to plan.', label: 'unattributed' },
    // Unnamed sources and reports are not a named source.
    { text: 'According to sources, the minister will resign this week.', label: 'vague' },
    { text: 'According to reports, the minister will resign this week.', label: 'hedged' },
  ],
);

family(
  'speech nouns ("in a statement, X...")',
  [
    { text: 'In a statement, Greenpeace condemned the decision to reopen the mine.', label: 'attributed', name: 'Greenpeace', code: 'speech-noun' },
    { text: 'At a news conference on Monday, Tom Lee outlined a new timetable for the works.', label: 'attributed', name: 'Tom Lee', code: 'speech-noun' },
    { text: 'In an interview with the BBC, Ana Ruiz defended the closure of the port.', label: 'attributed', name: 'Ana Ruiz' },
    { text: "Ana Ruiz's statement says the plant will stay open until 2030.", label: 'attributed', name: 'Ana Ruiz' },
  ],
  [
    { text: 'A statement from the club is expected later today.', label: 'unattributed' },
    { text: 'The interview lasted forty minutes and ended abruptly.', label: 'unattributed' },
  ],
);

family(
  'documents and data ("a report by X found", "X\'s data show")',
  [
    { text: 'A report by Amnesty International found that the prisons were badly overcrowded.', label: 'attributed', name: 'Amnesty International', code: 'document' },
    { text: "The Census Bureau's data show that rents rose by eight percent.", label: 'attributed', name: 'Census Bureau', code: 'document' },
    { text: 'A Gallup poll published on Tuesday shows support for the plan at 41 percent.', label: 'attributed', name: 'Gallup', code: 'document' },
    { text: 'Figures released by Eurostat on Friday show unemployment falling in every region.', label: 'attributed', name: 'Eurostat', code: 'document' },
    // a document with a clause of its own before its verb; a polling average is data
    { text: 'A 2019 study that appeared in the Harbour Science Review found that the wall was sinking.', label: 'attributed', name: 'Harbour Science Review', code: 'document' },
    { text: "The Gazette's polling average shows the mayor ahead by four points.", label: 'attributed', name: 'Gazette', code: 'document' },
  ],
  [
    // "studies show" with no study named is vague; a report mentioned is not a report cited.
    { text: 'Studies show that lower speed limits save lives.', label: 'vague' },
    { text: 'The report runs to more than 300 pages.', label: 'unattributed' },
    { text: 'He found the keys under the mat on Sunday.', label: 'unattributed' },
    // a person who found something is no document, however long the clause before the verb
    { text: 'The diver who inspected the wall on Monday found a crack near the base.', label: 'unattributed' },
  ],
);

family(
  'anonymous sources ("officials said", "a senior official", "people familiar with the matter")',
  [
    { text: 'Officials said the bridge would close in May.', label: 'vague', name: 'officials', code: 'anonymous-source' },
    { text: 'A senior official said the talks had stalled over the weekend.', label: 'vague', name: 'official', code: 'anonymous-source' },
    { text: 'People familiar with the matter said the merger was off.', label: 'vague', name: 'people' },
    { text: 'Sources said the minister would resign this week.', label: 'vague', name: 'sources' },
    { text: 'Witnesses reported hearing two explosions near the port.', label: 'vague', name: 'witnesses' },
    { text: 'Experts say the dam is at risk of failing.', label: 'vague', name: 'experts' },
    { text: 'Critics argue that the new fare system punishes commuters.', label: 'vague', name: 'critics' },
    { text: 'Two people briefed on the talks said a deal was close.', label: 'vague', name: 'people' },
    { text: 'The ceasefire will hold, a Western diplomat said on Monday.', label: 'vague', name: 'diplomat' },
  ],
  [
    { text: 'Senior official Ana Ruiz said the talks had stalled over the weekend.', label: 'attributed', name: 'Ana Ruiz' },
    { text: 'The officials left the building shortly before noon.', label: 'unattributed' },
    { text: 'Witnesses to the crash were questioned by police for hours.', label: 'unattributed' },
  ],
);

family(
  'weasel phrases ("some say", "it is believed")',
  [
    { text: 'Some say the plan was doomed from the start.', label: 'vague', code: 'weasel' },
    { text: 'It is believed that the fire started in the kitchen.', label: 'vague', code: 'weasel' },
    { text: 'It is widely thought that the vote will be close.', label: 'vague', code: 'weasel' },
    { text: 'Many people think the election was unfair.', label: 'vague' },
    { text: 'Many observers believe the truce will not last the winter.', label: 'vague' },
  ],
  [
    { text: 'Some of the trains were cancelled on Monday.', label: 'unattributed' },
    { text: 'Some people left the hall before the vote.', label: 'unattributed' },
    { text: 'It is clear that the bridge needs urgent repairs.', label: 'unattributed' },
  ],
);

family(
  'hedges ("reportedly", "allegedly", "is said to")',
  [
    { text: 'The minister has reportedly offered to resign.', label: 'hedged', code: 'hedge' },
    { text: 'The suspect allegedly stole three cars in one night.', label: 'hedged', code: 'hedge' },
    { text: 'The general is said to have fled the capital.', label: 'hedged', code: 'hedge' },
    { text: 'The ship is believed to be carrying weapons.', label: 'hedged', code: 'hedge' },
    { text: 'The leak is thought to have started last week.', label: 'hedged', code: 'hedge' },
    { text: 'Reports suggest that the talks have stalled again.', label: 'hedged', code: 'hedge' },
    // TAXONOMY: "reports suggest" (no report named) is hedged; "there are reports" says the same.
    { text: 'There are reports that the border has been closed overnight.', label: 'hedged' },
    { text: 'The photo purportedly shows the missing pilot.', label: 'hedged', code: 'hedge' },
    { text: 'The striker is rumoured to be joining a rival club.', label: 'hedged', code: 'hedge' },
    { text: 'The singer is rumored to be retiring after the tour.', label: 'hedged', code: 'hedge' },
    // A named subject of a hedge is not its source.
    { text: 'Tom Lee reportedly plans to run for mayor next year.', label: 'hedged', code: 'hedge' },
  ],
  [
    { text: 'The minister resigned on Tuesday after a long meeting.', label: 'unattributed' },
    { text: 'The ship is carrying 300 containers of grain.', label: 'unattributed' },
    { text: 'The ship is carrying weapons, customs officers said.', label: 'vague' },
  ],
);

family(
  'direct quotes and their speakers',
  [
    { text: '“We will rebuild the bridge by spring,” said Ana Ruiz.', label: 'attributed', name: 'Ana Ruiz', code: 'direct-quote' },
    { text: '“We will rebuild the bridge by spring,” Ana Ruiz said.', label: 'attributed', name: 'Ana Ruiz', code: 'direct-quote' },
    { text: 'Ana Ruiz: “We will rebuild the bridge by spring.”', label: 'attributed', name: 'Ana Ruiz', code: 'direct-quote' },
    { text: 'Ana Ruiz said: “We will rebuild the bridge by spring.”', label: 'attributed', name: 'Ana Ruiz' },
    { text: '"We will rebuild the bridge by spring," Tom Lee told reporters.', label: 'attributed', name: 'Tom Lee', code: 'direct-quote' },
  ],
  [
    // An unnamed speaker makes a quotation vague; cues inside the quotation are the speaker's words.
    { text: '“The bridge is no longer safe to cross,” a city engineer said.', label: 'vague', name: 'engineer' },
    { text: '“Officials said nothing to us about the closure,” Ana Ruiz said.', label: 'attributed', name: 'Ana Ruiz' },
    { text: '“The talks have reportedly stalled, and I know why,” said Tom Lee.', label: 'attributed', name: 'Tom Lee' },
  ],
);

describe('links inside the sentence', () => {
  const PAGE = 'https://news.example.com/2024/05/01/floods-in-the-valley';
  const row = (text: string, anchor: string, href: string, label: Label, name?: string) => ({ article: linkedArticle(text, anchor, href, PAGE), text, label, name });
  const positive = [
    row('The river has flooded twice this year, the latest survey shows.', 'latest survey', 'https://www.hydro.test/surveys/2024', 'attributed', 'www.hydro.test'),
    row('Rainfall in April was the highest on record.', 'highest on record', 'https://data.weather.test/april-2024.csv', 'attributed', 'data.weather.test'),
  ];
  // The outlet's own stories, on any of its hosts, are a source (rule 5), listed apart under the
  // article's own host as its earlier reporting; by date, by id or by a headline's slug.
  const outlet = [
    row('The dam was last inspected in 2019.', 'last inspected', 'https://news.example.com/2019/08/12/dam-inspection-report', 'attributed', 'news.example.com'),
    row('The dam was last inspected in 2019.', 'last inspected', 'https://archive.news.example.com/local/dam-inspection-20190812', 'attributed', 'news.example.com'),
    row('The dam was last inspected in 2019.', 'last inspected', '/local/the-dam-was-inspected-last-in-2019', 'attributed', 'news.example.com'),
    row('The dam was last inspected in 2019.', 'last inspected', 'https://www.news.example.co.uk/news/uk-48213775', 'attributed', 'news.example.com'),
  ];
  const negative = [
    // Its listings are no source at all: tag, topic, section, author pages, a folder, its home page.
    row('The dam was last inspected in 2019.', 'last inspected', 'https://archive.news.example.com/2019/dam', 'unattributed'),
    row('The river has flooded twice this year.', 'flooded', 'https://news.example.com/tag/floods', 'unattributed'),
    row('The river has flooded twice this year.', 'flooded', 'https://news.example.com/topics/floods-in-the-river-valley-and-beyond', 'unattributed'),
    row('The river has flooded twice this year.', 'flooded', 'https://topics.news.example.com/reference/floods-in-the-river-valley', 'unattributed'),
    row('The river has flooded twice this year.', 'flooded', '/by/ana-ruiz-and-tom-lee-staff', 'unattributed'),
    row('The river has flooded twice this year.', 'river', '/section/environment', 'unattributed'),
    row('The river has flooded twice this year.', 'river', '/', 'unattributed'),
    row('The river has flooded twice this year.', 'this year', '#comments', 'unattributed'),
  ];
  test.each(positive)('positive: $label ← $text', ({ article, label, name }) => expectSentence(analyze(article, { lang: 'en' }), { label, name, code: 'link' }));
  test.each(negative)('negative: $label ← $text', ({ article, label }) => expectSentence(analyze(article, { lang: 'en' }), { label }));
  test.each(outlet)('the outlet’s own story: $label ← $text', ({ article, label, name }) => {
    const analysis = analyze(article, { lang: 'en' });
    expectSentence(analysis, { label, name, code: 'link' });
    expect(analysis.sentences[0]!.source).toEqual({ name: 'news.example.com', kind: 'named', outlet: true });
    expect(analysis.sources).toEqual([{ name: 'news.example.com', kind: 'named', outlet: true, mentions: 1 }]);
  });

  test('a copy served from elsewhere (a saved page, a syndicated story): the address it declares is the outlet too', () => {
    const copy = { ...linkedArticle('The dam was last inspected in 2019.', 'last inspected', 'https://news.example.com/2019/08/12/dam-inspection-report', 'http://127.0.0.1:8080/saved/floods.html'), canonicalUrl: PAGE };
    const a = analyze(copy, { lang: 'en' });
    expect(a.sources).toEqual([{ name: 'news.example.com', kind: 'named', outlet: true, mentions: 1 }]);
    // without the declared address the outlet's site is any other site
    const bare = analyze({ ...copy, canonicalUrl: null }, { lang: 'en' });
    expect(bare.sources).toEqual([{ name: 'news.example.com', kind: 'named', mentions: 1 }]);
  });

  test('the outlet’s own stories come after every other source, and no later “he” means them', () => {
    const text = 'The dam failed in 2019, a survey shows. It failed again last week. He said nothing more. It first failed in 2016.';
    const link = (anchor: string, href: string) => ({ start: text.indexOf(anchor), end: text.indexOf(anchor) + anchor.length, href });
    const links = [
      link('a survey shows', 'https://www.hydro.test/surveys/dams'),
      link('again last week', 'https://news.example.com/2024/04/28/dam-failed-again-in-the-valley'),
      link('first failed', '/2016/04/02/how-the-dam-failed-the-first-time'),
    ];
    const a = analyze({ title: null, url: PAGE, blocks: [{ kind: 'paragraph', text, links }] }, { lang: 'en' });
    // "He said" goes to the last source that is not the outlet's own story
    expect(a.sources.map((s) => [s.name, s.mentions, !!s.outlet])).toEqual([
      ['www.hydro.test', 2, false],
      ['news.example.com', 2, true],
    ]);
    expect(a.sentences.find((s) => s.text.startsWith('He said'))?.source?.name).toBe('www.hydro.test');
  });

  test('a link counts only for the sentence it lies in', () => {
    const text = 'The survey covered 400 homes. The river has flooded twice this year.';
    const article = linkedArticle(text, 'survey', 'https://www.hydro.test/surveys/2024', PAGE);
    const a = analyze(article, { lang: 'en' });
    expectSentence(a, { at: 'survey', label: 'attributed', name: 'hydro.test' });
    expectSentence(a, { at: 'flooded', label: 'unattributed' });
  });
});

family(
  'not-claims (questions, bylines, credits, calls to action, fragments)',
  [
    { text: 'Will the bridge reopen before winter?', label: 'not-claim', code: 'question' },
    { text: 'The council met on Monday.\nWhy did it wait so long?', label: 'not-claim', code: 'question' },
    { text: 'By Ana Ruiz and Tom Lee', label: 'not-claim', code: 'byline' },
    { text: 'Reporting by Tom Lee; editing by Ana Ruiz', label: 'not-claim', code: 'byline' },
    { text: 'The council met on Monday.\nUpdated May 3, 2024', label: 'not-claim', code: 'dateline' },
    { text: 'Photo: Tom Lee / Example Agency', label: 'not-claim', code: 'caption' },
    { text: 'The valley after the storm. Getty Images', label: 'not-claim', code: 'caption' },
    { text: 'The council met on Monday.\nSubscribe to our morning briefing.', label: 'not-claim', code: 'call-to-action' },
    { text: 'The council met on Monday.\nSign up to get flood alerts on your phone.', label: 'not-claim', code: 'call-to-action' },
    { text: 'The council met on Monday.\nRead more: how the dam was built', label: 'not-claim', code: 'call-to-action' },
    { text: 'The council met on Monday.\nNot yet.', label: 'not-claim', code: 'fragment' },
    { text: 'The council met on Monday.\nThree dead.', label: 'not-claim', code: 'fragment' },
    { text: 'The council met on Monday.\nThe final count.', label: 'not-claim', code: 'fragment' },
  ],
  [
    // Four words make a claim; a question word in a statement does not make a question.
    { text: 'The dam has failed.', label: 'unattributed' },
    { text: 'Why the council waited so long remains unclear.', label: 'unattributed' },
    { text: 'By Tuesday the river had risen three metres.', label: 'unattributed' },
    { text: 'Photographs of the damage were shared widely on Monday.', label: 'unattributed' },
    { text: 'Subscribers to the water service must boil their water.', label: 'unattributed' },
  ],
);

describe('headings and captions by block kind', () => {
  const article = (kind: 'heading' | 'caption' | 'paragraph'): Article => ({
    title: null,
    blocks: [
      { kind: 'paragraph', text: 'The council met on Monday to discuss the floods.' },
      { kind, text: 'Floodwaters rise across the valley as the rain goes on.' },
    ],
  });
  test.each([
    { kind: 'heading', label: 'not-claim', code: 'heading' },
    { kind: 'caption', label: 'not-claim', code: 'caption' },
  ] as const)('positive: a $kind block is $label', ({ kind, label, code }) => expectSentence(analyze(article(kind), { lang: 'en' }), { label, code }));
  test('negative: the same words in a paragraph are a claim', () => {
    expect(analyze(article('paragraph'), { lang: 'en' }).sentences[1]?.label).toBe('unattributed');
  });
});
