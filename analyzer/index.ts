import { chooseLanguage } from './01-language';
import { segment } from './02-segment';
import { findQuotes, quoteMask } from './03-quotes';
import { findCues, type SentenceCues } from './04-cues';
import { blockSpeakers } from './05-block-speakers';
import { SourceResolver, type ResolvedCue } from './05-resolve';
import { QuoteSpeakers } from './05-quote-speakers';
import { classify, notClaim, type Verdict } from './06-classify';
import { LEXICONS } from './lexicons';
import { reason } from './reasons';
import { inventory, totals } from './07-inventory';
import { normalizeArticle } from './article';
import { tokenize } from './tokens';
import type { Analysis, Article, BlockKind, ReasonCode, Sentence, Source } from './types';

/** Blocks that a sentence ending in a colon introduces. */
const LISTED: ReadonlySet<BlockKind> = new Set(['list-item', 'quote']);
const INTRODUCES = /:\s*$/;
/** Not-claim reasons for the furniture around a story (TAXONOMY rule 10), as opposed to its headings. */
const FURNITURE: ReadonlySet<ReasonCode> = new Set(['caption', 'byline', 'dateline', 'related-link', 'call-to-action', 'data-table', 'boilerplate']);

export interface AnalyzeOptions {
  /** `auto` (default) detects the language; `en` or `fr` forces its rules. */
  lang?: 'auto' | 'en' | 'fr' | string;
}

/** Labels every sentence of an article and names its sources. Pure: no DOM, no browser API. */
export function analyze(input: Article, options: AnalyzeOptions = {}): Analysis {
  // 1. one text, every block at its offset
  const article = normalizeArticle(input);
  const { text } = article;
  // 2. the rules to use: the forced language, the page's hint, or what the text says
  const lang = chooseLanguage(text, article.lang, options.lang);
  // 3. sentences (the same Unicode rules in every language), repaired for abbreviations and quotes
  const spans = segment(article);
  // 4. quotations, which hide their own cues and lend their speaker to every sentence inside
  const quotes = findQuotes(article);
  const quoted = quoteMask(text.length, quotes);
  // 5. cues of each sentence, sources resolved in reading order (carry-forward, pronouns), and a
  //    quotation's speaker lent to every sentence of the quotation (rule 1)
  const resolver = new SourceResolver();
  const speakers = new QuoteSpeakers(quotes);
  // a transcript's "PENCE:" turns and quotations signed "— Jane Doe" below them (rule 11)
  const given = blockSpeakers(article.blocks, LEXICONS[lang.language]);
  const found: { cues: SentenceCues; resolved: ResolvedCue[]; verdict: Verdict | null }[] = [];
  // Paragraphs counted for "the same or the previous paragraph" (rule 1): a caption or a related
  // link between two paragraphs of a story does not separate them.
  let para = -1;
  let furnitureOnly = false;
  let introduced: { source: Source; cue: string } | null = null;
  spans.forEach((span, k) => {
    const block = article.blocks[span.block]!;
    if (k === 0 || spans[k - 1]!.block !== span.block) {
      if (!furnitureOnly) para++;
      furnitureOnly = true;
    }
    const tokens = tokenize(text, span.start, span.end, lang.language === 'fr', quoted);
    const links = (block.links ?? [])
      .filter((l) => block.start + l.start < span.end && block.start + l.end > span.start)
      .map((link) => ({ link, absStart: block.start + link.start }));
    const cues = findCues(tokens, text, span, lang.language, links, article, quoted);
    const prev = spans[k - 1];
    const isBlockStart = !prev || prev.block !== span.block;
    const isLastOfBlock = spans[k + 1]?.block !== span.block;
    const isWholeBlock = isBlockStart && isLastOfBlock;
    const inQuote = quoted(span.start) || quoted(span.end - 1);
    // A first line with no closing punctuation is a headline only in plain text: a page's title is apart.
    const credit = isWholeBlock && given.creditLines.has(span.block);
    const verdict: Verdict | null = credit
      ? { label: 'not-claim', reasons: [reason('byline', block.text.slice(0, 60))], source: null }
      : notClaim(text.slice(span.start, span.end), block, cues, isBlockStart, isWholeBlock, span.block === 0 && !article.title, inQuote);
    if (!verdict || !FURNITURE.has(verdict.reasons[0]!.code)) furnitureOnly = false;
    // "She said:" is too short to be a claim, but the quotation it introduces is hers (rule 11).
    const introducer = verdict?.reasons[0]!.code === 'fragment' && INTRODUCES.test(text.slice(span.start, span.end));
    const resolved = verdict && !verdict.soft && !introducer ? [] : resolver.resolve(cues, para);
    const speaker = given.speakers.get(span.block);
    if (speaker && !verdict && resolved.every((r) => r.source.outlet) && (speaker.kind === 'turn' || inQuote)) {
      resolved.unshift({ code: speaker.kind === 'turn' && isBlockStart ? 'direct-quote' : 'quotation-speaker', cue: speaker.cue, source: speaker.source, quote: true });
      resolver.remember(speaker.source, para);
    }
    // "President Obama also said:" followed by bullet points or a block quote: each point is his (rule 11).
    if (isBlockStart && !LISTED.has(block.kind)) introduced = null;
    if (introduced && LISTED.has(block.kind) && !verdict && resolved.every((r) => r.source.outlet)) resolved.push({ code: 'carried-forward', cue: introduced.cue, source: introduced.source });
    if (isLastOfBlock && INTRODUCES.test(text.slice(span.start, span.end)) && resolved[0]) introduced = { source: resolved[0].source, cue: resolved[0].cue };
    found.push({ cues, resolved, verdict });
    if (!verdict || verdict.soft) speakers.visit(k, span, resolved, resolver.recent(para), prev ? text.slice(prev.start, prev.end) : '', (r) => found[r.index]!.resolved.push(r.cue));
  });
  speakers.finish((r) => found[r.index]!.resolved.push(r.cue));
  // 7. labels: not a claim, or the strongest source, or a hedge, or nothing
  const sentences: Sentence[] = spans.map((span, k) => {
    const f = found[k]!;
    // A quoted question or fragment with a speaker is part of what the speaker said (rule 1).
    const v = f.verdict && !(f.verdict.soft && f.resolved.length) ? f.verdict : classify(f.resolved, f.cues);
    return { start: span.start, end: span.end, text: text.slice(span.start, span.end), block: span.block, label: v.label, reasons: v.reasons, source: v.source };
  });
  // 8. the source inventory and the totals
  return {
    language: lang.language,
    languageDetected: lang.detected,
    unsupportedLanguage: lang.unsupported,
    title: article.title ?? null,
    text,
    blocks: article.blocks,
    sentences,
    sources: inventory(sentences),
    totals: totals(sentences),
  };
}

export type * from './types';
