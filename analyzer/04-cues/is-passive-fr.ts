import type { Token } from '../tokens';

const FR_BE = new Set(['est', 'sont', 'était', 'étaient', 'fut', 'furent', 'sera', 'seront', 'soit', 'soient']);

/** « a été publié », « est accusé »: a French passive. */
export function isPassiveFr(tokens: Token[], v: number): boolean {
  const prev = tokens[v - 1]?.lower ?? '';
  return prev === 'été' || tokens[v - 2]?.lower === 'été' || FR_BE.has(prev);
}
