import { extname } from 'node:path';
import { sniffHtmlCharset } from '../../cli/sniff-html-charset';
import { startStaticServer, type StaticServer } from '../../harness/static-server';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

/**
 * A saved page goes out with the charset the CLI finds in it (its <meta> anywhere in the first 64 KB,
 * else UTF-8 when the bytes are UTF-8), as the site's own server would have declared it. Without
 * one, Chromium only looks at the first 1 KB and then guesses windows-1252 for pages whose <meta>
 * comes later, and the browser and the CLI would read different characters from the same bytes.
 */
function contentType(file: string, body: Buffer): string {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (type !== 'text/html') return type;
  const charset = sniffHtmlCharset(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  return charset ? `${type}; charset=${charset}` : type;
}

/** Serves a corpus folder read-only on 127.0.0.1 at a free port (its pages and whatever they saved beside them). */
export function startPageServer(root: string): Promise<StaticServer> {
  return startStaticServer(root, {}, { contentType });
}
