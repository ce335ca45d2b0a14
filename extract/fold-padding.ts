const LEADING_RUN = /^[\t\n\f\r ]{2,}/;
const TRAILING_RUN = /[\t\n\f\r ]{2,}$/;
// NodeFilter.SHOW_TEXT and Node.TEXT_NODE, which linkedom does not put on the global object
const SHOW_TEXT = 4;
const TEXT_NODE = 3;

/**
 * Folds the indentation of markup before Readability reads it: a run of white space at either edge
 * of a text node keeps one character, the one next to the text (the last of a leading run, the first
 * of a trailing one); a white-space-only text node keeps one. Only an edge that touches a tag (or a
 * comment) is folded, as the page folds only runs next to `<` or `>`. The page folds its serialized copy the
 * same way before sending it (content/without-padding.ts: a quarter of a news page's markup), and
 * whatever it could not fold (a run cut between two parts) is folded here, so the extension and the
 * CLI read the same text. Only Readability's raw-length checks see a difference (a byline is text
 * under 100 characters, indentation included, before this): text lengths as it scores them, and the
 * blocks, fold white space anyway.
 */
export function foldPadding(doc: Document): void {
  const walker = doc.createTreeWalker(doc.documentElement ?? doc, SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (data.length < 2) continue;
    // An edge next to another text node is inside one run of text (a parser splits text at entities).
    let folded = node.previousSibling?.nodeType === TEXT_NODE ? data : data.replace(LEADING_RUN, (run) => run[run.length - 1]!);
    if (folded.length >= 2 && node.nextSibling?.nodeType !== TEXT_NODE) folded = folded.replace(TRAILING_RUN, (run) => run[0]!);
    if (folded !== data) node.data = folded;
  }
}
