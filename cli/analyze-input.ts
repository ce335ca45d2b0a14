import { analyze } from '../analyzer/index';
import type { Analysis } from '../analyzer/types';
import { InputError } from './input-error';
import { loadArticle, type LoadOptions } from './load-article';
import type { Lang } from './parse-cli-args';

export type Outcome = { input: string; analysis: Analysis } | { input: string; error: string };

/** Loads and analyses one input; a failure becomes an outcome too, so the other inputs still run. */
export async function analyzeInput(input: string, options: LoadOptions & { lang: Lang }): Promise<Outcome> {
  try {
    const article = await loadArticle(input, options);
    return { input, analysis: analyze(article, { lang: options.lang }) };
  } catch (error) {
    if (error instanceof InputError) return { input, error: error.message };
    // a bug, not a bad input: say so, with what little the user can report
    return { input, error: `unexpected error: ${(error as Error)?.message ?? String(error)}` };
  }
}
