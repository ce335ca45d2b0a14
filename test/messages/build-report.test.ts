import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../analyzer/article';
import { analyze } from '../../analyzer/index';
import { CLAIM_LABELS, type Analysis } from '../../analyzer/types';
import { buildReport } from '../../messages/build-report';
import { extractHtml } from '../../extract/extract-html';
import { isContentMessage } from '../../messages/content-to-background';
import { MAX_MESSAGE_BYTES } from '../../messages/limits';

// Neither the background (which builds the report from its answer) nor the content script (which builds
// it when the background no longer holds it) checks the report it makes: whatever the analysis, the
// report buildReport makes must be one the background's validator accepts, or the popup stays empty.

const URL_OF_PAGE = 'https://news.example.com/2026/05/bridge';
const CORPUS = new URL('../../../shared/corpus/readability/', import.meta.url);

function accepted(analysis: Analysis): boolean {
  const report = buildReport(URL_OF_PAGE, { analysis, truncated: null }, [...CLAIM_LABELS]);
  return isContentMessage({ type: 'report', report });
}

const NEWSY = ['“', '”', '«', '»', '"', ' ', '\n', '. ', ', ', 'said', 'according to', 'officials', 'a senior official', 'Mr.', 'selon', 'a déclaré', 'auraient fui', 'reportedly', 'Smith', 'Le ministre', '😀', '\u200b', 'x'.repeat(700)];

describe('buildReport always makes a report the background accepts', () => {
  test('on arbitrary news-like text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEWSY), { maxLength: 200 }).map((a) => a.join('')), (text) => accepted(analyze(articleFromText(text)))),
      { numRuns: 300 },
    );
  });

  test('on an article too long for one message: its sentences are cut shorter until it fits', () => {
    const long = Array.from({ length: 4000 }, (_, i) => `Claim number ${i} says the harbour wall ${'will not hold '.repeat(30)}this winter.`).join('\n');
    const analysis = analyze(articleFromText(long));
    const report = buildReport(URL_OF_PAGE, { analysis, truncated: null }, [...CLAIM_LABELS]);
    expect(new TextEncoder().encode(JSON.stringify({ type: 'report', report })).length).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expect(isContentMessage({ type: 'report', report })).toBe(true);
  });

  const pages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((slug) => existsSync(new URL(`${slug}/source.html`, CORPUS))) : [];
  test.skipIf(pages.length === 0)(`on every page of ../shared/corpus/readability${pages.length ? '' : ' (SKIPPED: absent)'}`, () => {
    const refused: string[] = [];
    for (const slug of pages) {
      const extracted = extractHtml(readFileSync(new URL(`${slug}/source.html`, CORPUS), 'utf8'), { url: `http://fakehost/${slug}/` });
      if (extracted.ok && !accepted(analyze(extracted.article))) refused.push(slug);
    }
    expect(refused).toEqual([]);
  }, 120_000);
});
