import type { Locator, Page } from 'playwright-core';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A control a reader finds by the words it starts with: a tab, a switch, a checkbox or a button
 * (their accessible names may go on with a count or a detail line).
 */
export function controlNamed(page: Page, name: string): Locator {
  const named = { name: new RegExp(`^\\s*${escapeRegExp(name)}(?![\\p{L}])`, 'u') };
  return page
    .getByRole('tab', named)
    .or(page.getByRole('switch', named))
    .or(page.getByRole('checkbox', named))
    .or(page.getByRole('button', named))
    .or(page.getByRole('link', named))
    .first();
}
