import { analyzeInput } from '../../cli/analyze-input';
import { DEFAULT_TIMEOUT_SECONDS } from '../../cli/limits';

export interface CliCount {
  /** unattributed + hedged: the number the extension's badge shows. */
  count: number | null;
  error: string | null;
}

const NO_STDIN: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: async function* () {} };

/**
 * What `npm run -s analyze -- --format jsonl <file>` counts on the saved file, computed in this process
 * with the CLI's own entry point (`analyzeInput`), which is the same code without a Node start-up per page.
 */
export async function cliCount(file: string): Promise<CliCount> {
  const outcome = await analyzeInput(file, { lang: 'auto', timeoutSeconds: DEFAULT_TIMEOUT_SECONDS, stdin: NO_STDIN });
  if ('error' in outcome) return { count: null, error: outcome.error };
  const { unattributed, hedged } = outcome.analysis.totals;
  return { count: unattributed + hedged, error: null };
}
