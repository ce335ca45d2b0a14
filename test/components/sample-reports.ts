import type { PageReport, ReportSentence } from '../../messages/page-report';
import type { ArticleReport } from '../../components/popup-status';

const sentence = (id: number, label: ReportSentence['label'], text: string, reasons: ReportSentence['reasons'], source: ReportSentence['source'] = null): ReportSentence => ({ id, label, text, reasons, source });

/** An English wire story: every claim label, named and anonymous sources. */
export const EN_ARTICLE: ArticleReport = {
  state: 'article',
  url: 'https://www.wire.example.com/world/2024/dam-floods',
  title: 'Velmora floods: dam gates opened as rivers rise',
  language: 'en',
  unsupportedLanguage: false,
  totals: { sentences: 8, claims: 6, attributed: 2, vague: 2, hedged: 1, unattributed: 1 },
  sources: [
    { name: 'Irena Malkovic', kind: 'named', mentions: 2 },
    { name: 'Officials', kind: 'anonymous', mentions: 1 },
    { name: 'People familiar with the matter', kind: 'anonymous', mentions: 1 },
  ],
  sentences: [
    sentence(2, 'attributed', '"We had no choice," said Irena Malkovic, the chief engineer.', [{ code: 'reporting-verb', cue: 'said' }, { code: 'direct-quote', cue: 'said' }], { name: 'Irena Malkovic', kind: 'named' }),
    sentence(3, 'attributed', '"Every hour we waited made the risk greater."', [{ code: 'carried-forward' }], { name: 'Irena Malkovic', kind: 'named' }),
    sentence(4, 'vague', 'Officials said two people were missing near Dorn.', [{ code: 'reporting-verb', cue: 'said' }, { code: 'anonymous-source', cue: 'said' }], { name: 'Officials', kind: 'anonymous' }),
    sentence(5, 'hedged', 'Looters reportedly broke into *several* shops in Belsk.', [{ code: 'hedge', cue: 'reportedly' }]),
    sentence(6, 'vague', 'People familiar with the matter said a 2021 inspection had found cracks.', [{ code: 'reporting-verb', cue: 'said' }, { code: 'anonymous-source', cue: 'said' }], { name: 'People familiar with the matter', kind: 'anonymous' }),
    sentence(7, 'unattributed', 'The Ostra dam was completed in 1971 and holds | 900 million cubic metres.', [{ code: 'no-source' }]),
  ],
  truncated: null,
  highlighted: ['unattributed', 'hedged', 'vague'],
};

/** A French dépêche. */
export const FR_ARTICLE: ArticleReport = {
  state: 'article',
  url: 'https://www.depeche.example.fr/monde/2024/04/14/inondations',
  title: 'Inondations au Velmora : les vannes du barrage ouvertes en urgence',
  language: 'fr',
  unsupportedLanguage: false,
  totals: { sentences: 5, claims: 4, attributed: 1, vague: 1, hedged: 1, unattributed: 1 },
  sources: [
    { name: 'Marek Dolan', kind: 'named', mentions: 1 },
    { name: 'une source militaire', kind: 'anonymous', mentions: 1 },
  ],
  sentences: [
    sentence(1, 'attributed', '« Nous n’avions pas le choix », a déclaré Marek Dolan.', [{ code: 'reporting-verb', cue: 'a déclaré' }], { name: 'Marek Dolan', kind: 'named' }),
    sentence(2, 'vague', 'Deux personnes sont portées disparues, a déclaré à Al-Masdar News une source militaire.', [{ code: 'outlet-relays-anonymous', cue: 'Al-Masdar News' }, { code: 'reporting-verb', cue: 'a déclaré' }], { name: 'une source militaire', kind: 'anonymous' }),
    sentence(3, 'hedged', 'Des centaines d’habitants auraient fui vers les collines.', [{ code: 'reportive-conditional', cue: 'auraient fui' }]),
    sentence(4, 'unattributed', 'Le barrage a été achevé en 1971.', [{ code: 'no-source' }]),
  ],
  truncated: null,
  highlighted: ['unattributed', 'hedged', 'vague'],
};

/** Every claim names its source. */
export const CLEAN_ARTICLE: ArticleReport = {
  ...EN_ARTICLE,
  totals: { sentences: 2, claims: 2, attributed: 2, vague: 0, hedged: 0, unattributed: 0 },
  sources: [{ name: 'Irena Malkovic', kind: 'named', mentions: 2 }],
  sentences: EN_ARTICLE.sentences.filter((s) => s.label === 'attributed'),
};

/** A page with nothing but headings and questions. */
export const NO_CLAIMS: ArticleReport = {
  ...EN_ARTICLE,
  title: null,
  totals: { sentences: 3, claims: 0, attributed: 0, vague: 0, hedged: 0, unattributed: 0 },
  sources: [],
  sentences: [],
};

export const NOT_ARTICLE: PageReport = { state: 'not-article', url: 'https://shop.example.com/', reason: 'not-readable' };
