import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { sniffHtmlCharset } from '../../cli/sniff-html-charset';

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

export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves a corpus folder read-only on 127.0.0.1 at a free port (its pages and whatever they saved beside them). */
export async function startPageServer(root: string): Promise<PageServer> {
  const server = createServer((request, response) => {
    const send = (status: number, type: string, body: Buffer) => {
      response.writeHead(status, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, 'text/plain', Buffer.from('bad request'));
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) return send(403, 'text/plain', Buffer.from('forbidden'));
    readFile(file).then(
      (body) => send(200, contentType(file, body), body),
      () => send(404, 'text/plain', Buffer.from('not found')),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
