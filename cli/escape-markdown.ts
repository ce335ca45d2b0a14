/** Characters that would turn page text into Markdown markup (emphasis, links, HTML, table cells). */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#~]/g;

/** Page text made safe to paste into Markdown, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, '\\$&');
}
