/** Closing quotation marks: a verb right after one follows a quotation ("“...,” said Smith"). */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '»', '"', '’', '›']);
