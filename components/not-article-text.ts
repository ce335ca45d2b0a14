import { t } from './i18n';

/**
 * Why a page is not an article, in words: from the content script's reason code
 * (`page/extract-article.ts`, `page/page-shape.ts`, `content/run-analysis.ts`).
 */
export function notArticleText(reason: string): string {
  switch (reason) {
    case 'not-readable':
    case 'not-readerable':
      return t('popup_not_article_not_readable');
    case 'no-text':
      return t('popup_not_article_no_text');
    case 'too-short':
      return t('popup_not_article_too_short');
    case 'too-many-elements':
    case 'too-large':
      return t('popup_not_article_too_large');
    case 'too-deep':
      return t('popup_not_article_too_deep');
    case 'not-html':
      return t('popup_not_article_not_html');
    case 'frames':
      return t('popup_not_article_frames');
    case 'shadow-dom':
      return t('popup_not_article_shadow_dom');
    case 'extract-failed':
      return t('popup_not_article_failed');
    case 'analysis-failed':
      return t('popup_not_article_analysis_failed');
    default:
      return t('popup_not_article_other');
  }
}
