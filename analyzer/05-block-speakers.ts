import { codePointAt, isLetter, isLower, isUpper } from './chars';
import type { Lexicon } from './lexicons';
import { inLexicon } from './lexicons/in-lexicon';
import nameParticles from './lexicons/name-particles';
import { CLOSING_QUOTES } from './04-cues/closing-quotes';
import type { Block, Source } from './types';

/** Who speaks a whole block, known from the blocks around it rather than from a sentence's words. */
export interface BlockSpeaker {
  source: Source;
  /** The words that tell it: "PENCE:" or "— Jane Doe". */
  cue: string;
  /** `turn`: every sentence of the block is the speaker's; `credit`: the block's quotation is. */
  kind: 'turn' | 'credit';
}

const OPENING_QUOTES = '"“«„‘‹';
const PARTICLES: ReadonlySet<string> = new Set(nameParticles);
/** A label longer than this many characters is a sentence with a colon, not a speaker's name. */
const MAX_LABEL_CHARS = 40;
const MAX_NAME_WORDS = 6;

/**
 * Speakers that a block's neighbours name (TAXONOMY rule 11):
 * - a transcript's turns, "WALLACE: Let's start with..." / "PENCE: Well, look...", whose words are the
 *   labelled speaker's to the end of the paragraph, and through the paragraphs after it that continue
 *   the quotation (each opening with a quote mark, as a quotation over several paragraphs does);
 * - a quotation signed under it, "“The tram changed my life.” — Ana Ruiz", on the same line or the next.
 * Capitals and a colon also open datelines ("NEW DELHI: ...") and signposts ("UPDATE: ..."): labels are
 * read as speakers only in a dialogue, two different labels or more, and never the lexicon's `labelWords`.
 * `creditLines`: the blocks that are only a signature ("— Jane Doe, harbour pilot"), which are no claim.
 */
export function blockSpeakers(blocks: readonly Block[], lex: Lexicon): { speakers: Map<number, BlockSpeaker>; creditLines: Set<number> } {
  const out = new Map<number, BlockSpeaker>();
  const labels = blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'quote' ? turnLabel(b.text, lex) : null));
  const distinct = new Set(labels.filter((l) => l).map((l) => l!.name));
  if (distinct.size >= 2) {
    let turn: BlockSpeaker | null = null;
    blocks.forEach((b, i) => {
      const label = labels[i];
      if (label) {
        turn = { source: { name: label.name, kind: 'named' }, cue: label.cue, kind: 'turn' };
        // only a paragraph that opens a quotation lends its speaker to the next ones
        if (!opensQuote(b.text)) {
          out.set(i, turn);
          turn = null;
          return;
        }
      } else if (!(turn && opensQuote(b.text))) {
        turn = null;
      }
      if (turn) out.set(i, turn);
    });
  }
  const signatures = blocks.map((b) => credit(b.text, false));
  blocks.forEach((b, i) => {
    if (out.has(i)) return;
    const inline = credit(b.text, true);
    if (inline) {
      out.set(i, inline);
      return;
    }
    const below = signatures[i + 1];
    if (below && CLOSING_QUOTES.has(b.text.trimEnd().slice(-1))) out.set(i, below);
  });
  const creditLines = new Set<number>();
  signatures.forEach((signature, i) => signature && creditLines.add(i));
  return { speakers: out, creditLines };
}

function opensQuote(text: string): boolean {
  return OPENING_QUOTES.includes(text.trimStart().charAt(0));
}

/** "PENCE:", "MR. SMITH:", « M. DUPONT : » at the start of a paragraph (after an opening quote mark). */
function turnLabel(text: string, lex: Lexicon): { name: string; cue: string } | null {
  let i = 0;
  while (i < text.length && (OPENING_QUOTES.includes(text.charAt(i)) || text.charAt(i) === ' ')) i++;
  const colon = text.indexOf(':', i);
  if (colon < 0 || colon - i > MAX_LABEL_CHARS || !/^\s+\S/.test(text.slice(colon + 1))) return null;
  const label = text.slice(i, colon).trim();
  const words = label.split(/\s+/);
  if (!label || words.length > 4 || inLexicon(lex, 'labelWords', label.toLowerCase())) return null;
  let uppers = 0;
  for (const w of words) {
    if (!/^[^\s.'’-][^\s]*$/.test(w)) return null;
    for (let k = 0; k < w.length; k++) {
      const c = codePointAt(w, k);
      if (isLower(c)) return null;
      if (isUpper(c)) uppers++;
      else if (isLetter(c) || !".'’-".includes(w.charAt(k))) return null;
    }
  }
  if (uppers < 2) return null;
  return { name: words.map(titleCase).join(' '), cue: text.slice(i, colon + 1) };
}

/** "WALLACE" → "Wallace", "O'BRIEN" → "O'Brien". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|['’-])(.)/g, (_m, before: string, ch: string) => before + ch.toUpperCase());
}

/**
 * "— Jane Doe" or "— Jane Doe, harbour pilot" closing a paragraph: after a quotation's closing mark when
 * `afterQuote`, else as the whole paragraph.
 */
function credit(text: string, afterQuote: boolean): BlockSpeaker | null {
  const t = text.trim();
  const m = afterQuote ? /[”"»]\s*(?:[―—–]+|--)\s*([^―—–]+)$/.exec(t) : /^(?:[―—–]+|--)\s*([^―—–]+)$/.exec(t);
  if (!m) return null;
  const name = (m[1] as string).split(',')[0]!.trim().replace(/\.$/, '');
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return null;
  for (const [k, w] of words.entries()) {
    const upper = isUpper(codePointAt(w, 0));
    if (!(upper || (k > 0 && k < words.length - 1 && PARTICLES.has(w)))) return null;
  }
  const cue = t.slice(t.length - (m[0] as string).length + (afterQuote ? 1 : 0)).trim();
  return { source: { name, kind: 'named' }, cue, kind: 'credit' };
}
