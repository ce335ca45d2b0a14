import type { Spread, Summary } from './summarize';
import { SUMMED_STAGES, TARGETS } from './summarize';
import type { DifferenceCause, PageResult } from './types';

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const pct = (n: number) => `${(n * 100).toFixed(0)} %`;
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');
const list = (slugs: string[], max = 8) => (slugs.length ? `: ${slugs.slice(0, max).join(', ')}${slugs.length > max ? ', …' : ''}` : '');

const CAUSE_TEXT: Record<DifferenceCause, string> = {
  'live-dom': 'the live DOM differs from the saved HTML',
  truncated: 'the extension analysed only the start',
  unexplained: 'unexplained',
};

/**
 * The summary as a Markdown table, to paste as printed into docs/performance.md ("Real pages: the corpus
 * runner"; the tables under "Figures before issue 11" came from an earlier version of it).
 */
export function formatSummary(s: Summary): string {
  const rows: [string, string, string, string][] = [];
  const failures = [...s.timedOut.map((x) => `${x} (timeout)`), ...s.crashed.map((x) => `${x} (crashed)`), ...s.failed.map((x) => `${x} (failed)`)];
  rows.push(['pages', `${s.pages}, ${s.loaded} loaded${failures.length ? `; ${failures.join(', ')}` : ''}`, '', '']);
  rows.push(['articles / not articles', `${s.articles} / ${s.notArticles}${s.notRun.length ? `; extension did not run on ${s.notRun.join(', ')}` : ''}`, '', '']);
  rows.push(['pages with extension errors', `${s.pagesWithErrors.length}${list(s.pagesWithErrors)} (${s.errorCount} errors, ${s.warningCount} warnings)`, '0', yes(s.pagesWithErrors.length === 0)]);
  const m = s.mutated;
  rows.push([
    'pages the extension changed (text / elements / height)',
    `${m.any.length} (${m.text.length} / ${m.elements.length} / ${m.height.length})${list(m.any)}`,
    '0',
    yes(m.any.length === 0),
  ]);
  const u = s.unstable;
  rows.push(['pages unstable without the extension (not counted above)', `${u.any.length} (${u.text.length} / ${u.elements.length} / ${u.height.length})${list(u.any)}`, '', '']);
  rows.push(...longTaskRows(s.longTasks));
  const main = s.mainThreadMs;
  rows.push([
    `the extension's own main-thread time, article pages, p50 / p90 / max (${main?.n ?? 0} articles)`,
    spreadText(main),
    `≤ ${TARGETS.mainThreadP50Ms} / ≤ ${TARGETS.mainThreadP90Ms} ms`,
    main ? `${yes(main.p50 <= TARGETS.mainThreadP50Ms)} / ${yes(main.p90 <= TARGETS.mainThreadP90Ms)}` : 'n/a',
  ]);
  const notMain = s.notArticleMainThreadMs;
  rows.push([
    `… on pages that are not articles, p50 / p90 / max (${notMain?.n ?? 0} pages)`,
    spreadText(notMain),
    `≤ ${TARGETS.notArticleMainThreadMs} ms`,
    notMain ? `${yes(notMain.p50 <= TARGETS.notArticleMainThreadMs)} (p90: ${yes(notMain.p90 <= TARGETS.notArticleMainThreadMs)})` : 'n/a',
  ]);
  const painted = s.idleToPaintedMs;
  rows.push([
    'document idle → painted highlights, article pages, p50 / p90 / max',
    spreadText(painted),
    `p50 ≤ ${TARGETS.idleToPaintedP50Ms} ms`,
    painted ? yes(painted.p50 <= TARGETS.idleToPaintedP50Ms) : 'n/a',
  ]);
  for (const stage of SUMMED_STAGES) {
    const sp = s.stageMs[stage];
    if (!sp) continue;
    const label = stage === 'load' ? 'load (importing the analysis chunk)' : stage === 'analyze' ? 'analyze (the page waits for the background)' : stage;
    rows.push([`… ${label}, p50 / p90 / max (${sp.n} articles)`, spreadText(sp), '', '']);
    const bg = s.backgroundAnalyzeMs;
    if (stage === 'analyze' && bg) {
      rows.push([`… … of which the background's own work (parse, extract, analyse: its unsourced:read), p50 / p90 / max (${bg.n} articles)`, spreadText(bg), '', '']);
    }
  }
  const check = s.notArticleCheckMs;
  rows.push([
    `check on pages that are not articles, p50 / max (${check?.n ?? 0} pages)`,
    check ? `${ms(check.p50)} / ${ms(check.max)} ms` : 'n/a',
    `≤ ${TARGETS.notArticleCheckMs} ms`,
    check ? `${yes(check.p50 <= TARGETS.notArticleCheckMs)} (max: ${yes(check.max <= TARGETS.notArticleCheckMs)})` : 'n/a',
  ]);
  const run = s.notArticleRunMs;
  rows.push(['… the whole run on those pages (unsourced:run), p50 / max', run ? `${ms(run.p50)} / ${ms(run.max)} ms` : 'n/a', '', '']);
  const cli = s.cli;
  rows.push([
    'extension count = CLI count on the saved file (`--url`: read at the page\'s address), article pages',
    cli.rate === null ? 'n/a' : `${cli.agree} / ${cli.compared} (${pct(cli.rate)})${causesText(cli.causes)}`,
    `≥ ${pct(TARGETS.cliAgreement)}`,
    cli.rate === null ? 'n/a' : yes(cli.rate >= TARGETS.cliAgreement),
  ]);
  if (cli.compared) {
    const rate = cli.agreeAtFileUrl / cli.compared;
    rows.push(['… the CLI without `--url` (relative links lead into the file system)', `${cli.agreeAtFileUrl} / ${cli.compared} (${pct(rate)})`, '', '']);
  }
  const table = ['| what | measured | target | met |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)];
  return table.join('\n');
}

const spreadText = (sp: Spread | null) => (sp ? `${ms(sp.p50)} / ${ms(sp.p90)} / ${ms(sp.max)} ms` : 'n/a');

function longTaskRows(lt: Summary['longTasks']): [string, string, string, string][] {
  if (lt.watched === 0) return [['long tasks (over 50 ms) during the extension\'s run', 'not watched', '', '']];
  const clean = (lt.watched - lt.pagesWithAny.length) / lt.watched;
  const stages = Object.entries(lt.byStage)
    .sort((a, b) => b[1] - a[1])
    .map(([stage, n]) => `${stage} ${n}`)
    .join(', ');
  const longest = lt.longest ? `${ms(lt.longest.ms)} ms (${lt.longest.slug}, ${lt.longest.stage})` : 'none';
  return [
    [
      `pages with a long task (over 50 ms) during the extension's run (${lt.source})`,
      `${lt.pagesWithAny.length} of ${lt.watched}: ${pct(clean)} without${list(lt.pagesWithAny)}${stages ? `; tasks by stage: ${stages}` : ''}`,
      `≥ ${pct(TARGETS.pagesWithoutLongTask)} without`,
      yes(clean >= TARGETS.pagesWithoutLongTask),
    ],
    [
      'the longest task; pages with one over 100 ms',
      `${longest}; ${lt.pagesOver100.length}${list(lt.pagesOver100)}`,
      `none over ${TARGETS.longestTaskMs} ms`,
      yes(lt.pagesOver100.length === 0),
    ],
    ['… blocking time (over 50 ms, summed) on pages with any, p50 / p90 / max', spreadText(lt.blockingMs), '', ''],
  ];
}

function causesText(causes: Summary['cli']['causes']): string {
  const parts = Object.entries(causes).map(([cause, n]) => `${n} ${CAUSE_TEXT[cause as DifferenceCause]}`);
  return parts.length ? `; differences: ${parts.join(', ')}` : '';
}


/** What a person must look at: each page with an error, a change, a failed load or a CLI difference. */
export function formatProblems(pages: PageResult[], s: Summary): string {
  const lines: string[] = [];
  for (const p of pages) {
    for (const e of p.errors) {
      lines.push(`${e.kind === 'console-warning' ? 'warning' : 'ERROR'} ${p.slug} (${e.where}, ${e.kind}): ${e.text}${e.stack.length ? `\n    at ${e.stack.join('\n    at ')}` : ''}`);
    }
    for (const d of p.differences) lines.push(`${d.includes('unstable') ? 'unstable' : 'CHANGED'} ${p.slug}: ${d}`);
    if (p.status !== 'ok') lines.push(`${p.status} ${p.slug}: ${p.message ?? ''}`);
  }
  for (const d of s.cli.differ) {
    const steps = [`CLI with --url ${d.cli ?? '-'}${d.note ? ` (${d.note})` : ''}`, `without ${d.fileUrl ?? '-'}`];
    if (d.liveDom !== null) steps.push(`on the live DOM ${d.liveDom}`);
    lines.push(`differs ${d.slug}: extension ${d.extension}; ${steps.join(', ')} → ${CAUSE_TEXT[d.cause ?? 'unexplained']}`);
  }
  return lines.join('\n');
}
