import { CLAIM_LABELS, type Analysis } from '../analyzer/types';
import { escapeMarkdown } from './escape-markdown';
import { LABEL_STYLE } from './label-style';
import { languageName } from './language-name';
import { languageNote } from './language-note';
import { kindWord } from './kind-word';

/** The labels a fact-checker has to look into. */
const FLAGGED = new Set(['vague', 'hedged', 'unattributed']);

/**
 * A report to paste into a fact-check: title, totals table, sources, then the flagged claims in
 * reading order, each with the reasons it was flagged.
 */
export function formatMarkdown(input: string, analysis: Analysis): string {
  const t = analysis.totals;
  const share = (n: number) => (t.claims ? `${Math.round((100 * n) / t.claims)}%` : '–');
  const language = languageName(analysis.unsupportedLanguage ? analysis.languageDetected : analysis.language);
  const out: string[] = [];

  out.push(`# ${escapeMarkdown(analysis.title ?? input)}`, '');
  out.push(`**Input:** ${escapeMarkdown(input)} · **Language:** ${language}`, '');
  const note = languageNote(analysis);
  if (note) out.push(`> **Note:** ${note}`, '');

  out.push('## Totals', '', '| Label | Claims | Share |', '|:--|--:|--:|');
  for (const label of CLAIM_LABELS) out.push(`| ${LABEL_STYLE[label].title} | ${t[label]} | ${share(t[label])} |`);
  out.push(`| **All claims** | **${t.claims}** | ${t.claims ? '100%' : '–'} |`, '');
  const notClaims = t.sentences - t.claims;
  const rest = notClaims === 1 ? 'is not a claim' : 'are not claims';
  out.push(`${t.sentences} sentence${t.sentences === 1 ? '' : 's'}, of which ${notClaims} ${rest}.`, '');

  out.push('## Sources', '');
  if (analysis.sources.length === 0) {
    out.push('_No source found._', '');
  } else {
    out.push('| Source | Kind | Mentions |', '|:--|:--|--:|');
    for (const s of analysis.sources) out.push(`| ${escapeMarkdown(s.name)} | ${kindWord(s)} | ${s.mentions} |`);
    out.push('');
  }

  const flagged = analysis.sentences.filter((s) => FLAGGED.has(s.label));
  out.push(`## Flagged claims (${flagged.length})`, '');
  if (flagged.length === 0) out.push('_Every claim names its source._', '');
  flagged.forEach((s, i) => {
    out.push(`${i + 1}. **${LABEL_STYLE[s.label].title}:** ${escapeMarkdown(s.text)}`);
    for (const r of s.reasons) out.push(`   - ${escapeMarkdown(r.message)}`);
  });
  if (flagged.length) out.push('');
  return out.join('\n');
}
