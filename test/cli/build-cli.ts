import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest's global setup for the unit tests: the CLI tests run the built CLI, as users do, so it is
 * built from the current sources first (esbuild, a fraction of a second).
 */
export default function buildCli(): void {
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: 'inherit' });
}
