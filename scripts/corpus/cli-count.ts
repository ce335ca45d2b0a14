import { readFile } from 'node:fs/promises';
import { analyzeInput } from '../../cli/analyze-input';
import { DEFAULT_TIMEOUT_SECONDS } from '../../cli/limits';
import { sniffHtmlCharset } from '../../cli/sniff-html-charset';
import { analyze } from '../../analyzer/index';
import type { CliComparison } from './types';

const NO_STDIN: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: async function* () {} };

/** unattributed + hedged: the number the extension's badge shows. */
const unsourced = (totals: { unattributed: number; hedged: number }) => totals.unattributed + totals.hedged;

/**
 * What `npm run -s analyze -- --format jsonl <file>` counts on the saved file, computed in this process
 * with the CLI's own entry point (`analyzeInput`): the same code without a Node start-up per page.
 */
export async function cliCount(file: string): Promise<{ count: number | null; error: string | null }> {
  const outcome = await analyzeInput(file, { lang: 'auto', timeoutSeconds: DEFAULT_TIMEOUT_SECONDS, stdin: NO_STDIN });
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
 * The CLI's count on the file, and when it differs from the extension's, why: the same bytes read
 * with the page's served address (relative links then point at the page's own site, as in the
 * browser), then the live DOM the extension read (after the page's scripts ran, as the browser
 * parsed it) with that address. The first that agrees names the cause.
 */
export async function compareWithCli(
  page: { file: string; url: string; extensionCount: number; truncated: boolean },
  liveHtml: string | null,
): Promise<CliComparison> {
  const { count, error } = await cliCount(page.file);
  const result: CliComparison = { count, error, servedUrlCount: null, liveDomCount: null, cause: null };
  if (count === page.extensionCount) return result;
  const bytes = new Uint8Array(await readFile(page.file));
  // served with this charset (page-server.ts), so the browser decoded the same characters
  result.servedUrlCount = await countHtml(bytes, page.url, sniffHtmlCharset(bytes));
  if (result.servedUrlCount === page.extensionCount) return { ...result, cause: 'page-url' };
  if (liveHtml !== null) {
    result.liveDomCount = await countHtml(new TextEncoder().encode(liveHtml), page.url, 'utf-8');
    if (result.liveDomCount === page.extensionCount) return { ...result, cause: 'live-dom' };
  }
  return { ...result, cause: page.truncated ? 'truncated' : 'unexplained' };
}
