import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, type MessageCatalog } from '../../components/format-message';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

/** A locale file as the extension ships it. */
export function catalog(lang: 'en' | 'fr'): MessageCatalog {
  return (lang === 'en' ? en : fr) as MessageCatalog;
}

/** Makes the fake browser answer `i18n.getMessage` from one of the shipped locale files. */
export function useLocale(lang: 'en' | 'fr'): void {
  const messages = catalog(lang);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    formatMessage(messages, key, typeof subs === 'string' ? [subs] : (subs ?? []))) as typeof fakeBrowser.i18n.getMessage);
}
