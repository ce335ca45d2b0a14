const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** A plain HTML page with one `<p>` per non-blank line of `text`: how the seed article is served. */
export function plainArticleHtml(text: string, { lang, title }: { lang: string; title: string }): string {
  const paragraphs = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    '<body>',
    '<article>',
    ...paragraphs,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
