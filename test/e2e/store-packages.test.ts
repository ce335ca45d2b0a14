import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../harness/paths';

const run = promisify(execFile);
const OUTPUT = join(ROOT, '.output');

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string }[];
}

describe('store packages', () => {
  test('web-ext lint on the Firefox build (npm run lint:firefox) reports 0 errors', async () => {
    const { stdout } = await run('npm', ['run', '-s', 'lint:firefox', '--', '--output=json'], {
      cwd: ROOT,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })); // non-zero exit when there are errors
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
    if (report.summary.warnings > 0) {
      console.log(`[e2e] web-ext lint warnings: ${report.warnings.map((w) => w.code).join(', ')}`);
    }
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  test('npm run zip makes the Chrome and the Firefox zips', async () => {
    for (const file of readdirSync(OUTPUT).filter((name) => name.endsWith('.zip'))) rmSync(join(OUTPUT, file));
    // rebuilds .output: as what ships, not as Vitest's NODE_ENV=test (see global-setup.ts)
    await run('npm', ['run', '-s', 'zip'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } });
    const zips = readdirSync(OUTPUT).filter((name) => name.endsWith('.zip'));
    const chrome = zips.find((name) => name.endsWith('-chrome.zip'));
    const firefox = zips.find((name) => name.endsWith('-firefox.zip'));
    expect(zips).toContain(chrome);
    expect(zips).toContain(firefox);
    for (const zip of [chrome!, firefox!]) {
      const bytes = readFileSync(join(OUTPUT, zip));
      expect(bytes.subarray(0, 2).toString('latin1'), zip).toBe('PK');
      // entry names are stored in clear in a zip's directory
      expect(bytes.includes('manifest.json'), `${zip} holds manifest.json`).toBe(true);
    }
  });
});
