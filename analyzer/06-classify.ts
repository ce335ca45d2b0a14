import { codePointAt, countWords, isLetter, isUpper, runs } from './chars';
import type { SentenceCues } from './04-cues';
import type { ResolvedCue } from './05-resolve';
import { reason } from './reasons';
import type { Block, BlockRole, Label, Reason, ReasonCode, Source } from './types';

export interface Verdict {
  label: Label;
  reasons: Reason[];
  source: Source | null;
  /** A question or fragment inside a quotation: it takes the quotation's speaker if there is one (rule 1). */
  soft?: boolean;
}

const MIN_CLAIM_WORDS = 4;
const QUESTION_END = /\?[\s"'”»’)\]]*$/u;
const TERMINAL = /[.!?…:;»”"')\]]\s*$/u;
// "[Read: ...]", « (Lire aussi ...) »: a whole block in brackets.
const BRACKETED = /^\s*[[(].*[\])]\s*$/su;
// A heading element holding a long, finished sentence is the article's standfirst, read as text.
const MAX_HEADING_WORDS = 25;

/**
 * What a block's role from the page's structure makes of its sentences (TAXONOMY rule 10), each rule
 * with its example. `when` narrows a role that is not furniture by itself: a bare link or a bold line
 * is furniture only when it reads like a title, not like a sentence.
 */
const ROLE_RULES: Record<BlockRole, { code: ReasonCode; when?: (text: string, words: number) => boolean }> = {
  // <figcaption>Rescuers at the quay, Tuesday.</figcaption>, <p class="photo-credit">Jane Doe/Agency</p>
  caption: { code: 'caption' },
  // <div class="author-bio">Jane Doe covers the city council.</div>
  byline: { code: 'byline' },
  // <span class="date-stamp">First published May 4, 2026</span>
  dateline: { code: 'dateline' },
  // <p class="related-link"><a>Why the dam failed</a></p>
  related: { code: 'related-link' },
  // <div class="newsletter-signup">Get our morning briefing.</div>
  prompt: { code: 'call-to-action' },
  // <td>12.4 %</td>
  table: { code: 'data-table' },
  // <aside>Three things to know about the dam</aside>; a long sidebar is read as text.
  aside: { code: 'boilerplate', when: (_t, words) => words <= 40 },
  // <p><a href="/2026/05/dam">How the dam was built</a></p>: a headline linked, no sentence.
  link: { code: 'related-link', when: (t, words) => words <= MAX_HEADING_WORDS && (!TERMINAL.test(t) || BRACKETED.test(t)) },
  // <p><strong>Ten charges, two trials</strong></p>: a subheading set in bold.
  emphasis: { code: 'heading', when: (t, words) => words <= 12 && !TERMINAL.test(t) },
};

/** Not a claim: headings, captions, questions, bylines and other boilerplate, fragments. */
export function notClaim(text: string, block: Block, cues: SentenceCues, isBlockStart: boolean, isWholeBlock: boolean, isFirstBlock: boolean, inQuote: boolean): Verdict | null {
  const words = countWords(text);
  const verdict = (code: Parameters<typeof reason>[0]): Verdict => ({ label: 'not-claim', reasons: [reason(code, text.slice(0, 60))], source: null });
  const role = block.role ? ROLE_RULES[block.role] : undefined;
  if (role && (!role.when || role.when(block.text, countWords(block.text)))) return verdict(role.code);
  if (block.kind === 'heading' && !(isWholeBlock && words > MAX_HEADING_WORDS && TERMINAL.test(text))) return verdict('heading');
  if (block.kind === 'caption') return verdict('caption');
  // The rule's own reason ("A contributor line.", « Une date de publication. »), not the generic one.
  if (cues.notClaim) return { label: 'not-claim', reasons: [{ code: cues.notClaim.code, cue: cues.notClaim.cue, message: sentenceCase(cues.notClaim.message) }], source: null };
  if (QUESTION_END.test(text)) return { ...verdict('question'), soft: inQuote };
  // A stray closing quote mark is nobody's words; a short piece of a quotation may be (rule 1).
  if (words < MIN_CLAIM_WORDS) return { ...verdict('fragment'), soft: inQuote && words > 0 };
  // A plain-text headline: the first line, whole, with no closing punctuation or in Title Case.
  if (isFirstBlock && isBlockStart && isWholeBlock && words <= 25 && (!TERMINAL.test(text) || titleCase(text))) return verdict('heading');
  return null;
}

/** "a contributor line" → "A contributor line." */
function sentenceCase(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function titleCase(text: string): boolean {
  // words of four letters or more
  const long = runs(text, isLetter).filter(([a, b]) => [...text.slice(a, b)].length >= 4);
  if (long.length < 3) return false;
  return long.filter(([a]) => isUpper(codePointAt(text, a))).length >= long.length * 0.7;
}

/**
 * The label of a claim from its resolved sources and hedges: the strongest source wins (rule 4),
 * a source beats a hedge (rule 3), and with neither the claim is unattributed.
 */
export function classify(resolved: ResolvedCue[], cues: SentenceCues): Verdict {
  // The outlet's link to its own story counts only when nothing else in the sentence does: it is the
  // outlet vouching for itself, weaker than a speaker it quotes, even an unnamed one (rule 5).
  // The author speaking in the first person beside it is the outlet too: an opinion (rule 7).
  const others = resolved.filter((s) => !s.source.outlet);
  const sources = others.length || cues.author ? others : resolved;
  const named = sources.find((s) => s.source.kind === 'named');
  const best = named ?? sources[0];
  if (best) {
    const reasons: Reason[] = [];
    if (best.relay && best.source.kind === 'anonymous') reasons.push(reason('outlet-relays-anonymous', best.relay, best.source));
    reasons.push(reason(best.via ?? best.code, best.cue, best.source));
    if (best.source.kind === 'anonymous' && best.code !== 'weasel') reasons.push(reason('anonymous-source', best.cue, best.source));
    if (best.quote && best.code === 'reporting-verb') reasons.push(reason('direct-quote', best.cue, best.source));
    for (const h of cues.hedges) reasons.push(reason('source-beats-hedge', h.cue, best.source));
    return { label: best.source.kind === 'named' ? 'attributed' : 'vague', reasons, source: best.source };
  }
  if (cues.hedges.length) {
    return { label: 'hedged', reasons: cues.hedges.map((h) => ({ code: h.code, cue: h.cue, message: reason(h.code, h.cue).message })), source: null };
  }
  if (cues.author) return { label: 'unattributed', reasons: [reason('author-opinion', cues.author)], source: null };
  return { label: 'unattributed', reasons: [reason('no-source')], source: null };
}
