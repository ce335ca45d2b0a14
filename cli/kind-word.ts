import type { Source } from '../analyzer/types';

/** A source's kind as the text and Markdown reports print it: "own site" for the outlet's links to its own stories. */
export function kindWord(source: Source): string {
  return source.outlet ? 'own site' : source.kind;
}
