import { articleFromText } from '../analyzer/article';
import type { Article } from '../analyzer/types';

// Two short articles of our own, one per language with rules, that take the analyzer through its main
// paths (headline, dateline, quotations, named and anonymous sources, hedges, carried-forward and
// pronoun sources, a question, unattributed claims). Analysed once when the background is asked to get
// ready, so the first real page finds the analyzer's code compiled and its lexicons built.

export const WARM_UP_EN: Article = articleFromText(
  [
    'Ferry service resumes on the northern lakes after storm',
    'LORNE, Velmora, May 2 (Northwire) -',
    'Ferries returned to the northern lakes on Tuesday, the harbour authority said in a statement.',
    '"We checked every pier twice before we let a single boat out," said Anna Ferrow, the authority\'s director. She added that the night crossings would wait until Friday.',
    'According to the coast guard, two boats broke their moorings during the storm.',
    'Sources close to the operator say the company lost a week of fares.',
    'The storm reportedly damaged the old lighthouse on Kell island.',
    'Repairs will cost at least 3 million crowns.',
    'Will the winter timetable change?',
  ].join('\n'),
  { lang: 'en' },
);

export const WARM_UP_FR: Article = articleFromText(
  [
    'Les bacs reprennent la traversée des lacs du nord après la tempête',
    'LORNE (Velmora), 2 mai (Dépêche) -',
    'Les bacs ont repris mardi la traversée des lacs du nord, a annoncé l\'autorité portuaire dans un communiqué.',
    '« Nous avons vérifié chaque ponton deux fois », a déclaré Anna Ferrow, directrice de l\'autorité. Elle a ajouté que les traversées de nuit attendraient vendredi.',
    'Selon les garde-côtes, deux bateaux ont rompu leurs amarres pendant la tempête.',
    'Une source proche de l\'exploitant affirme que la compagnie a perdu une semaine de recettes.',
    'La tempête aurait endommagé le vieux phare de l\'île de Kell.',
    'Les réparations coûteront au moins 3 millions de couronnes.',
    'Les horaires d\'hiver vont-ils changer ?',
  ].join('\n'),
  { lang: 'fr' },
);
