import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../analyzer/article';
import { analyze } from '../../analyzer/index';
import type { Analysis, Article, Language } from '../../analyzer/types';

// Sentence segmentation: Intl.Segmenter repaired for news text. Each row is one paragraph and the
// sentences it must give, in order. Positive rows are the repairs; negative rows are real sentence ends
// the repairs must leave alone.

interface Row {
  lang: Language;
  text: string;
  sentences: string[];
}

const sentencesOf = (a: Analysis) => a.sentences.map((s) => s.text);

/** Every sentence's offsets index the article text, the text is trimmed, and sentences do not overlap. */
function expectValidOffsets(a: Analysis): void {
  let last = 0;
  for (const s of a.sentences) {
    expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.start).toBeGreaterThanOrEqual(last);
    last = s.end;
  }
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const positive: Row[] = [
  // Abbreviations of titles and places.
  { lang: 'en', text: 'Mr. Lee arrived on Monday. He left on Friday.', sentences: ['Mr. Lee arrived on Monday.', 'He left on Friday.'] },
  { lang: 'en', text: 'Gov. Ana Ruiz signed the bill. It takes effect in May.', sentences: ['Gov. Ana Ruiz signed the bill.', 'It takes effect in May.'] },
  { lang: 'en', text: 'Sen. Tom Lee voted against it. He gave no reason.', sentences: ['Sen. Tom Lee voted against it.', 'He gave no reason.'] },
  { lang: 'en', text: 'Dr. Ana Ruiz led the study. It ran for two years.', sentences: ['Dr. Ana Ruiz led the study.', 'It ran for two years.'] },
  { lang: 'en', text: 'The parade went down St. Mark Street on Sunday. Thousands watched.', sentences: ['The parade went down St. Mark Street on Sunday.', 'Thousands watched.'] },
  { lang: 'fr', text: 'M. Dupont est arrivé lundi. Il est reparti vendredi.', sentences: ['M. Dupont est arrivé lundi.', 'Il est reparti vendredi.'] },
  { lang: 'fr', text: 'Mme Roux a signé le texte. Il entre en vigueur en mai.', sentences: ['Mme Roux a signé le texte.', 'Il entre en vigueur en mai.'] },
  { lang: 'fr', text: 'Mme. Roux a signé le texte. Il entre en vigueur en mai.', sentences: ['Mme. Roux a signé le texte.', 'Il entre en vigueur en mai.'] },
  { lang: 'fr', text: 'La ville fut fondée vers 50 av. J.-C. par des marchands grecs. Elle prospéra ensuite.', sentences: ['La ville fut fondée vers 50 av. J.-C. par des marchands grecs.', 'Elle prospéra ensuite.'] },
  { lang: 'fr', text: 'Le port fut détruit en 49 av. J.-C. Il ne fut jamais reconstruit.', sentences: ['Le port fut détruit en 49 av. J.-C.', 'Il ne fut jamais reconstruit.'] },
  // Initials.
  { lang: 'en', text: 'John F. Kennedy visited the city in 1963. Crowds lined the streets.', sentences: ['John F. Kennedy visited the city in 1963.', 'Crowds lined the streets.'] },
  { lang: 'en', text: 'The bridge was designed by Ana M. Ruiz in 1980. It opened two years later.', sentences: ['The bridge was designed by Ana M. Ruiz in 1980.', 'It opened two years later.'] },
  // Decimals.
  { lang: 'en', text: 'Growth reached 3.5 percent last year. It slowed in May.', sentences: ['Growth reached 3.5 percent last year.', 'It slowed in May.'] },
  { lang: 'fr', text: 'La croissance a atteint 3,5 % l’an dernier. Elle a ralenti en mai.', sentences: ['La croissance a atteint 3,5 % l’an dernier.', 'Elle a ralenti en mai.'] },
  { lang: 'fr', text: `La croissance a atteint 3,5${NBSP}% l’an dernier. Elle a ralenti en mai.`, sentences: [`La croissance a atteint 3,5${NBSP}% l’an dernier.`, 'Elle a ralenti en mai.'] },
  // A closing quote belongs to the sentence it closes; a speech tag to the quotation before it.
  { lang: 'fr', text: '« Nous partons. » Puis il est sorti.', sentences: ['« Nous partons. »', 'Puis il est sorti.'] },
  { lang: 'fr', text: `«${NBSP}Nous partons.${NBSP}» Puis il est sorti.`, sentences: [`«${NBSP}Nous partons.${NBSP}»`, 'Puis il est sorti.'] },
  { lang: 'en', text: '“We are leaving.” Then he walked out.', sentences: ['“We are leaving.”', 'Then he walked out.'] },
  { lang: 'en', text: '“We are leaving. We will not come back,” she said.', sentences: ['“We are leaving.', 'We will not come back,” she said.'] },
  { lang: 'fr', text: '« Nous partons. Nous ne reviendrons pas », a-t-il dit.', sentences: ['« Nous partons.', 'Nous ne reviendrons pas », a-t-il dit.'] },
  { lang: 'fr', text: '« Partons ! » a-t-il lancé.', sentences: ['« Partons ! » a-t-il lancé.'] },
  { lang: 'en', text: '“Why now?” she asked.', sentences: ['“Why now?” she asked.'] },
  { lang: 'en', text: '“Why now?” Ana Ruiz asked.', sentences: ['“Why now?” Ana Ruiz asked.'] },
  { lang: 'en', text: '“Not again!” Tom Lee said. The crowd fell silent.', sentences: ['“Not again!” Tom Lee said.', 'The crowd fell silent.'] },
  // French spacing before « : ; ! ? »: a plain space, a no-break space, a narrow no-break space.
  { lang: 'fr', text: 'Le maire l’a dit : la route sera fermée. Elle rouvrira en juin.', sentences: ['Le maire l’a dit : la route sera fermée.', 'Elle rouvrira en juin.'] },
  { lang: 'fr', text: 'Le pont a tenu ; la digue aussi. Personne n’a été blessé.', sentences: ['Le pont a tenu ; la digue aussi.', 'Personne n’a été blessé.'] },
  { lang: 'fr', text: 'Est-ce la fin ? Non, le chantier reprendra.', sentences: ['Est-ce la fin ?', 'Non, le chantier reprendra.'] },
  { lang: 'fr', text: `Est-ce la fin${NBSP}? Non, le chantier reprendra.`, sentences: [`Est-ce la fin${NBSP}?`, 'Non, le chantier reprendra.'] },
  { lang: 'fr', text: `Est-ce la fin${NNBSP}? Non, le chantier reprendra.`, sentences: [`Est-ce la fin${NNBSP}?`, 'Non, le chantier reprendra.'] },
  { lang: 'fr', text: `Quelle surprise${NNBSP}! Le pont a tenu.`, sentences: [`Quelle surprise${NNBSP}!`, 'Le pont a tenu.'] },
  { lang: 'fr', text: `Le maire l’a dit${NNBSP}: la route sera fermée${NBSP}; la digue aussi.`, sentences: [`Le maire l’a dit${NNBSP}: la route sera fermée${NBSP}; la digue aussi.`] },
];

const negative: Row[] = [
  { lang: 'en', text: 'The vote was 52 to 48. Turnout was high.', sentences: ['The vote was 52 to 48.', 'Turnout was high.'] },
  { lang: 'en', text: 'The team scored 3. Then the rain came.', sentences: ['The team scored 3.', 'Then the rain came.'] },
  { lang: 'en', text: 'The bridge was closed. Ana Ruiz said so.', sentences: ['The bridge was closed.', 'Ana Ruiz said so.'] },
  { lang: 'en', text: '“Why now?” The question hung in the air.', sentences: ['“Why now?”', 'The question hung in the air.'] },
  // A lone capital after a lower-case word is not an initial.
  { lang: 'en', text: 'The council chose plan B. Nobody liked it.', sentences: ['The council chose plan B.', 'Nobody liked it.'] },
  { lang: 'fr', text: 'Le vote a été serré. Le maire a gagné.', sentences: ['Le vote a été serré.', 'Le maire a gagné.'] },
  { lang: 'fr', text: '« Pourquoi maintenant ? » La question est restée sans réponse.', sentences: ['« Pourquoi maintenant ? »', 'La question est restée sans réponse.'] },
  { lang: 'fr', text: 'Le chantier a coûté 3,5 millions. Il a duré deux ans.', sentences: ['Le chantier a coûté 3,5 millions.', 'Il a duré deux ans.'] },
];

describe('segmentation repairs', () => {
  test.each(positive)('$lang positive: $text', ({ lang, text, sentences }) => {
    const a = analyze(articleFromText(text), { lang });
    expect(sentencesOf(a)).toEqual(sentences);
    expectValidOffsets(a);
  });
  test.each(negative)('$lang negative: $text', ({ lang, text, sentences }) => {
    const a = analyze(articleFromText(text), { lang });
    expect(sentencesOf(a)).toEqual(sentences);
    expectValidOffsets(a);
  });
});

describe('offsets index the article text everywhere', () => {
  test('plain text with indented lines, blank lines and CRLF', () => {
    const text = '  Mr. Lee arrived on Monday.  He left on Friday.\r\n\r\n\tM. Dupont est arrivé lundi.\r\n   \r\n“Why now?” she asked.   \n';
    const a = analyze(articleFromText(text), { lang: 'en' });
    expect(sentencesOf(a)).toEqual(['Mr. Lee arrived on Monday.', 'He left on Friday.', 'M. Dupont est arrivé lundi.', '“Why now?” she asked.']);
    expect(a.text).toBe(text);
    expectValidOffsets(a);
    expect(a.sentences.map((s) => s.block)).toEqual([0, 0, 1, 2]);
  });

  test('blocks without a text of their own are joined, and offsets index the joined text', () => {
    const article: Article = {
      title: null,
      blocks: [
        { kind: 'heading', text: 'Floods in the valley' },
        { kind: 'paragraph', text: `Dr. Ruiz spoke at 9.30 on Monday. Est-ce la fin${NNBSP}? Non.` },
        { kind: 'paragraph', text: '“We are leaving. We will not come back,” she said.' },
      ],
    };
    const a = analyze(article, { lang: 'en' });
    expectValidOffsets(a);
    for (const s of a.sentences) expect(article.blocks[s.block]?.text).toContain(s.text);
  });

  test.each(positive.concat(negative))('$lang: every row keeps text.slice(start, end) === sentence.text', ({ lang, text }) => {
    const a = analyze(articleFromText(`Intro line here.\n${text}\n  ${text}  `), { lang });
    expectValidOffsets(a);
  });
});
