import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../harness/paths';
import { localeMessage } from './helpers/locale-message';

const run = promisify(execFile);
const OUTPUT = join(ROOT, 'demo-output');

describe('npm start with no display', () => {
  test('builds, opens both demo articles headless in Chromium (the French one in French), saves screenshots of a marked passage with its card open and of the popup, and lists them', async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    // as a reader runs it: its `wxt build` rewrites .output/chrome-mv3, which the later e2e files load and
    // extension-build.test.ts checks as what ships (Vitest's NODE_ENV=test would build dev-only code in)
    env.NODE_ENV = 'production';
    const { stdout } = await run('npm', ['start'], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024, timeout: 110_000 });
    expect(stdout).toContain('Dam operators open spillways as floods cut off towns in northern Velmora');
    expect(stdout).toContain("Inondations au Velmora : les vannes du barrage de l'Ostra ouvertes en urgence");
    expect(stdout.match(/badge: \d+/g)).toHaveLength(2);
    expect(stdout.match(/totals: \d+ sentences/g)).toHaveLength(2);
    // what the screenshots show, as measured on the page when they were taken
    const shown = [...stdout.matchAll(/in the screenshot: (\d+) marked claims, the card of one open \((.+)\)/g)];
    expect(shown).toHaveLength(2);
    for (const [, marked] of shown) expect(Number(marked)).toBeGreaterThan(0);
    // the cards in each page's interface language: English, then French
    expect(shown.map(([, , card]) => card)).toEqual([localeMessage('en', 'label_vague_name'), localeMessage('fr', 'label_vague_name')]);
    for (const name of ['en-wire-report', 'fr-depeche']) {
      expect(existsSync(join(OUTPUT, `${name}.png`)), `${name}.png`).toBe(true);
      expect(existsSync(join(OUTPUT, `${name}-popup.png`)), `${name}-popup.png`).toBe(true);
      expect(stdout).toContain(`screenshots: demo-output/${name}.png, demo-output/${name}-popup.png`);
    }
  });
});
