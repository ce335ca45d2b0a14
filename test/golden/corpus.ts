import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/corpus` beside the project checkout: real pages and hand labels, never copied here. */
export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

export const corpusPresent = existsSync(join(CORPUS, 'seed', 'labels.json'));

if (!corpusPresent) {
  console.warn(`\n[golden] ${CORPUS} is missing: the golden tests on the seed and Libération labels are SKIPPED.\n` +
    '         Put the shared folder beside the checkout to run them.\n');
}

export interface LabelledSentence {
  startsWith: string;
  offset?: number;
  label: string;
  alsoAccepted?: string[];
  source: { name: string; kind: 'named' | 'anonymous' } | null;
}

export interface Labels {
  file: string;
  url?: string;
  language: string;
  sentences: LabelledSentence[];
  totals: Record<string, number>;
}

export function readLabels(folder: string): Labels {
  return JSON.parse(readFileSync(join(CORPUS, folder, 'labels.json'), 'utf8')) as Labels;
}

export function readCorpusFile(folder: string, file: string): Buffer {
  return readFileSync(join(CORPUS, folder, file));
}

export const normWs = (s: string) => s.replace(/\s+/g, ' ').trim();
