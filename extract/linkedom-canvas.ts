/**
 * linkedom's `<canvas>` asks for the `canvas` package and falls back on a shim through a CommonJS
 * `try { require('canvas') }`, which the extension's bundler turns into a call of nothing: every page
 * with a `<canvas>` threw in the background ("… is not a function"). The extension's build points
 * that module here (wxt.config.ts): a canvas that draws nothing, which is all Readability needs. The
 * CLI runs in Node, where linkedom's own fallback works.
 */
class Canvas {
  constructor(
    public width: number,
    public height: number,
  ) {}

  getContext(): null {
    return null;
  }

  toDataURL(): string {
    return '';
  }
}

export default { createCanvas: (width: number, height: number) => new Canvas(width, height) };
