/**
 * A small HTTP server on 127.0.0.1 for tests: serves files from folders and
 * answers extra routes you define. No network beyond loopback.
 *
 *   const server = await startTestServer({ static: ['dist/widget', 'public'] });
 *   server.route('/feed.json', (req, res) => res.end('{}'));
 *   await server.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  url: string;
  origin: string;
  route(path: string, handler: Handler): void;
  unroute(path: string): void;
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
};

export async function startTestServer(options: { static?: string[]; port?: number } = {}): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: string[] = [];
  const roots = (options.static ?? []).map((dir) => resolve(dir));

  // A route or file that throws answers 500 at once (the test does not wait for a
  // timeout) and makes close() fail, so the suite still reports the broken helper.
  const failures: unknown[] = [];
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      failures.push(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const handler = routes.get(path);
    if (handler) return void (await handler(req, res));
    for (const root of roots) {
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) break;
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        return void res.end(body);
      } catch {
        // try the next root
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + '/',
    origin,
    route: (path, handler) => void routes.set(path, handler),
    unroute: (path) => void routes.delete(path),
    requests,
    close: async () => {
      await new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      });
      if (failures.length > 0) throw new AggregateError(failures, 'test server: a route or file failed while answering');
    },
  };
}
