import { describe, expect, test } from 'vitest';
import { looksLikeHtml } from '../../cli/looks-like-html';

describe('looksLikeHtml', () => {
  test.each([
    ['a doctype', '<!DOCTYPE html>\n<html><body><p>x</p></body></html>'],
    ['<html> after white space and a BOM', '\ufeff\n  <html lang="fr">'],
    ['a leading comment', '<!-- saved from url=(0042) -->\n<html>'],
    ['a bare fragment of HTML', '<article>\n<p>The council met on Monday.</p>\n</article>'],
  ])('positive: %s', (_name, head) => {
    expect(looksLikeHtml(head)).toBe(true);
  });

  test.each([
    ['plain prose', 'The council met on Monday.\nIt approved the budget.'],
    ['prose that mentions a tag', 'Use the <p> tag for paragraphs, the trainer said.'],
    ['a comparison', '<5% of voters said they would switch.'],
    ['an XML feed', '<?xml version="1.0"?><rss><channel></channel></rss>'],
  ])('negative: %s', (_name, head) => {
    expect(looksLikeHtml(head)).toBe(false);
  });
});
