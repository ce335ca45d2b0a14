import type { Article, Block } from './types';

/** An article whose blocks all carry `start` into `text`. */
export interface NormalizedArticle extends Article {
  text: string;
  blocks: (Block & { start: number })[];
}

const BLOCK_SEPARATOR = '\n\n';

/**
 * Gives every block its offset into one article text. When the article brings its own text (a .txt
 * file), the blocks' offsets are checked against it; otherwise the blocks are joined with blank lines.
 */
export function normalizeArticle(article: Article): NormalizedArticle {
  if (typeof article.text === 'string') {
    const text = article.text;
    const blocks = article.blocks.map((b) => {
      const start = b.start ?? -1;
      if (start < 0 || text.slice(start, start + b.text.length) !== b.text) {
        throw new Error(`block "${b.text.slice(0, 40)}" does not lie at offset ${start} of the article text`);
      }
      return { ...b, start };
    });
    return { ...article, text, blocks };
  }
  let text = '';
  const blocks = article.blocks.map((b, i) => {
    if (i > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    text += b.text;
    return { ...b, start };
  });
  return { ...article, text, blocks };
}

/**
 * A plain-text article: every line break ends a paragraph and offsets index `text` exactly. Leading
 * and trailing white space of a line stays outside its block; blank lines make no block.
 */
export function articleFromText(text: string, options: { title?: string | null; lang?: string | null } = {}): Article {
  const blocks: Block[] = [];
  const line = /[^\r\n\u2028\u2029]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) blocks.push({ kind: 'paragraph', text: body, start: m.index + lead, links: [] });
  }
  return { title: options.title ?? null, lang: options.lang ?? null, text, blocks };
}
