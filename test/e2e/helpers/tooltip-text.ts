import type { Page } from 'playwright-core';

/** The shadow-root UI host of the hover card (WXT `createShadowRootUi` name). */
export const TOOLTIP_HOST = 'unsourced-tooltip';

/**
 * The text a reader sees in the hover card now: the rendered, visible text inside the host's shadow
 * root, or '' when there is no card or it is hidden.
 */
export async function tooltipText(page: Page): Promise<string> {
  return page.evaluate((host) => {
    const parts: string[] = [];
    for (const element of document.querySelectorAll(host)) {
      const root = element.shadowRoot;
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || parent.closest('style, script, template')) continue;
        const visible =
          parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
          parent.getClientRects().length > 0 &&
          [...parent.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0);
        if (visible) parts.push(node.textContent.trim());
      }
    }
    return parts.join(' ');
  }, TOOLTIP_HOST);
}
