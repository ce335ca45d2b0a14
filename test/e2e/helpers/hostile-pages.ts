/**
 * Big pages for the hostile-page tests, generated at test time (megabytes are never committed). Every
 * paragraph mixes the four kinds of claim, numbered so that no two paragraphs read the same.
 */

const SENTENCES: readonly ((n: number) => string)[] = [
  (n) => `Traffic on ring road ${n} has fallen by a third since March.`,
  (n) => `Officials said the works on section ${n} would take two more years.`,
  (n) => `The bridge at kilometre ${n} reportedly cost twice its estimate.`,
  (n) => `"We will keep line ${n} running all winter," said Ana Ruiz, the transport commissioner.`,
  (n) => `Residents of block ${n} are believed to oppose the new parking rules.`,
  (n) => `The council approved ${n} new bus shelters on Tuesday, the mayor's office said in a statement.`,
];

/** The text of paragraph `n`: `sentences` sentences from the pool, in turn. */
export function paragraphText(n: number, sentences = SENTENCES.length): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(SENTENCES[(n + i) % SENTENCES.length]!(n * 10 + i));
  return parts.join(' ');
}

function articlePage(title: string, paragraphs: Iterable<string>): string {
  const body: string[] = [];
  for (const text of paragraphs) body.push(`<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${title}</title></head>`,
    '<body><main><article>',
    `<h1>${title}</h1>`,
    ...body,
    '</article></main></body></html>',
    '',
  ].join('\n');
}

/** An article of at least `bytes` bytes of HTML, in paragraphs of six sentences (about 500 characters). */
export function largeArticleHtml(bytes: number): { html: string; paragraphs: number } {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const text = paragraphText(paragraphs.length);
    paragraphs.push(text);
    size += text.length + 8;
  }
  return { html: articlePage('A very long report on the city works', paragraphs), paragraphs: paragraphs.length };
}

/** An article of `count` short paragraphs (one sentence each). */
export function manyParagraphsHtml(count: number): string {
  return articlePage('Twenty thousand short paragraphs', Array.from({ length: count }, (_, n) => paragraphText(n, 1)));
}
