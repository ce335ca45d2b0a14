import { describe, expect, test } from 'vitest';
import { analyze } from '../../analyzer/index';
import type { Article, Language } from '../../analyzer/types';
import { expectCase, expectSentence, type Case } from './expect-sentence';

// TAXONOMY.md rules 9-13, written from what real pages do, each with its own example in both
// languages where both have the construction. Positive rows show the rule deciding; negative rows
// look alike and must not be caught by it.

function rule(title: string, rows: { lang: Language; positive: Case[]; negative: Case[] }[]): void {
  describe(title, () => {
    for (const { lang, positive, negative } of rows) {
      test.each(positive)(`${lang} positive: $label ← $text`, (row) => expectCase(row, lang));
      test.each(negative)(`${lang} negative: $label ← $text`, (row) => expectCase(row, lang));
    }
  });
}

rule('rule 9: a description is not a name; quantifiers and negations are nobody', [
  {
    lang: 'en',
    positive: [
      { text: 'An Ohio Republican said the bill would pass before the recess.', label: 'vague', name: 'Ohio Republican' },
      { text: 'Two senior Western diplomats said the talks had stalled.', label: 'vague', name: 'diplomats' },
      { text: 'Many Valley residents accuse the council of neglecting the harbour.', label: 'vague', name: 'Many' },
      // Nobody is no source: the sentence is the writer's.
      { text: 'Although no group claimed the attack, the port was closed for a week.', label: 'unattributed' },
    ],
    negative: [
      { text: 'Senator Ana Ruiz, an Ohio Republican, said the bill would pass.', label: 'attributed', name: 'Ana Ruiz' },
      { text: 'The Ohio Department of Transportation said the bridge would reopen.', label: 'attributed', name: 'Ohio Department' },
    ],
  },
  {
    lang: 'fr',
    positive: [
      { text: 'Un haut responsable européen a affirmé que les négociations étaient bloquées.', label: 'vague', name: 'responsable' },
      { text: 'Plusieurs élus du Val ont déclaré que la digue était fragile.', label: 'vague' },
      { text: 'Aucun responsable n’a confirmé que le port resterait fermé.', label: 'unattributed' },
    ],
    negative: [
      { text: 'Le ministère de l’Intérieur a déclaré que la digue tiendrait.', label: 'attributed', name: 'ministère' },
    ],
  },
]);

describe('rule 11: a sentence ending in a colon passes its source to the points it introduces', () => {
  const list = (after: Article['blocks'][number]): Article => ({
    title: 'Harbour',
    blocks: [
      { kind: 'paragraph', text: 'In the interview, Mayor Ana Ruiz also said:' },
      { kind: 'list-item', text: 'The tram will open in 2027' },
      after,
    ],
  });
  test('each bullet point is the speaker\'s', () => {
    const a = analyze(list({ kind: 'list-item', text: 'Fares will not rise this year' }), { lang: 'en' });
    expectSentence(a, { at: 'tram will open', label: 'attributed', name: 'Ana Ruiz' });
    expectSentence(a, { at: 'Fares will not', label: 'attributed', name: 'Ana Ruiz' });
  });
  test('the paragraph after the list is the writer\'s again', () => {
    const a = analyze(list({ kind: 'paragraph', text: 'The council meets on Monday to vote on the budget.' }), { lang: 'en' });
    expectSentence(a, { at: 'council meets', label: 'unattributed' });
  });
});

rule('rule 11: a short line ending in a colon passes its speaker to the quotation below it', [
  {
    lang: 'en',
    positive: [
      { text: 'Senator Ana Ruiz spoke to reporters in Kastrin on Tuesday. She said:\n"The harbour wall will not hold. We asked for money for ten years."', at: 'ten years', label: 'attributed', name: 'Ana Ruiz', code: 'carried-forward' },
      // a place after "in" is no one "he" could be: the speaker stays unnamed
      { text: 'The senator spoke to reporters in Kastrin on Tuesday. He said:\n"The harbour wall will not hold."', label: 'vague', code: 'carried-forward' },
    ],
    negative: [
      { text: 'Senator Ana Ruiz spoke to reporters in Kastrin on Tuesday. She said:', label: 'not-claim', code: 'fragment' },
      // a colon after something that is not a reporting verb introduces no one
      { text: 'Senator Ana Ruiz listed three reasons:\n"The harbour wall will not hold."', label: 'unattributed' },
    ],
  },
  {
    lang: 'fr',
    positive: [
      { text: 'La sénatrice Claire Dubois a rencontré la presse à Rennes mardi. Elle a dit :\n« La digue ne tiendra pas. Nous demandons de l’argent depuis dix ans. »', at: 'dix ans', label: 'attributed', name: 'Claire Dubois', code: 'carried-forward' },
    ],
    negative: [
      { text: 'La sénatrice Claire Dubois a rencontré la presse à Rennes mardi. Elle a dit :', label: 'not-claim', code: 'fragment' },
    ],
  },
]);

rule('rule 11: a transcript\'s turns belong to the speaker its label names', [
  {
    lang: 'en',
    positive: [
      { text: 'HOST: Welcome back to the harbour hour.\nRUIZ: The wall will not hold another winter. We asked for money for ten years.', at: 'ten years', label: 'attributed', name: 'Ruiz', code: 'quotation-speaker' },
      { text: 'HOST: Welcome back to the harbour hour.\nMAYOR RUIZ: The wall will not hold another winter.', label: 'attributed', name: 'Mayor Ruiz', code: 'direct-quote' },
      // a quotation over several paragraphs opens each with a quote mark: the turn goes on
      { text: '"HOST: Welcome back to the harbour hour.\n"RUIZ: The wall will not hold another winter.\n"We asked for money for ten years.', label: 'attributed', name: 'Ruiz' },
    ],
    negative: [
      // one label is a dateline or a signpost, not a dialogue
      { text: 'KASTRIN: The harbour wall collapsed on Tuesday after a week of storms.', label: 'unattributed' },
      { text: 'UPDATE: The harbour wall collapsed on Tuesday.\nKASTRIN: The ferry will not sail this week.', label: 'unattributed' },
      // the questions are the interviewer's, not claims (rule 11)
      { text: 'HOST: Will the wall hold another winter?\nRUIZ: It will not hold.', at: 'another winter', label: 'not-claim', code: 'question' },
      // a paragraph of narration after the turn is the writer's again
      { text: 'HOST: Welcome back.\nRUIZ: The wall will not hold another winter.\nThe council meets on Monday to vote on the budget.', label: 'unattributed' },
    ],
  },
  {
    lang: 'fr',
    positive: [
      { text: 'ANIMATEUR : Bonsoir et bienvenue.\nMME DUBOIS : La digue ne tiendra pas un hiver de plus. Nous demandons de l’argent depuis dix ans.', at: 'dix ans', label: 'attributed', name: 'Mme Dubois' },
    ],
    negative: [
      { text: 'MISE À JOUR : La digue a cédé mardi.\nRENNES : Le ferry ne partira pas cette semaine.', label: 'unattributed' },
    ],
  },
]);

rule('rule 11: a quotation signed with a dash below it is its signer\'s', [
  {
    lang: 'en',
    positive: [
      { text: '“The tram changed my life. I sold my car the week it opened.” — Ana Ruiz', at: 'sold my car', label: 'attributed', name: 'Ana Ruiz', code: 'quotation-speaker' },
      { text: 'The council met on Monday.\n“The tram changed my life. I sold my car the week it opened.”\n— Ana Ruiz, harbour pilot', at: 'sold my car', label: 'attributed', name: 'Ana Ruiz', code: 'quotation-speaker' },
    ],
    negative: [
      // a dash and a sentence are no signature
      { text: '“The tram changed my life.” — and the council knew it would.', label: 'unattributed' },
      { text: '“The tram changed my life.”\n— The council voted against it in 2019.', label: 'unattributed' },
    ],
  },
  {
    lang: 'fr',
    positive: [
      { text: 'Le conseil s’est réuni lundi.\n« Le tramway a changé ma vie. J’ai vendu ma voiture. »\n— Jeanne Dupont, pilote du port', at: 'vendu ma voiture', label: 'attributed', name: 'Jeanne Dupont' },
    ],
    negative: [
      { text: '« Le tramway a changé ma vie. »\n— Le conseil a voté contre en 2019.', label: 'unattributed' },
    ],
  },
]);

rule('rule 12: a belief with its holder works like a reporting verb', [
  {
    lang: 'en',
    positive: [
      { text: 'Ana Ruiz spoke at the harbour. In her view, the dam will not hold another winter.', label: 'attributed', name: 'Ana Ruiz', code: 'pronoun' },
    ],
    negative: [
      { text: 'In my view, the dam will not hold another winter.', label: 'unattributed' },
    ],
  },
  {
    lang: 'fr',
    positive: [
      { text: 'Claire Dubois a visité la digue. À ses yeux, l’ouvrage ne tiendra pas un hiver de plus.', label: 'attributed', name: 'Claire Dubois', code: 'pronoun' },
    ],
    negative: [
      { text: 'À mes yeux, l’ouvrage ne tiendra pas un hiver de plus.', label: 'unattributed' },
    ],
  },
]);

rule('rule 13 and modal verbs: a hedge qualifies the claim; a hypothetical statement reports nothing', [
  {
    lang: 'en',
    positive: [
      { text: 'About 30 people were hurt, according to local news reports.', label: 'hedged', code: 'hedge' },
      { text: 'The harbour master is suspected of selling the permits.', label: 'hedged', code: 'hedge' },
    ],
    negative: [
      { text: 'Few would argue against rebuilding the dam before winter.', label: 'unattributed' },
      { text: 'On Friday, the council will announce a new harbour plan.', label: 'unattributed' },
      { text: 'That should ring warning bells for every town on the river.', label: 'unattributed' },
    ],
  },
  {
    lang: 'fr',
    positive: [
      { text: 'Le maire est soupçonné d’avoir falsifié les comptes du port.', label: 'hedged', code: 'hedge' },
    ],
    negative: [
      { text: 'Le maire a falsifié les comptes du port en 2019.', label: 'unattributed' },
    ],
  },
]);

rule('the subject of a verb of saying, read past what stands around it', [
  {
    lang: 'en',
    positive: [
      // a capitalised modal inside the sentence is a name, not a modal
      { text: 'Harbour minister Clara May said the dam would hold.', label: 'attributed', name: 'Clara May' },
      // adverbs between the subject and its verb
      { text: 'The ministry now says the dam will hold.', label: 'attributed', name: 'ministry' },
      { text: 'Varga has often said the dam would hold.', label: 'attributed', name: 'Varga' },
      { text: 'Varga this week said the dam would hold.', label: 'attributed', name: 'Varga' },
      // a name after a lead-in phrase
      { text: 'In a radio interview Varga said the dam would hold.', label: 'attributed', name: 'Varga' },
      // a counted share of a group is nobody in particular (rule 9)
      { text: 'Twelve percent said they were not sure.', label: 'vague' },
      { text: 'Nearly eight of 10 voters say they will watch.', label: 'vague' },
      // a coordinated group: its head is the first noun
      { text: 'Experts on dams and river engineering said the wall was sound.', label: 'vague' },
      // a long apposition, and "and" inside a body's name
      { text: 'Tomas Varga, senior engineer for flood defence planning at the Valley Institute for River Works, said the wall was sound.', label: 'attributed', name: 'Tomas Varga' },
      { text: 'Officials at the Office of Ports and Harbours said the wall was sound.', label: 'vague' },
      // someone the author describes is no first-person opinion (rule 7 is the author's own voice)
      { text: '"The wall will hold," my father often said.', label: 'vague' },
      { text: 'The harbour master is once again questioning the safety of the wall.', label: 'attributed', name: 'harbour master' },
    ],
    negative: [
      { text: 'In the wake of the flood, the wall was rebuilt.', label: 'unattributed' },
      { text: 'Varga may say the dam will hold.', label: 'unattributed' },
      { text: 'It is worth noting that the dam held.', label: 'unattributed' },
      { text: 'In our view, the wall will hold.', label: 'unattributed' },
    ],
  },
  {
    lang: 'fr',
    positive: [
      { text: 'Douze pour cent des électeurs disent ne pas savoir.', label: 'vague' },
    ],
    negative: [
      { text: 'Douze digues ont cédé en 2016.', label: 'unattributed' },
    ],
  },
]);

rule('passive verbs of saying: the agent is the source', [
  {
    lang: 'en',
    positive: [
      { text: 'The new dam has been described as “a disaster waiting to happen” by the river authority.', label: 'attributed', name: 'river authority' },
    ],
    negative: [
      { text: 'Witnesses to the crash were questioned by police for hours.', label: 'unattributed' },
      { text: 'The old ferryman is called on by villages up and down the coast.', label: 'unattributed' },
    ],
  },
  {
    lang: 'fr',
    positive: [
      { text: 'Le projet de digue a été qualifié d’inacceptable par la préfecture du Val.', label: 'attributed', name: 'préfecture' },
    ],
    negative: [
      { text: 'Le témoin a été interrogé par la police pendant trois heures.', label: 'unattributed' },
    ],
  },
]);

rule('French word order: the subject after the verb in « ce qu’a dit X »', [
  {
    lang: 'fr',
    positive: [
      { text: 'Le pont rouvrira en mai. C’est ce qu’a annoncé Claire Dubois, adjointe aux transports, lundi.', label: 'attributed', name: 'Claire Dubois' },
      { text: 'L’Office fédéral des routes (OFROU) avait révélé en août que le pont était fissuré.', label: 'attributed', name: 'Office fédéral des routes' },
    ],
    negative: [
      { text: 'Les mesures qu’a prises la commune sont nombreuses.', label: 'unattributed' },
    ],
  },
]);

describe('rule 10: furniture lines are not claims, in both languages', () => {
  const rows: { lang: Language; text: string; code: string }[] = [
    { lang: 'en', text: 'Jane Doe in Kastrin contributed to this report.', code: 'byline' },
    { lang: 'en', text: 'City Desk (Kastrin) First published May 4, 2026: 9:12 AM', code: 'dateline' },
    { lang: 'en', text: 'Clockwise from top: the old quay, the ferry and the harbour master at work.', code: 'caption' },
    { lang: 'en', text: 'Powered by Example Widgets', code: 'boilerplate' },
    { lang: 'en', text: 'Powered by widgets.example.com', code: 'boilerplate' },
    { lang: 'en', text: '[Read: How the dam was built in the 1950s]', code: 'related-link' },
    { lang: 'fr', text: '>> Le dossier complet sur la digue du Val', code: 'related-link' },
    { lang: 'fr', text: 'Article mis à jour le 7 janvier 2026.', code: 'dateline' },
    { lang: 'fr', text: 'Créé: 12.12.2025, 07h36', code: 'dateline' },
    { lang: 'fr', text: 'De gauche à droite : le maire, la préfète et le capitaine du port.', code: 'caption' },
    { lang: 'en', text: 'Follow Jane Doe on Twitter @janedoe.', code: 'call-to-action' },
    { lang: 'fr', text: 'Suivez Jeanne Dupont sur Twitter @jdupont.', code: 'call-to-action' },
    // the name under a quotation, a paragraph of its own (its quotation is tested under rule 11)
    { lang: 'en', text: '— Jane Doe, harbour pilot', code: 'byline' },
    { lang: 'fr', text: '— Jeanne Dupont, pilote du port', code: 'byline' },
  ];
  test.each(rows)('$lang: $code ← $text', ({ lang, text, code }) => {
    expectCase({ text: `The council met on Monday and voted on the harbour budget.\n${text}`, label: 'not-claim', code: code as Case['code'] }, lang);
  });
});

describe('rule 10: the block role the page gives', () => {
  const article = (role: Article['blocks'][number]['role'], text: string): Article => ({
    title: 'Harbour',
    blocks: [
      { kind: 'paragraph', text: 'The council voted on Monday to rebuild the harbour wall.' },
      { kind: 'paragraph', text, role },
    ],
  });
  test.each([
    ['caption', 'Rescuers at the quay in Kastrin, where the ferry sank in May.', 'caption'],
    ['byline', 'Jane Doe covers the harbour and the city council.', 'byline'],
    ['dateline', 'First published May 4, 2026', 'dateline'],
    ['related', 'Why the old harbour wall failed', 'related-link'],
    ['prompt', 'Get the morning briefing in your inbox.', 'call-to-action'],
    ['table', 'Ferries cancelled in May: 42', 'data-table'],
    ['link', 'How the dam was built in the 1950s', 'related-link'],
    ['emphasis', 'Ten charges, two trials', 'heading'],
  ] as const)('%s → not-claim (%s)', (role, text, code) => {
    expectSentence(analyze(article(role, text), { lang: 'en' }), { at: text.slice(0, 12), label: 'not-claim', code });
  });

  test.each([
    // A bare link that is a whole sentence, a bold sentence, a long sidebar: read as text.
    ['link', 'The council voted to rebuild the wall, and work will start in May.'],
    ['emphasis', 'The council voted to rebuild the wall before the winter storms.'],
  ] as const)('%s that reads as a sentence is a claim', (role, text) => {
    const s = analyze(article(role, text), { lang: 'en' }).sentences.at(-1)!;
    expect(s.label).toBe('unattributed');
  });

  test('a quotation after a caption continues the speaker before the caption (rule 1)', () => {
    const a = analyze({
      title: 'Harbour',
      blocks: [
        { kind: 'paragraph', text: '“The wall will not hold another winter,” said Ana Ruiz, the harbour master.' },
        { kind: 'paragraph', text: 'Ana Ruiz at the quay on Tuesday.', role: 'caption' },
        { kind: 'paragraph', text: '“We have asked for money for ten years. Nobody listened.”' },
      ],
    }, { lang: 'en' });
    expectSentence(a, { at: 'Nobody listened', label: 'attributed', name: 'Ana Ruiz' });
  });
});

describe('the source list: one entry per person, the fullest name', () => {
  test('a surname, a title and a full name are one source', () => {
    const a = analyze({
      title: 'Harbour',
      blocks: [
        { kind: 'paragraph', text: 'Mayor Ana Ruiz said the harbour wall would be rebuilt.' },
        { kind: 'paragraph', text: 'Ms Ruiz said work would start in May.' },
        { kind: 'paragraph', text: 'The mayor added that fares would not rise.' },
      ],
    }, { lang: 'en' });
    expect(a.sources.map((s) => [s.name, s.mentions])).toEqual([['Mayor Ana Ruiz', 3]]);
    expect(new Set(a.sentences.map((s) => s.source?.name))).toEqual(new Set(['Mayor Ana Ruiz']));
  });

  test('two people with one surname stay apart', () => {
    const a = analyze({
      title: 'Harbour',
      blocks: [
        { kind: 'paragraph', text: 'Ana Ruiz said the harbour wall would be rebuilt.' },
        { kind: 'paragraph', text: 'Tomas Ruiz, her brother, said the wall could wait.' },
        { kind: 'paragraph', text: 'Ruiz said work would start in May.' },
      ],
    }, { lang: 'en' });
    expect(a.sources.map((s) => s.name).sort()).toEqual(['Ana Ruiz', 'Ruiz', 'Tomas Ruiz']);
  });
});
