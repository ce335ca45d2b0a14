import { extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleFromText } from '../analyzer/article';
import type { Article } from '../analyzer/types';
import { decodeText } from './decode-text';
import { fetchUrl } from './fetch-url';
import { InputError } from './input-error';
import { looksLikeHtml } from './looks-like-html';
import { readAllBytes } from './read-all-bytes';
import { readFileBytes } from './read-file-bytes';

export interface LoadOptions {
  timeoutSeconds: number;
  stdin: AsyncIterable<Uint8Array>;
  /** The address a saved file was read at (`--url`), instead of its own `file:` URL. */
  pageUrl?: string | null;
}

type Format = 'html' | 'text' | 'sniff';

/** File extensions whose format is known; any other file is sniffed. */
const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
};

/** Media types read as HTML; every other `text/*` is read as plain text. */
const HTML_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Turns one command-line input into an article: `-` is standard input, an http(s) URL is fetched,
 * anything else is a file. Every failure is an `InputError` with a message for the user.
 */
export async function loadArticle(input: string, options: LoadOptions): Promise<Article> {
  if (input === '-') {
    const bytes = await readAllBytes(options.stdin, 'standard input');
    return textArticle(bytes, null, 'standard input');
  }
  if (/^https?:\/\//i.test(input)) return urlArticle(input, options.timeoutSeconds);
  if (/^file:/i.test(input)) return fileArticle(fileURLToPath(input), options.pageUrl ?? null);
  const scheme = /^([a-z][a-z\d+.-]*):\/\//i.exec(input);
  if (scheme) throw new InputError(`unsupported URL scheme "${scheme[1]}:" (use http, https or a file path)`);
  return fileArticle(input, options.pageUrl ?? null);
}

async function fileArticle(path: string, pageUrl: string | null): Promise<Article> {
  const bytes = await readFileBytes(path);
  const format = FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? 'sniff';
  return await bytesArticle(bytes, format, null, pageUrl ?? pathToFileURL(resolve(path)).href, 'the file');
}

async function urlArticle(input: string, timeoutSeconds: number): Promise<Article> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new InputError('not a valid URL');
  }
  const fetched = await fetchUrl(url.href, timeoutSeconds);
  const { mediaType, charset } = parseContentType(fetched.contentType);
  let format: Format;
  if (!mediaType) format = 'sniff';
  else if (HTML_MEDIA_TYPES.has(mediaType)) format = 'html';
  else if (mediaType.startsWith('text/')) format = 'text';
  else throw new InputError(`unsupported content type "${mediaType}": expected HTML or plain text`);
  return bytesArticle(fetched.bytes, format, charset, fetched.url, 'the response');
}

async function bytesArticle(bytes: Uint8Array, format: Format, charset: string | null, url: string, what: string): Promise<Article> {
  if (format === 'sniff') {
    // latin1 maps every byte to one character: enough to see tags, and never throws
    format = looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 4096))) ? 'html' : 'text';
  }
  if (format === 'text') return textArticle(bytes, charset, what);
  if (bytes.length === 0) throw new InputError(`${what} is empty`);
  if (bytes.every(isAsciiSpace)) throw new InputError(`${what} contains only white space`);
  // jsdom takes most of the start-up time: text-only runs never load it
  const { htmlArticle } = await import('./html-article');
  return htmlArticle(bytes, url, charset);
}

/** A text input is analysed as is: every line break ends a paragraph, offsets index the text. */
function textArticle(bytes: Uint8Array, charset: string | null, what: string): Article {
  const text = decodeText(bytes, charset);
  assertNotBlank(text, what);
  return articleFromText(text, { title: null, lang: null });
}

function assertNotBlank(text: string, what: string): void {
  if (text.length === 0) throw new InputError(`${what} is empty`);
  if (!text.trim()) throw new InputError(`${what} contains only white space`);
}

function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
}

function parseContentType(header: string | null): { mediaType: string | null; charset: string | null } {
  if (!header) return { mediaType: null, charset: null };
  const [type = '', ...params] = header.split(';');
  const charsetParam = params.map((p) => p.trim()).find((p) => /^charset=/i.test(p));
  const charset = charsetParam ? charsetParam.slice('charset='.length).replace(/^"|"$/g, '').trim() : null;
  return { mediaType: type.trim().toLowerCase() || null, charset: charset || null };
}
