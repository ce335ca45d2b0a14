/** What Unsourced needs of a `Highlight`: its priority, to paint a flash above the labels. */
export interface HighlightLike {
  priority: number;
}

/** One entry of `highlightsFromPoint`: the spec's `{ highlight, ranges }`, or a bare highlight in early builds. */
export interface HighlightHit {
  highlight: unknown;
  /** The ranges of `highlight` under the point, when the browser says which. */
  ranges?: readonly AbstractRange[];
}

/** The page's shared registry, as far as we use it. */
export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: unknown): unknown;
  has(name: string): boolean;
  delete(name: string): boolean;
}

export interface HighlightApi {
  registry: HighlightRegistryLike;
  create(ranges: readonly AbstractRange[]): HighlightLike;
  /** The highlights painted under a viewport point, or null when the browser cannot tell. */
  fromPoint(x: number, y: number): HighlightHit[] | null;
}

type HighlightsFromPoint = (x: number, y: number) => unknown[];

/**
 * The CSS Custom Highlight API of this window, or null where it is missing (jsdom, old browsers): every
 * caller then does nothing. Read afresh on each call, so a test's stand-in goes the browser's way.
 */
export function highlightApi(): HighlightApi | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') return null;
  const registry = CSS.highlights as unknown as HighlightRegistryLike & { highlightsFromPoint?: HighlightsFromPoint };
  const Ctor = Highlight as unknown as new (...ranges: AbstractRange[]) => HighlightLike;
  if (!registry) return null;
  return {
    registry,
    create: (ranges) => new Ctor(...ranges),
    fromPoint(x, y) {
      if (typeof registry.highlightsFromPoint !== 'function') return null;
      try {
        return registry.highlightsFromPoint(x, y).map(toHit);
      } catch {
        // A point outside the viewport, or an implementation that disagrees with the spec.
        return null;
      }
    },
  };
}

function toHit(entry: unknown): HighlightHit {
  if (typeof entry === 'object' && entry !== null && 'highlight' in entry) {
    const { highlight, ranges } = entry as { highlight: unknown; ranges?: unknown };
    return Array.isArray(ranges) ? { highlight, ranges } : { highlight };
  }
  return { highlight: entry };
}
