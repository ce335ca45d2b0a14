import { parseArgs } from 'node:util';
import type { Stability } from './run-corpus';
import { BROWSERS, type BrowserName } from './types';

export interface CorpusArgs {
  folder: string;
  browser: BrowserName;
  limit: number | undefined;
  only: string[] | undefined;
  out: string;
  timeoutMs: number;
  settleMs: number;
  stability: Stability;
  build: boolean;
  compareWithCli: boolean;
}

export type ParsedCorpusArgs = { kind: 'run'; args: CorpusArgs } | { kind: 'help' } | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: npm run corpus -- [options] <folder>

Visits every saved page of <folder> (<slug>/source.html folders, as in ../shared/corpus/readability,
or *.html files) from 127.0.0.1, with every other host blocked, in a headless browser: once without the
extension, once with it, and once more without it to tell a page that changes by itself. Reports the
extension's errors, whether it changed the page's text, element count or height, what it found, its
timings (performance measures unsourced:check/extract/analyze/highlight), and compares its count with
the CLI's on each article.

Options:
  --browser <b>        chromium (default, /usr/bin/chromium, .output/chrome-mv3) or
                       firefox (/usr/bin/firefox-esr, .output/firefox-mv2)
  --limit <n>          only the first n pages, by name
  --only <slugs>       only these pages (comma-separated slugs, e.g. bbc-1,cnn)
  --out <file>         the JSON report (default corpus-output/corpus-<browser>.json)
  --timeout <s>        seconds one load may take before the page counts as timed out (default 30)
  --settle <ms>        how long after the load event a page is read (default 1000)
  --stability <s>      always (default): load every page twice without the extension;
                       on-difference: only when the extension's load differs (faster)
  --no-build           use the existing build; by default the extension is always built first
                       (npx wxt build, or npx wxt build -b firefox: about 10 s)
  --no-cli             do not compare with the CLI
  -h, --help           show this help

Exit status: 0 when no page had an extension error or was changed by the extension, 1 otherwise,
2 on a usage error or a folder with no pages.
`;

/** The command line, checked: a usage error names what is wrong and nothing runs. */
export function parseCorpusArgs(argv: string[]): ParsedCorpusArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        browser: { type: 'string' },
        limit: { type: 'string' },
        only: { type: 'string' },
        out: { type: 'string' },
        timeout: { type: 'string' },
        settle: { type: 'string' },
        stability: { type: 'string' },
        'no-build': { type: 'boolean' },
        'no-cli': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message.split('\n')[0]! };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0) return { kind: 'usage-error', message: 'no folder given' };
  if (positionals.length > 1) return { kind: 'usage-error', message: `one folder only, not ${positionals.length}` };

  const browser = values.browser ?? 'chromium';
  if (!(BROWSERS as readonly string[]).includes(browser)) {
    return { kind: 'usage-error', message: `unknown browser "${browser}" (choose ${BROWSERS.join(' or ')})` };
  }
  const stability = values.stability ?? 'always';
  if (stability !== 'always' && stability !== 'on-difference') {
    return { kind: 'usage-error', message: `--stability must be always or on-difference, not "${stability}"` };
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    return { kind: 'usage-error', message: `--limit must be a whole number of pages, 1 or more, not "${values.limit}"` };
  }
  const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) return { kind: 'usage-error', message: `--timeout must be a positive number of seconds, not "${values.timeout}"` };
  const settle = values.settle === undefined ? 1000 : Number(values.settle);
  if (!Number.isFinite(settle) || settle < 0) return { kind: 'usage-error', message: `--settle must be a number of milliseconds, not "${values.settle}"` };

  return {
    kind: 'run',
    args: {
      folder: positionals[0]!,
      browser: browser as BrowserName,
      limit,
      only: values.only?.split(',').map((slug) => slug.trim()).filter(Boolean),
      out: values.out ?? `corpus-output/corpus-${browser}.json`,
      timeoutMs: timeout * 1000,
      settleMs: settle,
      stability,
      build: !values['no-build'],
      compareWithCli: !values['no-cli'],
    },
  };
}
