import { escapeMarkdown } from './escape-markdown';
import type { Format } from './parse-cli-args';
import type { SiteTotals, Summary } from './site-summary';

const COLUMNS = ['site', 'articles', 'errors', 'claims', 'unsourced', 'share', 'top sources'];

/**
 * `--summary`: the totals per site as a table (text, markdown) or as JSON (json pretty, jsonl on one
 * line), the whole run last.
 */
export function formatSummary(summary: Summary, format: Format): string {
  if (format === 'json') return JSON.stringify(summary, null, 2) + '\n';
  if (format === 'jsonl') return JSON.stringify(summary) + '\n';
  const rows = [...summary.sites, summary.total].map((s) => cells(s, format === 'markdown'));
  if (format === 'markdown') {
    const line = (row: string[]) => `| ${row.join(' | ')} |`;
    return [line(COLUMNS), `|:--|${'--:|'.repeat(5)}:--|`, ...rows.map(line)].join('\n') + '\n';
  }
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  // numbers right-aligned, names left; the last column is not padded
  const line = (row: string[]) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? COLUMNS[i]!.length : w)).join('  ');
  return [line(COLUMNS), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n') + '\n';
}

function cells(s: SiteTotals, markdown: boolean): string[] {
  const text = markdown ? escapeMarkdown : (t: string) => t;
  const share = s.shareUnsourced === null ? '–' : `${Math.round(100 * s.shareUnsourced)}%`;
  const sources = s.topSources.map((t) => `${text(t.name)} (${t.mentions})`).join(', ') || '–';
  return [text(s.site), String(s.articles), String(s.errors), String(s.claims), String(s.unsourced), share, sources];
}
