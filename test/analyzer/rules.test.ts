import { describe, test } from 'vitest';
import { analyze } from '../../analyzer/index';
import type { Label, Language } from '../../analyzer/types';
import { expectCase, expectSentence, linkedArticle, type Case } from './expect-sentence';

// TAXONOMY.md's numbered rules for hard cases, one describe each, English and French. Each row: an
// article (one paragraph a line) and the label of its last sentence, or of the sentence containing `at`.

type RuleCase = Case & { lang: Language };

function rule(title: string, positive: RuleCase[], negative: RuleCase[]): void {
  describe(title, () => {
    test.each(positive)('$lang positive: $label ← $text', (row) => expectCase(row, row.lang));
    test.each(negative)('$lang negative: $label ← $text', (row) => expectCase(row, row.lang));
  });
}

const FILLER_EN = 'Fuel prices rose again in March.\nThe harbour stayed closed all week.';
const FILLER_FR = 'Le prix du carburant a encore augmenté en mars.\nLe port est resté fermé toute la semaine.';

rule(
  'rule 1: a source carries forward to the same and the next paragraph, and a quotation takes its speaker',
  [
    { lang: 'en', text: 'Mayor Ana Ruiz said the bridge would close in May. She added that repairs would cost four million dollars.', label: 'attributed', name: 'Ana Ruiz' },
    { lang: 'en', text: 'A senior official said the talks had stalled. The official added that a deal was still possible.', label: 'vague', name: 'official', code: 'carried-forward' },
    { lang: 'en', text: 'Mayor Ana Ruiz said the bridge would close in May.\nThe mayor also noted that the ferry would run every hour.', label: 'attributed', name: 'Ana Ruiz', code: 'carried-forward' },
    { lang: 'en', text: 'Senior official Ana Ruiz said the talks had stalled.\nThe official added that a deal was still possible.', label: 'attributed', name: 'Ana Ruiz', code: 'carried-forward' },
    { lang: 'en', text: 'Ana Ruiz, a city official, said the talks had stalled.\nThe official added that a deal was still possible.', label: 'attributed', name: 'Ana Ruiz', code: 'carried-forward' },
    { lang: 'en', text: '“The bridge is unsafe. We have closed it to all traffic. Repairs will start in June,” said Ana Ruiz.', at: 'The bridge is unsafe', label: 'attributed', name: 'Ana Ruiz', code: 'quotation-speaker' },
    { lang: 'en', text: '“The bridge is unsafe. We have closed it to all traffic. Repairs will start in June,” said Ana Ruiz.', at: 'We have closed', label: 'attributed', name: 'Ana Ruiz', code: 'quotation-speaker' },
    { lang: 'en', text: 'Ana Ruiz said: “The bridge is unsafe. We have closed it to all traffic.”', at: 'We have closed', label: 'attributed', name: 'Ana Ruiz' },
    { lang: 'en', text: '“The bridge is unsafe,” said Ana Ruiz. “We have closed it to all traffic.\n“Repairs will start in June and will take a year.”', at: 'Repairs will start', label: 'attributed', name: 'Ana Ruiz' },
    { lang: 'en', text: '“The bridge is unsafe. We have closed it to all traffic,” a city engineer said.', at: 'The bridge is unsafe', label: 'vague', name: 'engineer' },
    { lang: 'fr', text: 'Une source militaire a indiqué que le convoi était reparti. Selon cette source, il transportait des blessés.', label: 'vague', name: 'source', code: 'carried-forward' },
    { lang: 'fr', text: 'Le ministre Paul Martin a annoncé un plan d’aide.\nLe ministre a précisé que les fonds seraient versés en juin.', label: 'attributed', name: 'Paul Martin', code: 'carried-forward' },
    { lang: 'fr', text: 'Le responsable syndical Marc Roux a dénoncé le plan.\nLe responsable a précisé que la grève continuerait.', label: 'attributed', name: 'Marc Roux', code: 'carried-forward' },
    { lang: 'fr', text: 'Le préfet Marc Roux a annoncé l’évacuation du quartier. La situation reste grave, a-t-il ajouté.', label: 'attributed', name: 'Marc Roux' },
    { lang: 'fr', text: '« Le pont est dangereux. Nous l’avons fermé à la circulation. Les travaux commenceront en juin », a déclaré Claire Dubois.', at: 'Nous l’avons fermé', label: 'attributed', name: 'Claire Dubois', code: 'quotation-speaker' },
    { lang: 'fr', text: '« Le pont est dangereux. Nous l’avons fermé à la circulation. Les travaux commenceront en juin », a déclaré Claire Dubois.', at: 'Le pont est dangereux', label: 'attributed', name: 'Claire Dubois', code: 'quotation-speaker' },
    { lang: 'fr', text: 'Claire Dubois a déclaré : « Le pont est dangereux. Nous l’avons fermé à la circulation. »', at: 'Nous l’avons fermé', label: 'attributed', name: 'Claire Dubois' },
  ],
  [
    // Only a back-reference carries a source: the next plain sentence is the writer's.
    { lang: 'en', text: 'Ana Ruiz said the bridge would close in May. Traffic on the ring road doubled last year.', label: 'unattributed' },
    { lang: 'en', text: 'Ana Ruiz said the bridge would close in May.\nTraffic on the ring road doubled last year.', label: 'unattributed' },
    { lang: 'en', text: '“The bridge is unsafe,” said Ana Ruiz. The council will vote on its repair on Friday.', at: 'The council will vote', label: 'unattributed' },
    // Not beyond the previous paragraph: "the official" then names no one.
    { lang: 'en', text: `Senior official Ana Ruiz said the talks had stalled.\n${FILLER_EN}\nThe official added that a deal was still possible.`, label: 'vague' },
    { lang: 'fr', text: 'Claire Dubois a déclaré que le pont fermerait en mai. La circulation a doublé l’an dernier sur la rocade.', label: 'unattributed' },
    { lang: 'fr', text: 'Claire Dubois a déclaré que le pont fermerait en mai.\nLa circulation a doublé l’an dernier sur la rocade.', label: 'unattributed' },
    { lang: 'fr', text: '« Le pont est dangereux », a déclaré Claire Dubois. Le conseil votera vendredi sur sa réparation.', at: 'Le conseil votera', label: 'unattributed' },
    { lang: 'fr', text: `Le responsable syndical Marc Roux a dénoncé le plan.\n${FILLER_FR}\nLe responsable a précisé que la grève continuerait.`, label: 'vague' },
  ],
);

rule(
  'rule 2: a named outlet relaying an anonymous person is vague',
  [
    { lang: 'en', text: 'The convoy left the city overnight, a military source told Reuters.', label: 'vague', name: 'source', code: 'outlet-relays-anonymous' },
    { lang: 'en', text: 'A military source told Reuters that the convoy had left the city.', label: 'vague', name: 'source', code: 'outlet-relays-anonymous' },
    { lang: 'fr', text: 'Le convoi a quitté la ville dans la nuit, a déclaré à l’AFP une source militaire.', label: 'vague', name: 'source', code: 'outlet-relays-anonymous' },
    { lang: 'fr', text: 'Le convoi a quitté la ville, a indiqué au Figaro un haut responsable.', label: 'vague', name: 'responsable', code: 'outlet-relays-anonymous' },
    { lang: 'fr', text: 'Une source militaire a déclaré à l’AFP que le convoi avait quitté la ville.', label: 'vague', name: 'source' },
  ],
  [
    { lang: 'en', text: 'The convoy left the city overnight, Ana Ruiz told Reuters.', label: 'attributed', name: 'Ana Ruiz' },
    { lang: 'en', text: 'According to Reuters, the convoy left the city overnight.', label: 'attributed', name: 'Reuters' },
    { lang: 'fr', text: 'Le convoi a quitté la ville dans la nuit, a déclaré à l’AFP le général Marc Roux.', label: 'attributed', name: 'Marc Roux' },
    { lang: 'fr', text: 'Selon l’AFP, le convoi a quitté la ville dans la nuit.', label: 'attributed', name: 'AFP' },
  ],
);

rule(
  'rule 3: a source beats a hedge',
  [
    { lang: 'en', text: 'Ana Ruiz said the rebels had reportedly fled.', label: 'attributed', name: 'Ana Ruiz', code: 'source-beats-hedge' },
    { lang: 'en', text: 'Officials said the rebels had allegedly fled across the border.', label: 'vague', code: 'source-beats-hedge' },
    { lang: 'en', text: 'The rebels are said to have fled, according to Ana Ruiz.', label: 'attributed', name: 'Ana Ruiz', code: 'source-beats-hedge' },
    { lang: 'fr', text: 'Les rebelles auraient fui vers la frontière, a déclaré une source militaire.', label: 'vague', name: 'source', code: 'source-beats-hedge' },
    { lang: 'fr', text: 'Selon le ministre Paul Martin, les rebelles auraient fui vers la frontière.', label: 'attributed', name: 'Paul Martin', code: 'source-beats-hedge' },
    { lang: 'fr', text: 'Claire Dubois a affirmé que les rebelles auraient fui.', label: 'attributed', name: 'Claire Dubois' },
  ],
  [
    { lang: 'en', text: 'The rebels had reportedly fled across the border.', label: 'hedged', code: 'hedge' },
    // A source in the sentence before does not reach a hedge of its own.
    { lang: 'en', text: 'Ana Ruiz said the bridge would close. The contractor has reportedly gone bankrupt.', label: 'hedged' },
    { lang: 'fr', text: 'Les rebelles auraient fui vers la frontière.', label: 'hedged', code: 'reportive-conditional' },
    { lang: 'fr', text: 'Claire Dubois a déclaré que le pont fermerait. L’entreprise aurait fait faillite.', label: 'hedged' },
  ],
);

rule(
  'rule 4: the strongest source in the sentence wins',
  [
    { lang: 'en', text: 'The bridge closed in May, and Ana Ruiz said repairs would take a year.', label: 'attributed', name: 'Ana Ruiz' },
    { lang: 'en', text: 'Officials said the bridge was unsafe, but Ana Ruiz said it would reopen in June.', label: 'attributed', name: 'Ana Ruiz' },
    { lang: 'en', text: 'The bridge reportedly closed, and witnesses said the river was still rising.', label: 'vague', name: 'witnesses' },
    { lang: 'en', text: 'The bridge closed in May, and witnesses said the river was still rising.', label: 'vague', name: 'witnesses' },
    { lang: 'fr', text: 'Le pont a fermé en mai et, selon Claire Dubois, les travaux dureront un an.', label: 'attributed', name: 'Claire Dubois' },
    { lang: 'fr', text: 'Des témoins ont signalé une fissure, mais le préfet Marc Roux a affirmé que la digue tiendrait.', label: 'attributed', name: 'Marc Roux' },
    { lang: 'fr', text: 'Le pont aurait cédé et des habitants ont raconté que l’eau montait encore.', label: 'vague', name: 'habitants' },
  ],
  [
    { lang: 'en', text: 'The bridge closed in May, and traffic doubled on the ring road.', label: 'unattributed' },
    { lang: 'fr', text: 'Le pont a fermé en mai et la circulation a doublé sur la rocade.', label: 'unattributed' },
  ],
);

describe('rule 5: a link to another site is a source; the outlet’s own pages (stories, tags, sections) are not', () => {
  const PAGE_EN = 'https://news.example.com/2024/05/01/floods-in-the-valley';
  const PAGE_FR = 'https://www.journal.example.fr/2024/05/01/la-crue_12345.html';
  const row = (lang: Language, page: string, text: string, anchor: string, href: string, label: Label, name?: string) =>
    ({ lang, article: linkedArticle(text, anchor, href, page), text, label, name });
  const positive = [
    row('en', PAGE_EN, 'The river crested at six metres on Friday.', 'crested', 'https://www.river-agency.test/gauges/valley', 'attributed', 'www.river-agency.test'),
    // A link beats a hedge (rule 3) and an unnamed source (rule 4).
    row('en', PAGE_EN, 'The minister has reportedly resigned.', 'reportedly resigned', 'https://www.gazette.test/politics/minister-resigns-1234', 'attributed', 'www.gazette.test'),
    row('en', PAGE_EN, 'Officials said the river would crest on Friday.', 'would crest', 'https://www.river-agency.test/forecast', 'attributed', 'www.river-agency.test'),
    row('fr', PAGE_FR, 'La rivière a atteint six mètres vendredi.', 'six mètres', 'https://www.vigicrues.test/station/1234', 'attributed', 'www.vigicrues.test'),
    row('fr', PAGE_FR, 'Les rebelles auraient fui vers la frontière.', 'auraient fui', 'https://www.gazette.test/monde/2024/04/30/rebelles', 'attributed', 'www.gazette.test'),
  ];
  const negative = [
    row('en', PAGE_EN, 'The river crested at six metres on Friday.', 'river', 'https://news.example.com/topics/floods', 'unattributed'),
    row('en', PAGE_EN, 'The river crested at six metres on Friday.', 'river', 'https://news.example.com/world', 'unattributed'),
    row('fr', PAGE_FR, 'La rivière a atteint six mètres vendredi.', 'rivière', 'https://www.journal.example.fr/rubrique/environnement', 'unattributed'),
    row('fr', PAGE_FR, 'La rivière a atteint six mètres vendredi.', 'rivière', '/tag/crues', 'unattributed'),
  ];
  test.each(positive)('$lang positive: $label ← $text', ({ lang, article, label, name }) => expectSentence(analyze(article, { lang }), { label, name, code: 'link' }));
  test.each(negative)('$lang negative: $label ← $text', ({ lang, article, label }) => expectSentence(analyze(article, { lang }), { label }));
});

rule(
  'rule 6: a pronoun subject is attributed when a named person or organisation stands before it, else vague',
  [
    { lang: 'en', text: 'Ana Ruiz visited the site on Monday. She said the bridge was unsafe.', label: 'attributed', name: 'Ana Ruiz', code: 'pronoun' },
    { lang: 'en', text: 'Acme Corp opened a plant near Lyon in March. It said the plant would hire 300 people.', label: 'attributed', name: 'Acme', code: 'pronoun' },
    { lang: 'en', text: `Ana Ruiz visited the site on Monday.\n${FILLER_EN}\nShe said the bridge was unsafe.`, label: 'attributed', name: 'Ana Ruiz', code: 'pronoun' },
    { lang: 'en', text: 'Tom Lee inspected the bridge on Monday. According to him, it is unsafe.', label: 'attributed', name: 'Tom Lee' },
    { lang: 'fr', text: 'Claire Dubois a visité le chantier lundi. Elle a affirmé que le pont était dangereux.', label: 'attributed', name: 'Claire Dubois', code: 'pronoun' },
    { lang: 'fr', text: `Claire Dubois a visité le chantier lundi.\n${FILLER_FR}\nElle a affirmé que le pont était dangereux.`, label: 'attributed', name: 'Claire Dubois', code: 'pronoun' },
    { lang: 'fr', text: 'Marc Roux a inspecté le pont lundi. Selon lui, l’ouvrage est dangereux.', label: 'attributed', name: 'Marc Roux' },
  ],
  [
    { lang: 'en', text: 'He said the bridge was unsafe.', label: 'vague' },
    { lang: 'en', text: 'A senior engineer inspected the bridge on Monday. He said it was unsafe.', label: 'vague' },
    { lang: 'en', text: 'According to him, the bridge is unsafe.', label: 'vague' },
    { lang: 'fr', text: 'Elle a affirmé que le pont était dangereux.', label: 'vague' },
    { lang: 'fr', text: 'Un ingénieur a inspecté le pont lundi. Il a affirmé que l’ouvrage était dangereux.', label: 'vague' },
    { lang: 'fr', text: 'Selon lui, le pont est dangereux.', label: 'vague' },
  ],
);

rule(
  'rule 7: the author in first person is unattributed opinion, not a source',
  [
    { lang: 'en', text: 'I think the plan is doomed.', label: 'unattributed', code: 'author-opinion' },
    { lang: 'en', text: 'We believe the council was wrong to close the bridge.', label: 'unattributed', code: 'author-opinion' },
    { lang: 'fr', text: 'Nous estimons que ce projet est une erreur.', label: 'unattributed', code: 'author-opinion' },
    { lang: 'fr', text: 'Je pense que le maire a tort.', label: 'unattributed', code: 'author-opinion' },
  ],
  [
    // The first person inside someone's quotation, or as the listener, is not the author's opinion.
    { lang: 'en', text: '“I think the plan is doomed,” said Ana Ruiz.', label: 'attributed', name: 'Ana Ruiz' },
    { lang: 'en', text: 'Ana Ruiz told me that the plan was doomed.', label: 'attributed', name: 'Ana Ruiz' },
    { lang: 'fr', text: '« Je pense que ce projet est une erreur », a déclaré Claire Dubois.', label: 'attributed', name: 'Claire Dubois' },
    { lang: 'fr', text: 'Claire Dubois m’a confié que le projet était une erreur.', label: 'attributed', name: 'Claire Dubois' },
  ],
);

rule(
  'rule 8: scare quotes are not a quotation with a speaker',
  [
    { lang: 'en', text: 'The so-called “reform” raised fares for everyone.', label: 'unattributed', code: 'no-source' },
    { lang: 'en', text: 'Dozens of “high-ranking” commanders escaped across the river.', label: 'unattributed', code: 'no-source' },
    { lang: 'en', text: '“We will rebuild the bridge,” said Ana Ruiz. The “temporary” closure has lasted three years.', at: 'temporary', label: 'unattributed' },
    { lang: 'en', text: 'The “temporary” closure has now lasted three years, Ana Ruiz said.', label: 'attributed', name: 'Ana Ruiz' },
    { lang: 'fr', text: 'Plusieurs cadres de « haut niveau » ont quitté le parti.', label: 'unattributed', code: 'no-source' },
    { lang: 'fr', text: 'La « grande réforme » a fait grimper les tarifs.', label: 'unattributed', code: 'no-source' },
    { lang: 'fr', text: 'Des cadres de "haut rang" ont quitté le parti en mars.', label: 'unattributed', code: 'no-source' },
    { lang: 'fr', text: '« Nous reconstruirons le pont », a déclaré Claire Dubois. La fermeture « provisoire » dure depuis trois ans.', at: 'provisoire', label: 'unattributed' },
  ],
  [
    // A quotation of four words or more is a quotation: it has a speaker.
    { lang: 'en', text: '“The reform has raised fares for everyone,” Ana Ruiz said.', label: 'attributed', name: 'Ana Ruiz', code: 'direct-quote' },
    { lang: 'fr', text: '« La réforme a fait grimper les tarifs », a déclaré Claire Dubois.', label: 'attributed', name: 'Claire Dubois', code: 'direct-quote' },
  ],
);
