import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROME_BUILD, CHROMIUM, FIREFOX, FIREFOX_BUILD, ROOT } from '../../harness/paths';

const run = promisify(execFile);

/** Once per E2E run: the browsers are there, and the extension is built for Chrome and Firefox. */
export default async function globalSetup(): Promise<void> {
  for (const [name, path] of [['Chromium', CHROMIUM], ['Firefox ESR', FIREFOX]] as const) {
    if (!existsSync(path)) {
      throw new Error(`${name} not found at ${path}: install it with \`apt-get install -y chromium firefox-esr\` (see .ci/run)`);
    }
  }
  if (process.env.UNSOURCED_E2E_SKIP_BUILD === '1' && existsSync(CHROME_BUILD) && existsSync(FIREFOX_BUILD)) {
    console.log('[e2e] UNSOURCED_E2E_SKIP_BUILD=1: using the existing .output builds');
    return;
  }
  const wxt = join(ROOT, 'node_modules', '.bin', 'wxt');
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    const started = performance.now();
    try {
      // Vitest sets NODE_ENV=test, which Vite would build as not production (with dev-only code such as
      // the English message fallback): the tests must load what ships.
      await run(wxt, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`\`wxt ${args.join(' ')}\` failed:\n${stdout}\n${stderr}`);
    }
    console.log(`[e2e] wxt ${args.join(' ')}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
