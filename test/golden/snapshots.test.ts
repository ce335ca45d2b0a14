import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analysePage, available, expectedPath, GOLDEN_PAGES, snapshotOf } from './golden-pages';

// Golden snapshots (STYLE.md item 7): every sentence of real and demo pages with its label, reasons
// and source. A rule change shows here as a diff; `npm run golden:update [id]` accepts it.

describe('golden snapshots', () => {
  for (const page of GOLDEN_PAGES) {
    const name = page.shared && !available(page) ? `${page.id}: SKIPPED, ${page.path} is absent (../shared/corpus)` : page.id;
    test.skipIf(page.shared && !available(page))(name, async () => {
      const actual = snapshotOf(page, await analysePage(page));
      const expected = readFileSync(expectedPath(page), 'utf8');
      expect(actual, `run "npm run golden:update ${page.id}" if the change is intended`).toBe(expected);
    });
  }
});
