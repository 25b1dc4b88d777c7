/**
 * The demo site of the fictional "Gemeente Voorbeeldstad", fully offline: the page
 * (demo/), the built widget (dist/widget at /widget/), the publishing site (dist/site at
 * /site/, docs/site.md), the demo feeds (public/feeds at /feeds/) and placeholder map
 * tiles (/tiles/{z}/{x}/{y}.png). Every response but the site's (whose pages carry their
 * own) has a strict Content-Security-Policy, so the demo also proves the widget needs no exceptions.
 *
 *   const demo = await startDemoServer({ port: 5173 });
 *   console.log(demo.url);
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { placeholderTile } from './placeholder-tile';

export const STRICT_CSP =
  "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  // The templates' column guide (site/templates/README.md): read in the browser, not downloaded.
  '.md': 'text/plain; charset=utf-8',
};

/** URL prefix → folder. The first match wins; `/` is the demo page itself. */
const MOUNTS: [prefix: string, folder: string][] = [
  ['/widget/', 'dist/widget'],
  ['/site/', 'dist/site'],
  ['/feeds/', 'public/feeds'],
  ['/', 'demo'],
];

const TILE_PATH = /^\/tiles\/\d{1,2}\/\d{1,7}\/\d{1,7}\.png$/;

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export async function startDemoServer(options: { port?: number; host?: string; root?: string } = {}): Promise<DemoServer> {
  const root = resolve(options.root ?? '.');
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // A file that cannot be read (removed meanwhile, no permission): say so and answer, not hang.
      console.error(`demo server: ${req.url ?? '/'}: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) res.end();
      else send(res, 500, 'text/plain; charset=utf-8', 'server error');
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('x-content-type-options', 'nosniff');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://demo').pathname);
    } catch {
      return void send(res, 400, 'text/plain; charset=utf-8', 'bad request');
    }
    // The site's pages carry their own policy (meta), which lets the configurator preview any https feed.
    // Its widget and feeds are for other origins too: a module script and a feed load only with CORS.
    if (path.startsWith('/site/')) res.setHeader('access-control-allow-origin', '*');
    else res.setHeader('content-security-policy', STRICT_CSP);
    // A folder's pages link to each other relatively, so '/site' must become '/site/' (not a 404).
    const folder = MOUNTS.find(([prefix]) => prefix.length > 1 && path === prefix.slice(0, -1));
    if (folder) return void redirect(res, folder[0] + new URL(req.url ?? '/', 'http://demo').search);
    if (TILE_PATH.test(path)) return void send(res, 200, TYPES['.png'], placeholderTile(), 'max-age=86400');
    const file = await findFile(root, path);
    if (!file) return void send(res, 404, 'text/plain; charset=utf-8', 'not found');
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), 'no-cache');
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

async function findFile(root: string, path: string): Promise<string | undefined> {
  for (const [prefix, folder] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    const base = join(root, folder);
    let file = normalize(join(base, path.slice(prefix.length)));
    // No escaping the folder with ../
    if (file !== base && !file.startsWith(base + '/')) return undefined;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      return file;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { location, 'cache-control': 'no-cache' });
  res.end();
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': cache });
  res.end(body);
}
