import { analyze } from '../analyzer/index';
import { articleFromText } from '../analyzer/article';
import type { Article } from '../analyzer/types';
import { analyzeInput, type Outcome } from './analyze-input';
import { InputError } from './input-error';
import type { Job } from './job';
import { MAX_INPUT_BYTES, MAX_INPUT_LABEL, MIN_ARTICLE_WORDS } from './limits';
import type { Lang } from './parse-cli-args';

export interface JobOptions {
  lang: Lang;
  timeoutSeconds: number;
  pageUrl: string | null;
}

const NO_STDIN: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: async function* () {} };

/** Does one job, in a worker thread or in the main one; a failure is an outcome too. */
export async function runJob(job: Job, options: JobOptions): Promise<Outcome> {
  switch (job.kind) {
    case 'error':
      return { input: job.input, error: job.error };
    case 'input':
      return analyzeInput(job.input, { ...options, stdin: NO_STDIN });
    case 'stdin':
      return analyzeInput('-', { ...options, stdin: oneChunk(job.bytes) });
    case 'record':
      try {
        return { input: job.input, analysis: analyze(await recordArticle(job), { lang: options.lang }) };
      } catch (error) {
        if (error instanceof InputError) return { input: job.input, error: error.message };
        return { input: job.input, error: `unexpected error: ${(error as Error)?.message ?? String(error)}` };
      }
  }
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** A record's page (through the same extraction as a file) or text (analysed as is). */
async function recordArticle(job: Extract<Job, { kind: 'record' }>): Promise<Article> {
  const content = job.html ?? job.text ?? '';
  const what = job.html !== null ? 'html' : 'text';
  // UTF-16 code units: at most 3 bytes each in UTF-8, a bound that needs no encoding
  if (content.length * 3 > MAX_INPUT_BYTES && new TextEncoder().encode(content).length > MAX_INPUT_BYTES) {
    throw new InputError(`too large: the record's ${what} is over the ${MAX_INPUT_LABEL} limit`);
  }
  if (!content) throw new InputError(`the record's ${what} is empty`);
  if (!content.trim()) throw new InputError(`the record's ${what} contains only white space`);
  if (job.text !== null) return articleFromText(job.text, { title: null, lang: null });
  // linkedom is loaded by the first page, never by a text-only run
  const { extractHtml } = await import('../extract/extract-html');
  const result = extractHtml(content, { url: job.url, minWords: MIN_ARTICLE_WORDS });
  if (!result.ok) throw new InputError(result.message);
  return result.article;
}
