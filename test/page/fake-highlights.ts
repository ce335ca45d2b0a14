import type { HighlightHit } from '../../page/highlight-api';

/**
 * jsdom has no CSS Custom Highlight API. These stand-ins are installed as the globals `CSS.highlights`
 * and `Highlight`, so the page side runs the very path it runs in a browser; painting itself is
 * checked end to end in real browsers.
 */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

export class FakeRegistry extends Map<string, unknown> {}

/** A registry that also answers `highlightsFromPoint`, as Chromium and Firefox do. */
export class FakeRegistryWithHitTest extends FakeRegistry {
  constructor(readonly answer: (x: number, y: number) => (HighlightHit | unknown)[]) {
    super();
  }
  highlightsFromPoint(x: number, y: number): unknown[] {
    return this.answer(x, y);
  }
}

const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown };

export function installFakeHighlights<R extends FakeRegistry>(registry: R): R {
  g.CSS = { highlights: registry, escape: (s: string) => s };
  g.Highlight = FakeHighlight;
  return registry;
}

export function removeFakeHighlights(): void {
  delete g.CSS;
  delete g.Highlight;
}

/** A range over the whole text of a new paragraph of `document.body`. */
export function paragraphRange(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const r = document.createRange();
  r.selectNodeContents(p);
  return r;
}
