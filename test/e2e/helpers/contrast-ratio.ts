/** `rgb(r g b)`, `rgb(r, g, b)` or `rgba(r, g, b, a)` as numbers, alpha 1 when absent. */
export function parseRgb(css: string): [number, number, number, number] {
  const parts = css.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) throw new Error(`not an rgb() colour: ${css}`);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of an opaque colour. */
export function luminance([r, g, b]: readonly number[]): number {
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** WCAG contrast ratio of `fg` drawn over the opaque `bg` (a translucent `fg` blended first). */
export function contrastRatio(fg: string, bg: string): number {
  const [r, g, b, a] = parseRgb(fg);
  const back = parseRgb(bg);
  const blended = [r, g, b].map((c, i) => c * a + back[i]! * (1 - a));
  const [hi, lo] = [luminance(blended), luminance(back)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
