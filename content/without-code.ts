/**
 * XMLSerializer's markup with the text of every script and style sheet taken out (JSON-LD kept), the
 * elements left in place: what `serializeDocument` sends, which never serializes the code in the first
 * place. The reference its tests and scripts/compare-extraction.ts check it against. XMLSerializer
 * escapes every `<` of an element's text, so `[^<]+` is exactly the text of a script or style with no
 * child elements (one with children, which only a page's script can build, is left whole here).
 */
const CODE = /<(script|style)\b([^>]*)>[^<]+<\/\1>/g;
const JSON_LD = /\btype="application\/ld\+json"/i;
export function withoutCode(markup: string): string {
  return markup.replace(CODE, (whole: string, name: string, attributes: string) => (JSON_LD.test(attributes) ? whole : `<${name}${attributes}></${name}>`));
}
