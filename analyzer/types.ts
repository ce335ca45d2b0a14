/**
 * The four labels that make a sentence a claim (everything but `not-claim`), in the one order every
 * list, table and total shows them: from the best sourced to the least.
 */
export const CLAIM_LABELS = ['attributed', 'vague', 'hedged', 'unattributed'] as const;
export type ClaimLabel = (typeof CLAIM_LABELS)[number];

/** The five labels of TAXONOMY.md; every sentence of the article body gets exactly one. */
export const LABELS = [...CLAIM_LABELS, 'not-claim'] as const;
export type Label = (typeof LABELS)[number];

export type SourceKind = 'named' | 'anonymous';

/** Languages with their own rules. Anything else is analysed with the English rules. */
export type Language = 'en' | 'fr';

export const BLOCK_KINDS = ['paragraph', 'heading', 'list-item', 'quote', 'caption', 'preformatted'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * What the page's structure says a block is, beyond its element (TAXONOMY rule 10): the furniture
 * around an article that words alone cannot always tell. Set by the extraction from the block's
 * elements, their classes and roles; the analyzer reads it, the text never carries it.
 * - `caption` a figure's caption or credit; `byline` an author line or bio; `dateline` a date stamp;
 * - `related` a link to other coverage; `prompt` a newsletter, share or subscribe box;
 * - `aside` a sidebar; `table` a data table's cell;
 * - `link` the block is one link and nothing else; `emphasis` the block is all bold.
 */
export const BLOCK_ROLES = ['caption', 'byline', 'dateline', 'related', 'prompt', 'aside', 'table', 'link', 'emphasis'] as const;
export type BlockRole = (typeof BLOCK_ROLES)[number];

/** A link inside a block: `[start, end)` are offsets into the block's text. */
export interface BlockLink {
  start: number;
  end: number;
  href: string;
}

/** One block of the article body, in reading order. */
export interface Block {
  kind: BlockKind;
  text: string;
  links?: BlockLink[];
  /** Offset of `text` in `Article.text`, when the article carries its own text (see `Article`). */
  start?: number;
  /** What the page's structure says the block is (a caption, a related link...), when it says anything. */
  role?: BlockRole;
  /** Index of the live element this block came from (page side only; the analyzer ignores it). */
  liveIndex?: number;
}

/**
 * What the analyzer reads. When `text` is given, every block carries `start` and
 * `text.slice(block.start, block.start + block.text.length) === block.text`: sentence offsets then
 * index `text` exactly (a .txt file). Otherwise the blocks are joined with blank lines.
 */
export interface Article {
  title: string | null;
  /** A hint such as `fr`, `fr-FR`, `en-GB`; detected from the text when absent or `auto`. */
  lang?: string | null;
  /** The page's own URL, to tell links to other pages from links to this site's sections. */
  url?: string | null;
  /**
   * The address the page declares for itself (`<link rel="canonical">`, `og:url`) when it differs:
   * a saved or syndicated copy's links to that site are the outlet's own too (TAXONOMY rule 5).
   */
  canonicalUrl?: string | null;
  text?: string;
  blocks: Block[];
}

export interface Source {
  name: string;
  kind: SourceKind;
  /** A link to one of the outlet's own stories (TAXONOMY rule 5): its earlier reporting, listed apart. */
  outlet?: true;
}

/** A stable code, the words that triggered it (if any) and a readable English message. */
export interface Reason {
  code: ReasonCode;
  cue?: string;
  message: string;
}

export type ReasonCode =
  | 'reporting-verb'
  | 'according-to'
  | 'speech-noun'
  | 'document'
  | 'direct-quote'
  | 'link'
  | 'carried-forward'
  | 'pronoun'
  | 'quotation-speaker'
  | 'anonymous-source'
  | 'outlet-relays-anonymous'
  | 'weasel'
  | 'hedge'
  | 'reportive-conditional'
  | 'source-beats-hedge'
  | 'author-opinion'
  | 'no-source'
  | 'question'
  | 'heading'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'call-to-action'
  | 'related-link'
  | 'data-table'
  | 'boilerplate'
  | 'fragment';

export interface Sentence {
  /** `[start, end)` into `Analysis.text`; `text.slice(start, end) === sentence.text`. */
  start: number;
  end: number;
  text: string;
  /** Index of the block the sentence lies in. */
  block: number;
  label: Label;
  reasons: Reason[];
  source: Source | null;
}

export interface SourceEntry extends Source {
  mentions: number;
}

export interface Totals {
  sentences: number;
  claims: number;
  attributed: number;
  vague: number;
  hedged: number;
  unattributed: number;
}

export interface Analysis {
  /** The language whose rules were used. */
  language: Language;
  /** What was detected or given, e.g. `de` when the text is German and was analysed with English rules. */
  languageDetected: string;
  /** True when the article's language has no rules of its own (English rules were used). */
  unsupportedLanguage: boolean;
  title: string | null;
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  sources: SourceEntry[];
  totals: Totals;
}
