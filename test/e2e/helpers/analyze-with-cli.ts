import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT } from '../../../harness/paths';

const run = promisify(execFile);

export interface CliResult {
  input: string;
  language: string;
  title: string | null;
  totals: { sentences: number; claims: number; attributed: number; vague: number; hedged: number; unattributed: number };
  sources: { name: string; kind: string; count?: number }[];
  sentences: { start: number; end: number; text: string; label: string; reasons: string[]; source: { name: string } | null }[];
}

/** `npm run -s analyze -- --format jsonl <file>`: what the command-line tool says about the same page. */
export async function analyzeWithCli(file: string): Promise<CliResult> {
  const { stdout } = await run('npm', ['run', '-s', 'analyze', '--', '--format', 'jsonl', file], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(stdout.trim().split('\n')[0]!) as CliResult | { error: string };
  if ('error' in result) throw new Error(`the CLI failed on ${file}: ${result.error}`);
  return result;
}

/** The badge's number: claims with no source at all. */
export const unsourcedCount = (result: CliResult) => result.totals.unattributed + result.totals.hedged;
