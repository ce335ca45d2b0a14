const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** `English (en)`, `German (de)`; the bare code when it is not a language tag. */
export function languageName(code: string): string {
  try {
    const name = names.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
