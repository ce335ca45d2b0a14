export const MAX_SENTENCE_CHARS = 400;
export const MAX_SENTENCES = 2000;
export const MAX_SOURCES = 500;
/** The whole message as JSON, in UTF-8 bytes. */
export const MAX_MESSAGE_BYTES = 1_000_000;

// Every other string and list has a bound too, so a message is rejected before anything walks it.
// Lengths are in UTF-16 code units (`string.length`): cut with `.slice(0, MAX_…)` before sending.
/** A source name, a reason's cue. */
export const MAX_NAME_CHARS = 200;
export const MAX_REASONS_PER_SENTENCE = 16;
export const MAX_TITLE_CHARS = 1000;
export const MAX_URL_CHARS = 8192;
/** The `reason` of a not-article report. */
export const MAX_REASON_CHARS = 500;
/** A language tag such as `fr`, `en-GB` or `und` (BCP 47 tags stay under 35 in practice). */
export const MAX_LANGUAGE_CHARS = 35;

// An analysis request: past these the content script sends the article's first blocks only, and the
// popup says "only the first N of M paragraphs were analysed".
export const MAX_ARTICLE_BLOCKS = 1500;
/** Characters of all the blocks' text together. */
export const MAX_ARTICLE_CHARS = 400_000;
/** Links of all the blocks together. */
export const MAX_ARTICLE_LINKS = 20_000;
/** Characters of all the links' addresses together. */
export const MAX_ARTICLE_LINK_CHARS = 400_000;

// The serialized document of an analysis request, in characters: a page past MAX_HTML_CHARS is not read
// (the popup says it is too large), which also bounds the background's parse of one page.
export const MAX_HTML_CHARS = 8_000_000;
/**
 * One `html` part: the serialization is sent in pieces of at most this. Small on purpose: Chromium's
 * `postMessage` costs about twice as much per byte for a message of a megabyte as for messages of 16 to 64 KB
 * (bench/message-size.ts), and the sending happens on the page's main thread.
 */
export const MAX_HTML_PART_CHARS = 32_768;

/** The token of a report the background holds for a page (analysis-port.ts, content-to-background.ts). */
export const MAX_REPORT_TOKEN_CHARS = 64;
