import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../harness/paths';

const DEMO = join(ROOT, 'demo');

describe.each(['en-wire-report', 'fr-depeche'])('demo/%s.html (what npm start opens)', (name) => {
  const lines = readFileSync(join(DEMO, `${name}.txt`), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const { document } = new JSDOM(readFileSync(join(DEMO, `${name}.html`), 'utf8')).window;

  test('holds the .txt article: its first line as the headline, then one <p> per line', () => {
    const [headline, ...paragraphs] = lines;
    expect(document.querySelector('article h1')?.textContent).toBe(headline);
    expect([...document.querySelectorAll('article p')].map((p) => p.textContent)).toEqual(paragraphs);
  });

  test('loads nothing from another site', () => {
    const external = [...document.querySelectorAll('[src], link[href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href'));
    expect(external).toEqual([]);
  });
});
