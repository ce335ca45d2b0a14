import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../analyzer/index';
import type { Analysis } from '../../analyzer/types';
import { loadArticle } from '../../cli/load-article';
import { CORPUS } from './corpus';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A page with an expected file in `test/golden/expected/<id>.golden`. */
export interface GoldenPage {
  id: string;
  path: string;
  /** A page of `../shared/corpus`: read from there, never copied into the project. */
  shared: boolean;
}

const readability = (slug: string): GoldenPage => ({ id: `readability-${slug}`, path: join(CORPUS, 'readability', slug, 'source.html'), shared: true });
const trafilatura = (slug: string): GoldenPage => ({ id: `trafilatura-${slug}`, path: join(CORPUS, 'trafilatura', slug, 'source.html'), shared: true });
const own = (path: string): GoldenPage => ({ id: path.replace(/[/\\]/g, '-').replace(/^test-fixtures-/, ''), path: join(ROOT, path), shared: false });

/**
 * The development pages (`../shared/corpus/labels/*-dev.json`), the demo pages and the project's own
 * fixtures: a rule change shows as a diff of their expected files (STYLE.md item 7).
 */
export const GOLDEN_PAGES: readonly GoldenPage[] = [
  ...['bbc-1', 'guardian-1', 'nytimes-1', 'cnn', 'wapo-1', 'wapo-2', 'herald-sun-1', 'buzzfeed-1', 'liberation-1'].map(readability),
  ...['regards.fr.enquetes', 'tdg.ch.chlorothalonil', 'ledevoir.com.trottinettes', 'lapresse.tn.parite'].map(trafilatura),
  ...['demo/en-wire-report.html', 'demo/en-wire-report.txt', 'demo/fr-depeche.html', 'demo/fr-depeche.txt'].map(own),
  ...['test/fixtures/cli/article.html', 'test/fixtures/cli/article.txt', 'test/fixtures/cli/depeche.txt', 'test/fixtures/cli/saved-page.html'].map(own),
];

export const expectedPath = (page: GoldenPage) => join(ROOT, 'test', 'golden', 'expected', `${page.id}.golden`);
export const available = (page: GoldenPage) => existsSync(page.path);

/** The page read as the CLI reads it, then analysed. */
export async function analysePage(page: GoldenPage): Promise<Analysis> {
  const article = await loadArticle(page.path, { timeoutSeconds: 15, stdin: (async function* () {})() });
  return analyze(article);
}

/**
 * One line per sentence: label, reason codes, source, the sentence's first words; after a header with
 * the totals and the source list. Made to be read in a diff.
 */
export function snapshotOf(page: GoldenPage, a: Analysis): string {
  const t = a.totals;
  const lines = [
    `# ${page.id} (${a.language})`,
    `# claims ${t.claims}: attributed ${t.attributed}, vague ${t.vague}, hedged ${t.hedged}, unattributed ${t.unattributed}; not-claim ${t.sentences - t.claims}`,
    `# sources: ${a.sources.map((s) => `${s.name} (${s.outlet ? 'own site' : s.kind}, ${s.mentions})`).join('; ') || 'none'}`,
  ];
  for (const s of a.sentences) {
    const source = s.source ? `${s.source.kind === 'named' ? '' : '~'}${s.source.name}` : '-';
    const words = s.text.replace(/\s+/g, ' ').slice(0, 60);
    lines.push([s.label.padEnd(12), s.reasons.map((r) => r.code).join(',').padEnd(28), source.slice(0, 40).padEnd(40), words].join(' | ').trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
