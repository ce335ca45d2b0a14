import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { createFormatter } from './create-formatter';
import { formatSummary } from './format-summary';
import type { Job } from './job';
import { listJobs } from './list-jobs';
import { orderedOutcomes } from './ordered-outcomes';
import { MAX_JOBS } from './limits';
import { parseCliArgs } from './parse-cli-args';
import { ProgressBar } from './progress-bar';
import { runJob } from './run-job';
import { SiteSummary } from './site-summary';
import { USAGE } from './usage';
import { useColor } from './use-color';
import { WorkerPool } from './worker-pool';

/** Jobs started ahead of the one being written, per thread: enough to keep every thread busy. */
const READ_AHEAD_PER_THREAD = 4;

/** `unsourced [options] <input>...`: extract + analyze on files, folders, records, URLs and stdin. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    process.stderr.write(`unsourced: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { format, lang, timeoutSeconds, pageUrl, jobs, summary, records, inputs } = parsed.options;
  const progress = new ProgressBar(process.stderr.isTTY ? (text) => process.stderr.write(text) : null);
  // output to the terminal starts on a line of its own, not after the progress line
  const writeTo = (stream: NodeJS.WriteStream) => (text: string) => {
    if (stream.isTTY) progress.clear();
    stream.write(text);
  };
  const formatter = createFormatter(format, {
    stdout: writeTo(process.stdout),
    stderr: writeTo(process.stderr),
    color: useColor(process.stdout.isTTY, process.env),
  });
  const sites = summary ? new SiteSummary() : null;

  const options = { lang, timeoutSeconds, pageUrl };
  let threads = Math.min(jobs ?? availableParallelism(), MAX_JOBS);
  // a few files or URLs: no more threads than inputs, and none at all for one (a worker costs a start-up)
  const known = await countKnownInputs(inputs, records);
  if (known !== null) threads = Math.min(threads, known);
  // many inputs go to worker threads even with --jobs 1: a thread's heap is capped (POOL_HEAP_MB), the
  // main thread's would grow with the run
  const pool = threads > 1 || known === null ? new WorkerPool(new URL('./analyze-worker.mjs', import.meta.url), threads, options) : null;
  const run = pool ? (job: Job) => pool.run(job) : (job: Job) => runJob(job, options);

  let count = 0;
  let failures = 0;
  const listed = counted(listJobs(inputs, { stdin: process.stdin, records, pageUrl }), (total) => progress.update({ total }));
  try {
    for await (const { job, outcome } of orderedOutcomes(listed, run, threads * READ_AHEAD_PER_THREAD)) {
      count++;
      const failed = 'error' in outcome;
      if (failed) failures++;
      if (!sites) formatter.each(outcome);
      else {
        sites.add(job.site, failed ? null : outcome.analysis);
        if (failed) writeTo(process.stderr)(`unsourced: ${outcome.input}: ${outcome.error}\n`);
      }
      progress.update({ done: 1, errors: failed ? 1 : 0 });
    }
  } finally {
    progress.clear();
    await pool?.close();
  }
  if (sites) process.stdout.write(formatSummary(sites.result(), format));
  else formatter.end();
  return count > 0 && failures === count ? 1 : 0;
}

/** The number of jobs when every input is one job (files, URLs, `-` as text); null with folders or records. */
async function countKnownInputs(inputs: string[], records: boolean): Promise<number | null> {
  for (const input of inputs) {
    if (input === '-' ? records : ['.jsonl', '.ndjson'].includes(extname(input).toLowerCase())) return null;
    if (input !== '-' && (await stat(input).catch(() => null))?.isDirectory()) return null;
  }
  return inputs.length;
}

/** Passes jobs through, and tells how many there were once the last is listed (for the ETA). */
async function* counted(jobs: AsyncIterable<Job>, onTotal: (total: number) => void): AsyncGenerator<Job> {
  let total = 0;
  for await (const job of jobs) {
    total++;
    yield job;
  }
  onTotal(total);
}

// `… | head` closes the pipe early: that is the reader's choice, not an error
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`unsourced: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
