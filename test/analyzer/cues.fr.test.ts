import { describe, expect, test } from 'vitest';
import { analyze } from '../../analyzer/index';
import type { Article, Label } from '../../analyzer/types';
import { expectCase, expectSentence, linkedArticle, type Case } from './expect-sentence';

// Every cue family of TAXONOMY.md's table, French column. Each row: an article (one paragraph a line),
// the label of its last sentence (or of the one containing `at`), and where it matters the source's
// name and the reason code. Positive rows carry the cue; negative rows look alike but must not fire it.

function family(title: string, positive: Case[], negative: Case[]): void {
  describe(title, () => {
    test.each(positive)('positif : $label ← $text', (row) => expectCase(row, 'fr'));
    test.each(negative)('négatif : $label ← $text', (row) => expectCase(row, 'fr'));
  });
}

family(
  'verbes de parole, sujet avant (« X a déclaré ») et inversé (« a déclaré X », « a-t-il ajouté »)',
  [
    { text: 'Claire Dubois a déclaré que le pont fermerait en mai.', label: 'attributed', name: 'Claire Dubois', code: 'reporting-verb' },
    { text: 'Le préfet Marc Roux a affirmé que la digue tiendrait.', label: 'attributed', name: 'Marc Roux', code: 'reporting-verb' },
    { text: 'La société Solvex a annoncé la fermeture de son usine de Lyon.', label: 'attributed', name: 'Solvex', code: 'reporting-verb' },
    { text: 'Claire Dubois a indiqué lundi que les travaux dureraient un an.', label: 'attributed', name: 'Claire Dubois', code: 'reporting-verb' },
    { text: 'Claire Dubois a précisé que le chantier reprendrait en juin.', label: 'attributed', name: 'Claire Dubois', code: 'reporting-verb' },
    { text: 'Claire Dubois a expliqué que la crue avait surpris les riverains.', label: 'attributed', name: 'Claire Dubois', code: 'reporting-verb' },
    { text: 'Claire Dubois a souligné que personne n’avait été blessé.', label: 'attributed', name: 'Claire Dubois', code: 'reporting-verb' },
    { text: 'Claire Dubois estime que le projet coûtera trop cher.', label: 'attributed', name: 'Claire Dubois', code: 'reporting-verb' },
    { text: 'Claire Dubois a confié à France Inter qu’elle quitterait la politique.', label: 'attributed', name: 'Claire Dubois', code: 'reporting-verb' },
    { text: 'Le pont fermera en mai, a déclaré Claire Dubois.', label: 'attributed', name: 'Claire Dubois', code: 'reporting-verb' },
    { text: 'La digue tiendra, a affirmé jeudi le préfet Marc Roux.', label: 'attributed', name: 'Marc Roux', code: 'reporting-verb' },
    { text: 'Le préfet Marc Roux a annoncé la fermeture du pont. Le chantier reprendra en juin, a-t-il ajouté.', label: 'attributed', name: 'Marc Roux' },
    { text: 'Claire Dubois dirige le chantier depuis mars. Les travaux dureront un an, estime-t-elle.', label: 'attributed', name: 'Claire Dubois' },
    // le sujet d'une relative de parole est ce que le pronom remplace (règle 4 : la source l'emporte)
    { text: 'Le conseil a ignoré l’Autorité portuaire, qui a averti que la digue se fissurait.', label: 'attributed', name: 'Autorité portuaire', code: 'reporting-verb' },
    { text: 'Claire Dubois, une ingénieure et pilote du port, a déclaré que la digue ne tiendrait pas.', label: 'attributed', name: 'Claire Dubois' },
    // l'auxiliaire avant une incise est au verbe ; une proposition avant un verbe inversé n'est pas une apposition
    { text: 'L’avocat de la maire a, quant à lui, annoncé une plainte pour diffamation.', label: 'attributed', name: 'avocat de la maire', code: 'reporting-verb' },
    { text: 'Ainsi, huit ferries sur dix étaient en retard, a constaté la Ville de Rennes.', label: 'attributed', name: 'Ville de Rennes', code: 'reporting-verb' },
    // un corps dont le nom coordonne deux compléments reste entier
    { text: 'La Société des amis du port et des quais (SAPQ) estime que la digue tiendra.', label: 'attributed', name: 'port et des quais' },
  ],
  [
    { text: 'Le pont fermera en mai pour des travaux.', label: 'unattributed', code: 'no-source' },
    // « note » et « juge » après un déterminant sont des noms.
    { text: 'La note de synthèse compte une vingtaine de pages.', label: 'unattributed' },
    { text: 'Le juge a rendu sa décision mardi soir.', label: 'unattributed' },
    // Écrire une lettre est un acte, pas une affirmation rapportée.
    { text: 'Les élèves ont écrit une lettre au maire la semaine dernière.', label: 'unattributed' },
    // une relative qui dit ce que quelqu'un fait, non ce qu'il a dit
    { text: 'Le vote maintient en place une maire qui a déclaré son intention de vendre le port.', label: 'unattributed' },
  ],
);

family(
  '« selon X », « d’après X »',
  [
    { text: 'Selon Claire Dubois, le pont fermera en mai.', label: 'attributed', name: 'Claire Dubois', code: 'according-to' },
    { text: 'D’après l’Insee, le chômage a reculé au premier trimestre.', label: 'attributed', name: 'Insee', code: 'according-to' },
    { text: "D'après le préfet Marc Roux, la digue tiendra.", label: 'attributed', name: 'Marc Roux', code: 'according-to' },
    { text: 'Le chômage a reculé au premier trimestre, selon les chiffres de l’Insee.', label: 'attributed', name: 'Insee', code: 'according-to' },
  ],
  [
    { text: 'Le tarif du billet varie selon les saisons.', label: 'unattributed' },
    { text: 'La reconstruction d’après-guerre a duré dix ans.', label: 'unattributed' },
    { text: 'Selon toute vraisemblance, la digue a cédé dans la nuit.', label: 'hedged' },
    { text: 'Selon des sources proches du dossier, l’accord est signé.', label: 'vague' },
  ],
);

family(
  'noms de parole (« dans un communiqué, X... »)',
  [
    { text: 'Dans un communiqué, Greenpeace appelle à suspendre le chantier.', label: 'attributed', name: 'Greenpeace', code: 'speech-noun' },
    { text: 'Dans un communiqué, la société Solvex a annoncé la fermeture de l’usine.', label: 'attributed', name: 'Solvex' },
    { text: 'Lors d’une conférence de presse, le préfet Marc Roux a détaillé le plan d’évacuation.', label: 'attributed', name: 'Marc Roux' },
    { text: 'Dans un entretien au Monde, Claire Dubois revient sur sa défaite.', label: 'attributed', name: 'Claire Dubois', code: 'speech-noun' },
  ],
  [
    { text: 'Le communiqué a été publié à 18 heures.', label: 'unattributed' },
    { text: 'Un communiqué est attendu dans la soirée.', label: 'unattributed' },
  ],
);

family(
  'documents et données (« un rapport de l’ONU révèle »)',
  [
    { text: 'Un rapport de l’ONU révèle que la famine progresse dans la région.', label: 'attributed', name: 'ONU', code: 'document' },
    { text: 'Les données de l’Insee montrent une nette hausse des loyers.', label: 'attributed', name: 'Insee', code: 'document' },
    { text: 'Une étude de l’Inserm montre que le traitement réduit les rechutes.', label: 'attributed', name: 'Inserm', code: 'document' },
    { text: 'Un sondage Ifop publié dimanche indique que 58 % des sondés soutiennent la réforme.', label: 'attributed', name: 'Ifop', code: 'document' },
  ],
  [
    // « des études montrent » sans étude nommée est vague ; un rapport mentionné n’est pas un rapport cité.
    { text: 'Des études montrent que la vitesse réduite sauve des vies.', label: 'vague' },
    { text: 'Le rapport compte plus de trois cents pages.', label: 'unattributed' },
  ],
);

family(
  'sources anonymes (« une source », « des témoins », « des experts »)',
  [
    { text: 'Une source militaire a indiqué que le convoi était reparti vers le sud.', label: 'vague', name: 'source', code: 'anonymous-source' },
    { text: 'Des témoins ont fait état de tirs nourris près de la gare.', label: 'vague', name: 'témoins' },
    { text: 'Selon une source proche de l’enquête, le suspect a été relâché.', label: 'vague', name: 'source' },
    { text: 'Des experts estiment que la digue ne résistera pas à une nouvelle crue.', label: 'vague', name: 'experts' },
    { text: 'De nombreux observateurs doutent de la solidité de la trêve.', label: 'vague' },
    { text: 'Un haut responsable du ministère a confirmé la nouvelle.', label: 'vague', name: 'responsable' },
    { text: 'Des habitants racontent que l’eau est montée en quelques minutes.', label: 'vague', name: 'habitants' },
  ],
  [
    { text: 'Le haut responsable Marc Roux a confirmé la nouvelle.', label: 'attributed', name: 'Marc Roux' },
    { text: 'Les témoins de la scène ont été entendus par la police.', label: 'unattributed' },
    // « source » au sens propre.
    { text: 'Une source d’eau potable a été contaminée.', label: 'unattributed' },
  ],
);

family(
  'formules vagues (« on dit », « certains affirment »)',
  [
    { text: 'On dit que la préfète songe à quitter son poste.', label: 'vague' },
    { text: 'Certains affirment que la digue avait été mal entretenue.', label: 'vague' },
    { text: 'Il se dit que la direction prépare un plan social.', label: 'vague', code: 'weasel' },
    { text: 'On raconte que le château est hanté depuis des siècles.', label: 'vague' },
  ],
  [
    { text: 'On a retrouvé le véhicule dans un fossé.', label: 'unattributed' },
    { text: 'Certains trains ont été supprimés lundi.', label: 'unattributed' },
  ],
);

family(
  'atténuations (« prétendument », « probablement », « il semblerait que »)',
  [
    { text: 'Le suspect a prétendument menti aux enquêteurs.', label: 'hedged', code: 'hedge' },
    { text: 'Il semblerait que l’usine ait cessé toute activité.', label: 'hedged', code: 'hedge' },
    { text: 'Le navire a probablement sombré au large.', label: 'hedged', code: 'hedge' },
    { text: 'Selon toute vraisemblance, le camion transportait des armes.', label: 'hedged', code: 'hedge' },
  ],
  [
    { text: 'Le suspect a menti aux enquêteurs.', label: 'unattributed' },
    { text: 'Le navire a sombré au large.', label: 'unattributed' },
  ],
);

family(
  'conditionnel de reprise sans source (« auraient fui », « aurait été tué »)',
  [
    { text: 'Les rebelles auraient fui vers la frontière.', label: 'hedged', code: 'reportive-conditional' },
    { text: 'Le chef du groupe aurait été tué lors d’une frappe.', label: 'hedged', code: 'reportive-conditional' },
    { text: 'Le convoi aurait quitté la ville dans la nuit.', label: 'hedged', code: 'reportive-conditional' },
    { text: 'Le bilan serait de douze morts.', label: 'hedged', code: 'reportive-conditional' },
  ],
  [
    // Le conditionnel d’une hypothèse ou d’un regret ne rapporte rien.
    { text: 'L’accident aurait pu être évité.', label: 'unattributed' },
    { text: 'Si la digue avait cédé, le village aurait été inondé.', label: 'unattributed' },
    { text: 'Le maire aurait dû démissionner depuis longtemps.', label: 'unattributed' },
    { text: 'Le convoi a quitté la ville dans la nuit.', label: 'unattributed' },
  ],
);

family(
  'citations directes et leur auteur',
  [
    { text: '« Nous reconstruirons le pont avant l’été », a déclaré Claire Dubois.', label: 'attributed', name: 'Claire Dubois', code: 'direct-quote' },
    { text: 'Claire Dubois : « Nous reconstruirons le pont avant l’été. »', label: 'attributed', name: 'Claire Dubois', code: 'direct-quote' },
    { text: 'Claire Dubois a déclaré : « Nous reconstruirons le pont avant l’été. »', label: 'attributed', name: 'Claire Dubois' },
    { text: '“Nous reconstruirons le pont avant l’été”, a assuré Claire Dubois.', label: 'attributed', name: 'Claire Dubois', code: 'direct-quote' },
    { text: 'Claire Dubois a visité le chantier lundi. « Nous reconstruirons le pont avant l’été », a-t-elle ajouté.', label: 'attributed', name: 'Claire Dubois' },
  ],
  [
    { text: '« Le pont n’est plus sûr du tout », a indiqué un ingénieur de la ville.', label: 'vague', name: 'ingénieur' },
    // Les indices à l’intérieur de la citation sont les mots de son auteur.
    { text: '« Selon des sources, rien n’est encore décidé », a déclaré Claire Dubois.', label: 'attributed', name: 'Claire Dubois' },
  ],
);

describe('liens dans la phrase', () => {
  const PAGE = 'https://www.journal.example.fr/societe/article/2024/05/01/la-crue_12345.html';
  const row = (text: string, anchor: string, href: string, label: Label, name?: string) => ({ article: linkedArticle(text, anchor, href, PAGE), text, label, name });
  const positive = [
    row('Le chômage a reculé de 0,3 point au premier trimestre.', 'a reculé', 'https://www.stats.test/publications/2024-t1', 'attributed', 'www.stats.test'),
  ];
  // Un article antérieur du même journal est une source (règle 5), listée à part sous son adresse.
  const outlet = [
    row('La digue avait déjà cédé en 2016.', 'déjà cédé', 'https://www.journal.example.fr/societe/article/2016/06/02/digue_6789.html', 'attributed', 'journal.example.fr'),
    row('La digue avait déjà cédé en 2016.', 'déjà cédé', '/societe/la-digue-de-la-vallee-avait-cede-en-2016', 'attributed', 'journal.example.fr'),
  ];
  const negative = [
    // Ses pages de rubrique, de mot-clé ou d'auteur ne sont pas une source.
    row('La digue avait déjà cédé en 2016.', 'déjà cédé', 'https://www.journal.example.fr/auteur/marie-dupont-et-jean-martin', 'unattributed'),
    row('Le chômage a reculé de 0,3 point au premier trimestre.', 'chômage', 'https://www.journal.example.fr/rubrique/economie', 'unattributed'),
    row('Le chômage a reculé de 0,3 point au premier trimestre.', 'chômage', '/tag/emploi', 'unattributed'),
  ];
  test.each(positive)('positif : $label ← $text', ({ article, label, name }) => expectSentence(analyze(article, { lang: 'fr' }), { label, name, code: 'link' }));
  test.each(negative)('négatif : $label ← $text', ({ article, label }) => expectSentence(analyze(article, { lang: 'fr' }), { label }));
  test.each(outlet)('article du journal : $label ← $text', ({ article, label, name }) => {
    const analysis = analyze(article, { lang: 'fr' });
    expectSentence(analysis, { label, name, code: 'link' });
    expect(analysis.sources).toEqual([{ name: 'journal.example.fr', kind: 'named', outlet: true, mentions: 1 }]);
  });
});

family(
  'non-affirmations (questions, signatures, crédits, appels à l’action, fragments)',
  [
    { text: 'Le pont rouvrira-t-il avant l’hiver ?', label: 'not-claim', code: 'question' },
    { text: 'Le conseil s’est réuni lundi.\nPourquoi a-t-il tant attendu ?', label: 'not-claim', code: 'question' },
    { text: 'Par Claire Dubois et Marc Roux', label: 'not-claim', code: 'byline' },
    { text: 'Le conseil s’est réuni lundi.\nPublié le 3 mai 2024 à 10h12', label: 'not-claim', code: 'dateline' },
    { text: 'Le conseil s’est réuni lundi.\nMis à jour le 3 mai 2024', label: 'not-claim', code: 'dateline' },
    { text: 'Photo : Marc Roux / Agence Exemple', label: 'not-claim', code: 'caption' },
    { text: 'Le conseil s’est réuni lundi.\nLire aussi : comment la digue a été construite', label: 'not-claim', code: 'call-to-action' },
    { text: 'Le conseil s’est réuni lundi.\nAbonnez-vous à notre lettre quotidienne.', label: 'not-claim', code: 'call-to-action' },
    { text: 'Le conseil s’est réuni lundi.\nLa suite est réservée aux abonnés.', label: 'not-claim', code: 'boilerplate' },
    { text: 'Le conseil s’est réuni lundi.\nPas encore.', label: 'not-claim', code: 'fragment' },
    { text: 'Le conseil s’est réuni lundi.\nTrois morts.', label: 'not-claim', code: 'fragment' },
  ],
  [
    { text: 'Le barrage a cédé.', label: 'unattributed' },
    { text: 'Pourquoi le conseil a attendu reste un mystère.', label: 'unattributed' },
    { text: 'Par ailleurs, la crue a emporté deux ponts.', label: 'unattributed' },
    { text: 'Les photos des dégâts ont circulé lundi.', label: 'unattributed' },
  ],
);

describe('titres par type de bloc', () => {
  const article = (kind: 'heading' | 'paragraph'): Article => ({
    title: null,
    blocks: [
      { kind: 'paragraph', text: 'Le conseil municipal s’est réuni lundi pour parler de la crue.' },
      { kind, text: 'La crue gagne toute la vallée sous une pluie continue.' },
    ],
  });
  test('positif : un bloc titre n’est pas une affirmation', () => expectSentence(analyze(article('heading'), { lang: 'fr' }), { label: 'not-claim', code: 'heading' }));
  test('négatif : les mêmes mots dans un paragraphe sont une affirmation', () => {
    expect(analyze(article('paragraph'), { lang: 'fr' }).sentences[1]?.label).toBe('unattributed');
  });
});

describe('le nom de la source, entier et sans rien de plus', () => {
  test.each([
    ['L’avocat de la maire a, quant à lui, annoncé une plainte pour diffamation.', 'L’avocat de la maire'],
    // (le sigle entre parenthèses est lu au passage, non gardé dans le nom)
    ['La Société des amis du port et des quais (SAPQ) estime que la digue tiendra.', 'La Société des amis du port et des quais'],
    ['Ainsi, huit ferries sur dix étaient en retard, a constaté la Ville de Rennes.', 'la Ville de Rennes'],
  ])('%s → %s', (text, name) => {
    expect(analyze({ title: null, blocks: [{ kind: 'paragraph', text }] }, { lang: 'fr' }).sentences[0]!.source?.name).toBe(name);
  });
});
