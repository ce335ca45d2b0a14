import type { Token } from '../tokens';
import type { CompiledLexicon } from './compiled-lexicon';
import type { Hedge } from './hedge';

/**
 * The hedge phrases of the text outside quotations ("reportedly", « selon toute vraisemblance »), and
 * a test for the tokens they cover: a word inside a hedge is no source ("according to reports").
 */
export function findHedges(c: CompiledLexicon, outside: string, latin: boolean, offset: number): { hedges: Hedge[]; inHedge: (t: Token) => boolean } {
  const hedges: Hedge[] = [];
  const spans: [number, number][] = [];
  for (const m of c.hedges.matches(outside, latin)) {
    hedges.push({ code: 'hedge', cue: m.text, message: m.rule.reason });
    spans.push([offset + m.index, offset + m.index + m.text.length]);
  }
  return { hedges, inHedge: (t: Token) => spans.some(([a, b]) => t.start >= a && t.start < b) };
}
