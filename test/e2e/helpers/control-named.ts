import type { Locator, Page } from 'playwright-core';

/** A control a reader finds by its visible name: a tab, a switch, a checkbox or a button. */
export function controlNamed(page: Page, name: string): Locator {
  const exact = { name, exact: true };
  return page
    .getByRole('tab', exact)
    .or(page.getByRole('switch', exact))
    .or(page.getByRole('checkbox', exact))
    .or(page.getByRole('button', exact))
    .or(page.getByRole('link', exact))
    .first();
}
