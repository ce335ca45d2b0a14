import { normalizeArticle, type NormalizedArticle } from '../analyzer/article';
import type { Analysis, Article, Sentence } from '../analyzer/types';

/**
 * An analysis as it travels back to the page: without the article's text, its blocks and each
 * sentence's text, which the page already has (it sent the article) and would otherwise receive three
 * times over. `expandAnalysis` puts them back, exactly as the analyzer gave them.
 */
export type CompactAnalysis = Omit<Analysis, 'text' | 'blocks' | 'sentences'> & { sentences: Omit<Sentence, 'text'>[] };

export function compactAnalysis(analysis: Analysis): CompactAnalysis {
  const { text: _text, blocks: _blocks, sentences, ...rest } = analysis;
  return { ...rest, sentences: sentences.map(({ text: _sentence, ...s }) => s) };
}

/**
 * The full analysis of `article` from its compact form, or null when the two do not belong together
 * (a sentence outside the article's text, or in a block it does not have).
 */
export function expandAnalysis(article: Article, compact: CompactAnalysis): Analysis | null {
  const { text, blocks } = normalizeArticle(article);
  const sentences: Sentence[] = [];
  for (const s of compact.sentences as unknown[]) {
    if (!fitsArticle(s, blocks)) return null;
    sentences.push({ ...s, text: text.slice(s.start, s.end) });
  }
  return { ...compact, text, blocks, sentences };
}

/** A sentence entry whose `[start, end)` lies inside the block it names (offsets are integers). */
function fitsArticle(s: unknown, blocks: NormalizedArticle['blocks']): s is Omit<Sentence, 'text'> {
  if (typeof s !== 'object' || s === null) return false;
  const { start, end, block } = s as Partial<Record<'start' | 'end' | 'block', unknown>>;
  if (!Number.isInteger(start) || !Number.isInteger(end) || !Number.isInteger(block)) return false;
  const b = blocks[block as number];
  if (b === undefined) return false;
  return b.start <= (start as number) && (start as number) <= (end as number) && (end as number) <= b.start + b.text.length;
}
