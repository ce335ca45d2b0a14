import type { Analysis } from '../analyzer/types';
import { languageName } from './language-name';

/** The warning a report gives when English rules stood in for a language without rules, else null. */
export function languageNote(analysis: Analysis): string | null {
  if (!analysis.unsupportedLanguage) return null;
  const detected = languageName(analysis.languageDetected);
  return `The text is in ${detected}, which Unsourced has no rules for: English rules were used, so the labels may be wrong.`;
}
