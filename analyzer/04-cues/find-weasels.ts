import type { CompiledLexicon } from './compiled-lexicon';
import type { Cue } from './cue';

/** Weasel phrases outside quotations: a source is claimed but cannot be identified ("some say", « on dit que »). */
export function findWeasels(c: CompiledLexicon, outside: string, latin: boolean): Cue[] {
  return c.weasels.matches(outside, latin).map((m): Cue => ({ code: 'weasel', cue: m.text, speaker: { type: 'source', kind: 'anonymous', name: m.text.trim(), head: '', document: false } }));
}
