import type { Page } from 'playwright-core';

/** The shadow-root UI host of the hover card (WXT `createShadowRootUi` name). */
export const TOOLTIP_HOST = 'unsourced-tooltip';

/**
 * The text a reader sees in the hover card now: the rendered text of the outermost visible boxes
 * inside the host's shadow root, or '' when there is no card or it is hidden.
 */
export async function tooltipText(page: Page): Promise<string> {
  return page.evaluate((host) => {
    // rendered, not transparent, with an area inside the viewport
    const isShown = (element: Element) =>
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      [...element.getClientRects()].some(
        (rect) =>
          rect.width > 0 && rect.height > 0 &&
          rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight,
      );
    const texts: string[] = [];
    for (const hostElement of document.querySelectorAll(host)) {
      const root = hostElement.shadowRoot;
      if (!root) continue;
      const shown = new Set(
        [...root.querySelectorAll('*')].filter(
          (element): element is HTMLElement => element instanceof HTMLElement && isShown(element) && element.innerText.trim() !== '',
        ),
      );
      for (const element of shown) {
        let outer = true;
        for (let up = element.parentElement; up; up = up.parentElement) if (shown.has(up)) outer = false;
        if (outer) texts.push(element.innerText.trim());
      }
    }
    return texts.join('\n');
  }, TOOLTIP_HOST);
}
