import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../analyzer/article';
import { analyze, type AnalyzeOptions } from '../../analyzer/index';

// Which rules an article is analysed with: the `lang` option wins, then what the text says; a language
// with no rules of its own gets the English rules and says so.

const EN = [
  'The city council voted on Monday to close the old bridge for repairs.',
  'Mayor Ana Ruiz said the work would take at least a year and that a ferry would run in the meantime.',
  'Traffic on the ring road has doubled since the spring, and shop owners in the old town are worried.',
].join('\n');

const FR = [
  'Le conseil municipal a voté lundi la fermeture du vieux pont pour des travaux.',
  'Selon la maire Claire Dubois, le chantier durera au moins un an et un bac assurera la traversée.',
  'La circulation sur la rocade a doublé depuis le printemps et les commerçants du centre sont inquiets.',
].join('\n');

const DE = [
  'Der Stadtrat hat am Montag beschlossen, die alte Brücke für die Reparatur zu schließen.',
  'Die Bürgermeisterin sagte, die Arbeiten würden mindestens ein Jahr dauern und eine Fähre sei für die Zeit geplant.',
  'Der Verkehr auf der Ringstraße hat sich seit dem Frühjahr verdoppelt, und die Händler in der Altstadt sind besorgt.',
].join('\n');

const ES = [
  'El consejo de la ciudad votó el lunes para cerrar el puente viejo por las obras.',
  'La alcaldesa dijo que los trabajos durarán al menos un año y que un ferry funcionará mientras tanto.',
  'El tráfico en la circunvalación se ha duplicado desde la primavera, y los comerciantes del centro están preocupados por sus ventas.',
].join('\n');

const ZH = '市议会周一投票决定关闭旧桥进行维修。市长说，工程至少需要一年时间，在此期间将有渡轮运行。';

const RU = 'Городской совет в понедельник проголосовал за закрытие старого моста на ремонт. Мэр сказала, что работы займут не меньше года.';

const run = (text: string, options?: AnalyzeOptions) => {
  const a = analyze(articleFromText(text), options);
  return { language: a.language, languageDetected: a.languageDetected, unsupportedLanguage: a.unsupportedLanguage };
};

describe('detection', () => {
  test.each([
    { name: 'English', text: EN, want: { language: 'en', languageDetected: 'en', unsupportedLanguage: false } },
    { name: 'French', text: FR, want: { language: 'fr', languageDetected: 'fr', unsupportedLanguage: false } },
  ])('positive: $name is analysed with its own rules', ({ text, want }) => {
    expect(run(text)).toEqual(want);
    expect(run(text, { lang: 'auto' })).toEqual(want);
  });

  test.each([
    { name: 'German', text: DE, detected: 'de' },
    { name: 'Spanish', text: ES, detected: 'es' },
    { name: 'Chinese', text: ZH, detected: 'zh' },
    { name: 'Russian', text: RU, detected: 'ru' },
  ])('negative: $name has no rules of its own: English rules, unsupportedLanguage, languageDetected $detected', ({ text, detected }) => {
    expect(run(text)).toEqual({ language: 'en', languageDetected: detected, unsupportedLanguage: true });
  });

  test('French rules apply to a detected French article', () => {
    const a = analyze(articleFromText(FR));
    const s = a.sentences.find((x) => x.text.startsWith('Selon'));
    expect(s?.label).toBe('attributed');
    expect(s?.source?.name).toContain('Claire Dubois');
  });
});

describe('the lang option forces the rules', () => {
  test.each([
    { text: EN, lang: 'fr', want: { language: 'fr', languageDetected: 'fr', unsupportedLanguage: false } },
    { text: FR, lang: 'en', want: { language: 'en', languageDetected: 'en', unsupportedLanguage: false } },
    { text: DE, lang: 'fr', want: { language: 'fr', languageDetected: 'fr', unsupportedLanguage: false } },
    { text: EN, lang: 'de', want: { language: 'en', languageDetected: 'de', unsupportedLanguage: true } },
    { text: FR, lang: 'fr-CA', want: { language: 'fr', languageDetected: 'fr', unsupportedLanguage: false } },
  ])('lang $lang', ({ text, lang, want }) => {
    expect(run(text, { lang })).toEqual(want);
  });

  test('forcing French makes « selon » a source in a short, undetectable text', () => {
    const text = 'Selon Claire Dubois, le pont fermera.';
    const a = analyze(articleFromText(text), { lang: 'fr' });
    expect(a.sentences.map((s) => s.label)).toEqual(['attributed']);
  });
});

describe('the page’s hint', () => {
  test('a hint decides a text too short to tell', () => {
    expect(run('Ana Ruiz: OK.', {})).toMatchObject({ language: 'en' });
    const a = analyze(articleFromText('Ana Ruiz : d’accord.', { lang: 'fr-FR' }));
    expect(a.language).toBe('fr');
  });

  test('the lang option beats the hint', () => {
    const a = analyze(articleFromText(FR, { lang: 'fr' }), { lang: 'en' });
    expect(a.language).toBe('en');
  });
});
