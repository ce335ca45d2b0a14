import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** An in-memory page: a string is served as HTML; otherwise its body with the type it names. */
export type InMemoryPage = string | { body: string | Buffer; type: string };

export interface StaticServerOptions {
  /** Extra response headers by path (a Content-Security-Policy for one page). */
  headers?: Record<string, Record<string, string>>;
  /** The Content-Type of a file from `root`, given its path and bytes; by its extension otherwise. */
  contentType?: (file: string, body: Buffer) => string;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves `root` (and any in-memory `pages`, path → page) on 127.0.0.1 at a free port.
 * Only GET and HEAD, no directory listing, nothing outside `root`.
 */
export async function startStaticServer(
  root: string,
  pages: Record<string, InMemoryPage> = {},
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const typeOf = options.contentType ?? ((file: string) => TYPES[extname(file)] ?? 'application/octet-stream');
  const server = createServer((request, response) => {
    let path: string;
    let extra: Record<string, string> = {};
    // A malformed %-escape is the client's error, not a crash of the server.
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, TYPES['.txt']!, Buffer.from('bad request'));
    }
    extra = options.headers?.[path] ?? {};
    void (async () => {
      const inMemory = pages[path];
      if (typeof inMemory === 'string') return send(200, TYPES['.html']!, Buffer.from(inMemory, 'utf8'));
      if (inMemory !== undefined) return send(200, inMemory.type, Buffer.from(inMemory.body));
      const file = normalize(join(root, path));
      if (!file.startsWith(root + sep)) return send(403, TYPES['.txt']!, Buffer.from('forbidden'));
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        return send(404, TYPES['.txt']!, Buffer.from('not found'));
      }
      send(200, typeOf(file, body), body);
    })();

    function send(status: number, type: string, body: Buffer) {
      response.writeHead(status, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store', ...extra });
      response.end(request.method === 'HEAD' ? undefined : body);
    }
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
