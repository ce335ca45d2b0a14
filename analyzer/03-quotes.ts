import { countWords } from './chars';
import type { NormalizedArticle } from './article';

/** A quotation: `[start, end)` covers the marks and what they enclose (absolute offsets). */
export interface Quote {
  start: number;
  end: number;
  block: number;
  /** The quotation opens in this block but does not close in it (a quote running over paragraphs). */
  open: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‹': '›', '「': '」', '『': '』' };
// Fewer words than this inside quote marks is a scare quote or a title, not a quotation (TAXONOMY rule 8).
const MIN_QUOTE_WORDS = 4;

// Every character the loop below acts on: the engine finds the next one (a loop over every character
// of the text cost a cold analyzer several milliseconds).
const MARKS = /["'“”«»„‹›「」『』]/g;
function nextMark(t: string, from: number): number {
  MARKS.lastIndex = from;
  return MARKS.exec(t)?.index ?? t.length;
}

/**
 * Quotations of every block, outermost only. Curly and French marks pair up with a stack; straight
 * double quotes alternate. A curly or French quotation left open runs to the end of its block (news
 * style for quotes over several paragraphs); a straight quote left open is ignored.
 */
export function findQuotes(article: NormalizedArticle): Quote[] {
  const out: Quote[] = [];
  article.blocks.forEach((block, b) => {
    const t = block.text;
    const stack: { close: string; at: number }[] = [];
    for (let i = nextMark(t, 0); i < t.length; i = nextMark(t, i + 1)) {
      let ch = t[i] as string;
      const at = i;
      // ''NYT style'': two apostrophes make a straight double quote.
      if (ch === "'" && t[i + 1] === "'") {
        ch = '"';
        i++;
      }
      const top = stack[stack.length - 1];
      if (top && ch === top.close) {
        stack.pop();
        if (!stack.length) push(out, block.start, t, top.at, i + 1, b, false);
        continue;
      }
      if (ch === '"') {
        if (top?.close === '"') {
          stack.pop();
          if (!stack.length) push(out, block.start, t, top.at, i + 1, b, false);
        } else if (stack.length < 64) stack.push({ close: '"', at });
        continue;
      }
      const close = PAIRS[ch];
      if (close && stack.length < 64) stack.push({ close, at: i });
    }
    // Left open: a curly or French quotation runs to the end of the block; a straight one is noise.
    const bottom = stack[0];
    if (bottom && bottom.close !== '"') push(out, block.start, t, bottom.at, t.length, b, true);
  });
  return out;
}

function push(out: Quote[], base: number, t: string, s: number, e: number, block: number, open: boolean): void {
  const words = countWords(t.slice(s, e), MIN_QUOTE_WORDS);
  if (words >= MIN_QUOTE_WORDS) out.push({ start: base + s, end: base + e, block, open });
}

/** A lookup of "is offset i inside a quotation", O(1) per call after a linear build. */
export function quoteMask(textLength: number, quotes: Quote[]): (i: number) => boolean {
  const mask = new Uint8Array(textLength);
  for (const q of quotes) mask.fill(1, q.start, q.end);
  return (i) => mask[i] === 1;
}
