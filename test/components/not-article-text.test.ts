import { afterEach, describe, expect, test, vi } from 'vitest';
import { notArticleText } from '../../components/not-article-text';
import { catalog, useLocale } from './use-locale';

afterEach(() => vi.restoreAllMocks());

// Every reason the content script can give (page/extract-article.ts, page/page-shape.ts, run-analysis.ts).
const REASONS: [reason: string, key: string][] = [
  ['not-readable', 'popup_not_article_not_readable'],
  ['no-text', 'popup_not_article_no_text'],
  ['too-short', 'popup_not_article_too_short'],
  ['too-many-elements', 'popup_not_article_too_large'],
  ['too-deep', 'popup_not_article_too_deep'],
  ['not-html', 'popup_not_article_not_html'],
  ['frames', 'popup_not_article_frames'],
  ['shadow-dom', 'popup_not_article_shadow_dom'],
  ['extract-failed', 'popup_not_article_failed'],
  ['analysis-failed', 'popup_not_article_analysis_failed'],
  ['something new', 'popup_not_article_other'],
];

describe.each(['en', 'fr'] as const)('notArticleText in %s', (lang) => {
  test.each(REASONS)('%s: its own sentence', (reason, key) => {
    useLocale(lang);
    expect(notArticleText(reason)).toBe(catalog(lang)[key]!.message);
  });

  test('no two reasons share a sentence', () => {
    useLocale(lang);
    const texts = REASONS.map(([reason]) => notArticleText(reason));
    expect(new Set(texts).size).toBe(texts.length);
  });
});
