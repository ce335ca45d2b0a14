import { opendir } from 'node:fs/promises';
import { join } from 'node:path';

/** The files a folder holds for the CLI: pages and texts. */
const PAGE_EXTENSIONS = /\.(?:html?|txt)$/i;

/**
 * The `.html`, `.htm` and `.txt` files under a folder, at any depth, in a stable order (names sorted
 * within each folder, a folder's files before its subfolders). One folder listed at a time: an archive
 * of millions of pages is never held in memory. Hidden entries and symbolic links are skipped (a link
 * may loop).
 */
export async function* walkFolder(folder: string): AsyncGenerator<string> {
  const files: string[] = [];
  const folders: string[] = [];
  for await (const entry of await opendir(folder)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) folders.push(entry.name);
    else if (entry.isFile() && PAGE_EXTENSIONS.test(entry.name)) files.push(entry.name);
  }
  for (const name of files.sort()) yield join(folder, name);
  for (const name of folders.sort()) yield* walkFolder(join(folder, name));
}
