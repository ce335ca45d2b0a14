/**
 * A script's code or a style sheet is often most of a news page's markup (three quarters of the
 * biggest pages of ../shared/corpus/readability: inline state, bundled CSS), and no reader of the copy
 * uses it: Readability drops both, and it reads a script only for JSON-LD metadata, which is kept.
 * Emptied before the markup is counted and sent. XMLSerializer escapes every `<` of an element's text,
 * so `[^<]+` is exactly the text of a script or style with no child elements (one with children, which
 * only a script can build, is left whole). The elements themselves stay, so the locators do not move.
 */
const CODE = /<(script|style)\b([^>]*)>[^<]+<\/\1>/g;
const JSON_LD = /\btype="application\/ld\+json"/i;
export function withoutCode(markup: string): string {
  return markup.replace(CODE, (whole: string, name: string, attributes: string) => (JSON_LD.test(attributes) ? whole : `<${name}${attributes}></${name}>`));
}
