/** The largest input read, in bytes: far above any article, low enough to never exhaust memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Shown in messages: "the 20 MB limit". */
export const MAX_INPUT_LABEL = '20 MB';

/** How long a URL may take, connection and body together, unless `--timeout` says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 15;

/** Content with fewer words is no article (a login form, a bare menu): the taxonomy's "fragment". */
export const MIN_ARTICLE_WORDS = 4;

/** More threads than this only costs memory: each holds a parser and a page. */
export const MAX_JOBS = 64;
