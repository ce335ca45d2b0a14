import { CLAIM_LABELS } from '../analyzer/types';
import { flaggedSentences } from './flagged-sentences';
import { formatPercent } from './format-percent';
import { labelName, reasonText, sourceText, t, uiLocale } from './i18n';
import type { ArticleReport } from './popup-status';
import { sourceGroups } from './source-groups';
import { scoreTier, sourcingScore } from './sourcing-score';

/** Characters that would turn page text into Markdown markup (emphasis, links, HTML, table cells, headings). */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#~]/g;

/** Page text made safe for Markdown, on one line. */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MARKDOWN_SPECIAL, '\\$&');
}

/**
 * The article's sourcing as Markdown, in the reader's language, for "Copy report": title and address,
 * the sourcing score, a table of the labels, the sources by kind, then each claim to check with why.
 */
export function reportMarkdown(report: ArticleReport): string {
  const locale = uiLocale();
  const { totals } = report;
  const percent = (n: number) => (totals.claims ? formatPercent(n / totals.claims, locale) : '–');
  const score = sourcingScore(totals);
  const out: string[] = [];

  out.push(`# ${md(report.title ?? '') || t('popup_untitled')}`, '', `<${report.url.replace(/[\s<>]/g, encodeURIComponent)}>`, '');
  const tier = t(`popup_score_${scoreTier(score)}`);
  if (score === null) out.push(tier, '');
  else out.push(`**${t('report_score', [formatPercent(score, locale)])}** · ${t('popup_score_count', [totals.attributed, totals.claims])}`, '', tier, '');
  if (report.truncated) out.push(`> ${t('popup_truncated', [report.truncated.analysedBlocks, report.truncated.totalBlocks])}`, '');
  if (report.unsupportedLanguage) out.push(`> ${t('popup_unsupported_language')}`, '');

  out.push(`| ${t('report_col_label')} | ${t('report_col_claims')} | ${t('report_col_share')} |`, '|:--|--:|--:|');
  for (const label of CLAIM_LABELS) out.push(`| ${labelName(label)} | ${totals[label]} | ${percent(totals[label])} |`);
  out.push(`| **${t('report_all_claims')}** | **${totals.claims}** | ${totals.claims ? formatPercent(1, locale) : '–'} |`, '');

  out.push(`## ${t('report_sources')}`, '');
  if (report.sources.length === 0) out.push(`_${t('popup_sources_none')}_`, '');
  for (const { titleKey, sources } of sourceGroups(report.sources)) {
    out.push(`- ${t('report_field', [`**${t(titleKey)}**`, sources.map((s) => `${md(s.name)} (${s.mentions})`).join(', ')])}`);
  }
  if (report.sources.length) out.push('');

  const flagged = flaggedSentences(report.sentences);
  out.push(`## ${t('report_flagged', [flagged.length])}`, '');
  if (flagged.length === 0) out.push(`_${t('popup_flagged_empty')}_`, '');
  flagged.forEach((s, i) => {
    out.push(`${i + 1}. ${t('report_field', [`**${labelName(s.label)}**`, md(s.text)])}`);
    for (const text of new Set(s.reasons.map((r) => reasonText(r, s.source)))) out.push(`   - ${md(text)}`);
    if (s.source) out.push(`   - ${t('report_field', [t('card_source'), md(sourceText(s.source))])}`);
  });
  if (flagged.length) out.push('');

  out.push('---', '', `_${t('report_footer')}_`, '');
  return out.join('\n');
}
