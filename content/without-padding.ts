/**
 * Saved and rendered news pages are indented: runs of white space between tags are a quarter of the
 * markup of ../shared/corpus/readability once code is taken out, and SVG icons' path data another
 * twentieth (`npx tsx scripts/markup-composition.ts`). Every character the page sends to the
 * background costs its main thread (the port's message encoding), and no reader of the copy needs
 * either: the block walker folds every run of white space to one space (page/blocks-from-content.ts),
 * Readability folds them before it measures text (`_getInnerText`), and nothing reads a path's shape.
 *
 * So a run of white space that touches a tag keeps one character, the one next to the text (the last
 * after a tag, the first before one), so that whatever looks at the character beside a word — a title
 * separator " | " — sees what it saw; a white-space-only text node stays one, one character long. A run
 * inside a text node, not touching a tag, is left as it is. `d` is dropped from `<path>` tags. Only tags
 * are looked at: XMLSerializer escapes every `<` and `>` of text and attribute values, so a raw `<`
 * or `>` is a tag's edge (or a comment's, which nobody reads).
 */
// One pass each, linear: AFTER_TAG starts at a '>', BEFORE_TAG only at the first character of a run.
const AFTER_TAG = />[\t\n\f\r ]+([\t\n\f\r ])/g;
const BEFORE_TAG = /(?<![\t\n\f\r ])([\t\n\f\r ])[\t\n\f\r ]+</g;
const PATH_DATA = /(<path\b[^>]*?) d="[^"]*"/g;

export function withoutPadding(markup: string): string {
  return markup.replace(AFTER_TAG, '>$1').replace(BEFORE_TAG, '$1<').replace(PATH_DATA, '$1');
}
