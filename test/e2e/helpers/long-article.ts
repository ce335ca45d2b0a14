import type { UiLocale } from '../../../harness/launch-chromium';

/** Source names of 60 characters and more (as the analyzer names them, with their article), which a popup must show uncut. */
export const LONG_SOURCE = {
  en: 'Independent Commission for the Inspection of Regional Reservoirs',
  fr: 'Commission indépendante de contrôle des barrages du Velmora',
} as const;

/** How many claims of each label the long article has: 999 in all, three digits each. */
export const LONG_COUNTS = { attributed: 300, vague: 200, hedged: 150, unattributed: 349 } as const;

// One sentence a paragraph, in each label's plainest form (written for this test).
const SENTENCES: Record<UiLocale, Record<keyof typeof LONG_COUNTS, (i: number) => string>> = {
  en: {
    attributed: (i) => `According to the ${LONG_SOURCE.en}, the river at gauge ${i} rose by ${i} centimetres overnight.`,
    vague: (i) => `Officials said that bridge number ${i} was closed to traffic on Tuesday.`,
    hedged: (i) => `The reservoir reportedly lost ${i} tonnes of sediment during the storm.`,
    unattributed: (i) => `The village of Dorn has about ${i} houses along the eastern bank of the river.`,
  },
  fr: {
    attributed: (i) => `Selon la ${LONG_SOURCE.fr}, la rivière a monté de ${i} centimètres au point ${i}.`,
    vague: (i) => `Selon des sources locales, le pont numéro ${i} a été fermé mardi.`,
    hedged: (i) => `Le réservoir aurait perdu ${i} tonnes de sédiments pendant la tempête.`,
    unattributed: (i) => `Le village de Dorn compte environ ${i} maisons sur la rive est de la rivière.`,
  },
};

/**
 * An article with 999 claims and a 60-character source name, as HTML: the popup's counts run to three
 * digits and its longest source name must show whole, in English and in French.
 */
export function longArticleHtml(locale: UiLocale): string {
  const paragraphs: string[] = [];
  for (const [label, count] of Object.entries(LONG_COUNTS) as [keyof typeof LONG_COUNTS, number][]) {
    for (let i = 1; i <= count; i++) paragraphs.push(`<p>${SENTENCES[locale][label](i)}</p>`);
  }
  // interleaved, as an article mixes them
  const mixed = paragraphs.map((p, i) => [(i * 7919) % paragraphs.length, p] as const).sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  const title = locale === 'en' ? 'Velmora floods: the river rises at every gauge' : 'Crues au Velmora : la rivière monte partout';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>${mixed.join('\n')}</article></body></html>`;
}
