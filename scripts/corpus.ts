// npm run corpus -- <folder>: the built extension on a folder of saved pages, in Chromium or Firefox;
// errors, page changes, findings and timings per page, a summary table, and a JSON report.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROME_BUILD, CHROMIUM, FIREFOX, FIREFOX_BUILD, ROOT } from '../harness/paths';
import { parseCorpusArgs, USAGE, type CorpusArgs } from './corpus/args';
import { CorpusFolderError, findPages } from './corpus/find-pages';
import { formatProblems, formatSummary } from './corpus/format-summary';

async function main(argv: string[]): Promise<number> {
  const parsed = parseCorpusArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    process.stderr.write(`corpus: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { args } = parsed;
  try {
    // checked before the build: a wrong folder is a usage error, said at once
    findPages(args.folder);
  } catch (error) {
    if (!(error instanceof CorpusFolderError)) throw error;
    process.stderr.write(`corpus: ${error.message}\n`);
    return 2;
  }
  const browserPath = args.browser === 'firefox' ? FIREFOX : CHROMIUM;
  if (!existsSync(browserPath)) {
    process.stderr.write(`corpus: ${browserPath} not found: apt-get install -y ${args.browser === 'firefox' ? 'firefox-esr' : 'chromium'}\n`);
    return 2;
  }
  await build(args);

  // loaded only now: the browsers' drivers and jsdom take seconds to import, a usage error does not wait
  const { runCorpus } = await import('./corpus/run-corpus');
  const run = await runCorpus({ ...args, log: (line) => console.log(line) });
  const out = resolve(args.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(run, null, 2)}\n`);

  const problems = formatProblems(run.pages, run.summary);
  if (problems) console.log(`\n${problems}`);
  console.log(`\n${args.browser}, ${run.pages.length} pages of ${args.folder}, commit ${run.commit}:\n`);
  console.log(formatSummary(run.summary));
  console.log(`\nJSON: ${out}`);
  return run.summary.pagesWithErrors.length > 0 || run.summary.mutated.any.length > 0 ? 1 : 0;
}

/** `wxt build` (or `-b firefox`) unless --no-build and the build is there. */
async function build(args: CorpusArgs): Promise<void> {
  const output = args.browser === 'firefox' ? FIREFOX_BUILD : CHROME_BUILD;
  if (!args.build && existsSync(join(output, 'manifest.json'))) {
    console.log(`Using the existing build in ${output} (--no-build).`);
    return;
  }
  const wxtArgs = args.browser === 'firefox' ? ['build', '-b', 'firefox'] : ['build'];
  console.log(`Building the extension (wxt ${wxtArgs.join(' ')})…`);
  await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'wxt'), wxtArgs, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`corpus: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
