/**
 * Styles a shadow root with `css`, through a constructed style sheet: no page Content-Security-Policy
 * governs one (the E2E tests check a strict `style-src` in Chromium and Firefox). A `<style>` element
 * only where constructed sheets are missing (jsdom).
 */
export function adoptCss(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // no constructable style sheets here
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
