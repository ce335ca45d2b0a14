import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UiLocale } from '../../../harness/launch-chromium';
import { ROOT } from '../../../harness/paths';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const catalogs = new Map<UiLocale, Catalog>();

/**
 * The extension's own UI string (`public/_locales/<locale>/messages.json`), named placeholders
 * filled in: the tests find what a reader sees by the words the extension shows, in each language.
 */
export function localeMessage(locale: UiLocale, key: string, values: Record<string, string | number> = {}): string {
  let catalog = catalogs.get(locale);
  if (!catalog) {
    catalog = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Catalog;
    catalogs.set(locale, catalog);
  }
  const entry = catalog[key];
  if (!entry) throw new Error(`no message "${key}" in the ${locale} locale`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => String(values[name.toLowerCase()] ?? `$${name}$`));
}

/** The text of a message before its first placeholder: what is certain to be on screen. */
export const messagePrefix = (message: string) => message.split(/\$[A-Za-z0-9_]+\$/)[0]!.trim();

/** Spaces folded (French typography uses no-break spaces), for comparing what a page shows. */
export const foldSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();
