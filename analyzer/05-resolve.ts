import { startsUpper } from './chars';
import type { Cue, SentenceCues } from './04-cues';
import type { ReasonCode, Source } from './types';

/** A cue whose speaker is now a source: references resolved against what came before. */
export interface ResolvedCue {
  code: ReasonCode;
  cue: string;
  source: Source;
  /** How the source was reached when it is not in the sentence itself. */
  via?: 'pronoun' | 'carried-forward';
  relay?: string;
  quote?: boolean;
  /** Other words the article used for the same source: "a city official" for Ana Ruiz. */
  alias?: string;
}

interface Mention {
  source: Source;
  block: number;
  /** Name and aliases, lower case, for matching "the official" or « cette source ». */
  words: string;
  plural: boolean;
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'ils', 'elles', 'eux']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'il', 'elle', 'lui', 'celui-ci', 'celle-ci', 'ce dernier', 'cette dernière']);
// "officials", « des témoins », « les enquêteurs »: a plural head or a plural determiner.
function looksPlural(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  return /^(?:des|les|ces|plusieurs|certains|certaines|some|many|several|two|three)$/.test(words[0] ?? '') || (/[^s]s$|x$/.test(head) && !startsUpper(name.split(/\s+/).pop() ?? ''));
}

/**
 * Resolves "he said", « selon cette source », "the official added" (TAXONOMY rules 1 and 6) in
 * reading order. A reference takes the nearest matching source of the same or the previous block;
 * failing that, a pronoun takes the latest named source or proper name of the article (rule 6).
 */
export class SourceResolver {
  private mentions: Mention[] = [];
  private lastNamed: Source | null = null;
  private lastName: string | null = null;

  resolve(cues: SentenceCues, block: number): ResolvedCue[] {
    const out: ResolvedCue[] = [];
    for (const c of cues.sources) {
      const r = this.resolveOne(c, block);
      if (r) out.push(r);
    }
    // A source reached through a pronoun is mentioned again here: the next "he added" finds it.
    // (the outlet's link to its own story is no one a later "he said" could mean)
    for (const r of out) if (!r.source.outlet) this.remember(r.source, block, r.alias);
    for (const n of cues.names) this.lastName = n;
    return out;
  }

  /** A source reached another way (a quotation's speaker) still counts as mentioned here. */
  remember(source: Source, block: number, alias?: string): void {
    this.mentions.push({ source, block, words: `${source.name} ${alias ?? ''}`.toLowerCase(), plural: looksPlural(source.name) });
    if (this.mentions.length > 64) this.mentions.shift();
    if (source.kind === 'named') this.lastNamed = source;
  }

  /** The latest source of this block or the one before. */
  recent(block: number): Source | null {
    const m = this.mentions[this.mentions.length - 1];
    return m && m.block >= block - 1 ? m.source : null;
  }

  private resolveOne(c: Cue, block: number): ResolvedCue | null {
    const sp = c.speaker;
    if (sp.type === 'author') return null;
    if (sp.type === 'source') return { code: c.code, cue: c.cue, source: sp.outlet ? { name: sp.name, kind: sp.kind, outlet: true } : { name: sp.name, kind: sp.kind }, relay: c.relay, quote: c.quote, alias: sp.alias ?? c.alias };
    const via = sp.pronoun ? 'pronoun' : 'carried-forward';
    // "they" looks for the nearest plural source and "he" for a singular one, before settling for the nearest.
    if (sp.pronoun && (PLURAL_PRONOUNS.has(sp.head) || SINGULAR_PRONOUNS.has(sp.head))) {
      const plural = PLURAL_PRONOUNS.has(sp.head);
      for (let k = this.mentions.length - 1; k >= 0; k--) {
        const m = this.mentions[k] as Mention;
        if (m.block < block - 1) break;
        if (m.plural === plural) return { code: c.code, cue: c.cue, source: m.source, via, quote: c.quote };
      }
    }
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k] as Mention;
      if (m.block < block - 1) break;
      // « cette source » → « une source militaire »; "the official" → "a senior official"; a pronoun → the nearest.
      // A definite description matches by its head only: "the office" is not the last speaker.
      if (sp.pronoun || m.words.includes(sp.head)) {
        return { code: c.code, cue: c.cue, source: m.source, via, quote: c.quote };
      }
    }
    if (sp.pronoun) {
      if (this.lastNamed) return { code: c.code, cue: c.cue, source: this.lastNamed, via, quote: c.quote };
      if (this.lastName) return { code: c.code, cue: c.cue, source: { name: this.lastName, kind: 'named' }, via, quote: c.quote };
      return { code: c.code, cue: c.cue, source: { name: sp.name, kind: 'anonymous' }, quote: c.quote };
    }
    return { code: c.code, cue: c.cue, source: { name: sp.name, kind: sp.fallback }, quote: c.quote };
  }
}
