import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusPage } from './types';

/** A folder that cannot be run, with a message for the user. */
export class CorpusFolderError extends Error {}

/**
 * The pages of a corpus folder, sorted by slug: each `<slug>/source.html` (the layout of
 * `../shared/corpus/readability`) and each `*.html` file directly inside it.
 */
export function findPages(folder: string): CorpusPage[] {
  const root = resolve(folder);
  if (!existsSync(root)) throw new CorpusFolderError(`${folder}: no such folder`);
  if (!statSync(root).isDirectory()) throw new CorpusFolderError(`${folder}: not a folder`);
  const entries = readdirSync(root, { withFileTypes: true });
  if (entries.length === 0) throw new CorpusFolderError(`${folder}: the folder is empty`);
  const pages: CorpusPage[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() && existsSync(join(root, entry.name, 'source.html'))) {
      pages.push({ slug: entry.name, file: join(root, entry.name, 'source.html'), urlPath: `/${encodeURIComponent(entry.name)}/source.html` });
    } else if (entry.isFile() && /\.html?$/i.test(entry.name)) {
      pages.push({ slug: entry.name.replace(/\.html?$/i, ''), file: join(root, entry.name), urlPath: `/${encodeURIComponent(entry.name)}` });
    }
  }
  if (pages.length === 0) {
    throw new CorpusFolderError(`${folder}: no pages in it (expected <slug>/source.html folders or *.html files)`);
  }
  return pages.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
