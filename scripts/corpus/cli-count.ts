import { analyzeInput } from '../../cli/analyze-input';
import { DEFAULT_TIMEOUT_SECONDS } from '../../cli/limits';
import { analyze } from '../../analyzer/index';
import type { CliComparison } from './types';

const NO_STDIN: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: async function* () {} };

/** unattributed + hedged: the number the extension's badge shows. */
const unsourced = (totals: { unattributed: number; hedged: number }) => totals.unattributed + totals.hedged;

/**
 * What `npm run -s analyze -- --format jsonl [--url <address>] <file>` counts on the saved file,
 * computed in this process with the CLI's own entry point (`analyzeInput`): the same code without a
 * Node start-up per page.
 */
export async function cliCount(file: string, pageUrl: string | null): Promise<{ count: number | null; error: string | null }> {
  const outcome = await analyzeInput(file, { lang: 'auto', timeoutSeconds: DEFAULT_TIMEOUT_SECONDS, stdin: NO_STDIN, pageUrl });
  if ('error' in outcome) return { count: null, error: outcome.error };
  return { count: unsourced(outcome.analysis.totals), error: null };
}

/** The CLI's HTML path (`htmlArticle`, as for a fetched URL) on some HTML given the address it came from. */
async function countHtml(html: Uint8Array, url: string, charset: string | null): Promise<number | null> {
  // jsdom is imported on first use, as the CLI does
  const { htmlArticle } = await import('../../cli/html-article');
  try {
    return unsourced(analyze(htmlArticle(html, url, charset), { lang: 'auto' }).totals);
  } catch {
    return null;
  }
}

/**
 * The CLI's count on the saved file read at the address the browser read it at (`--url`, so that
 * relative links point at the page's own site in both), and when it differs from the extension's,
 * why: the live DOM the extension read (after the page's scripts ran, as the browser parsed it) with
 * that address. Also the CLI's count at the file's own `file:` address, where relative links lead
 * nowhere, for the record.
 */
export async function compareWithCli(
  page: { file: string; url: string; extensionCount: number; truncated: boolean },
  liveHtml: string | null,
): Promise<CliComparison> {
  const { count, error } = await cliCount(page.file, page.url);
  const atFile = await cliCount(page.file, null);
  const result: CliComparison = { count, error, fileUrlCount: atFile.count, liveDomCount: null, cause: null };
  if (count === page.extensionCount) return result;
  if (liveHtml !== null) {
    result.liveDomCount = await countHtml(new TextEncoder().encode(liveHtml), page.url, 'utf-8');
    if (result.liveDomCount === page.extensionCount) return { ...result, cause: 'live-dom' };
  }
  return { ...result, cause: page.truncated ? 'truncated' : 'unexplained' };
}
