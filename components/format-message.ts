/** One entry of a `_locales/<lang>/messages.json` file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessageCatalog = Record<string, MessageEntry>;

const TOKEN = /\$([A-Za-z0-9_@]+)\$|\$([1-9])|\$\$/g;
const POSITIONAL = /\$([1-9])/g;

/**
 * A message from a catalog with its placeholders filled, as `browser.i18n.getMessage` does it:
 * `$NAME$` names a placeholder (case-insensitive) whose content says which substitution (`$1`..`$9`)
 * it takes, and `$$` is a dollar sign. An unknown key gives '' like the browser.
 */
export function formatMessage(catalog: MessageCatalog, key: string, substitutions: readonly string[] = []): string {
  const entry = catalog[key];
  if (!entry) return '';
  const positional = (text: string) => text.replace(POSITIONAL, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(TOKEN, (match, name: string | undefined, n: string | undefined) => {
    if (name) {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : match;
    }
    if (n) return substitutions[Number(n) - 1] ?? '';
    return '$';
  });
}
