import type { Token } from '../tokens';

/** Phrases of words by their first word, longest first: one map lookup a token, not a scan of every phrase. */
export type TokenPhrases = ReadonlyMap<string, readonly string[][]>;

/** Indexes phrases already split into lower-case words, keeping their order (longest first). */
export function indexPhrases(phrases: string[][]): TokenPhrases {
  const index = new Map<string, string[][]>();
  for (const words of phrases) {
    const first = words[0];
    if (first === undefined) continue;
    const list = index.get(first);
    if (list) list.push(words);
    else index.set(first, [words]);
  }
  return index;
}

/** The phrase whose words are the tokens from `i` on, outside quotations, if one is. */
export function phraseAt(phrases: TokenPhrases, tokens: Token[], i: number): string[] | undefined {
  return phrases.get((tokens[i] as Token).lower)?.find((seq) => seq.every((w, k) => tokens[i + k]?.lower === w && !tokens[i + k]?.quoted));
}
