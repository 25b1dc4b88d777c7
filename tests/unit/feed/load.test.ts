import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadFeedText } from '../../../lib/feed/load';
import { startTestServer, type TestServer } from '../../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Fast retries so the tests do not wait for real backoff. */
const quick = { retries: 2, retryBaseDelayMs: 1 };
const hits = (path: string) => server.requests.filter((p) => p === path).length;
const HASH = expect.stringMatching(/^\d+-[0-9a-f]{16}$/);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadFeedText against a real HTTP server', () => {
  it('returns the text with its ETag, then "not modified" when asked with that ETag', async () => {
    const seen: (string | undefined)[] = [];
    server.route('/etag.json', (req, res) => {
      const inm = req.headers['if-none-match'];
      seen.push(inm);
      if (inm === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end('{"hello":"wereld"}');
    });
    const first = await loadFeedText(`${server.origin}/etag.json`);
    expect(first).toEqual({ status: 'ok', text: '{"hello":"wereld"}', byteLength: 18, etag: '"v1"', contentHash: HASH });
    const second = await loadFeedText(`${server.origin}/etag.json`, { etag: '"v1"' });
    expect(second).toEqual({ status: 'not-modified' });
    expect(seen).toEqual([undefined, '"v1"']);
  });

  it('sends Last-Modified back as If-Modified-Since', async () => {
    const stamp = 'Wed, 04 Mar 2026 10:00:00 GMT';
    server.route('/dated.json', (req, res) => {
      if (req.headers['if-modified-since'] === stamp) return void res.writeHead(304).end();
      res.writeHead(200, { 'last-modified': stamp }).end('{}');
    });
    const first = await loadFeedText(`${server.origin}/dated.json`);
    expect(first).toEqual({ status: 'ok', text: '{}', byteLength: 2, lastModified: stamp, contentHash: HASH });
    expect(await loadFeedText(`${server.origin}/dated.json`, { lastModified: stamp })).toEqual({ status: 'not-modified' });
  });

  it('gives up on a server that never answers', async () => {
    server.route('/silent.json', () => undefined);
    const result = await loadFeedText(`${server.origin}/silent.json`, { timeoutMs: 150, retries: 0 });
    expect(result).toMatchObject({ status: 'failed', failure: { code: 'timeout' } });
    expect(result.status === 'failed' && result.failure.message).toContain('did not answer within 150 ms');
  });

  it('gives up on a silent server after the time given for the whole load, retries included', async () => {
    server.route('/silent-retried.json', () => undefined);
    const result = await loadFeedText(`${server.origin}/silent-retried.json`, { timeoutMs: 300, ...quick });
    expect(result).toMatchObject({ status: 'failed', failure: { code: 'timeout' } });
    expect(result.status === 'failed' && result.failure.message).toContain('did not answer within 300 ms');
    // The first attempt used up all the time: there is none left to try again.
    expect(hits('/silent-retried.json')).toBe(1);
  });

  it('gives up on a body that starts but never ends', async () => {
    server.route('/stalls.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"activities": [');
    });
    const result = await loadFeedText(`${server.origin}/stalls.json`, { timeoutMs: 150, retries: 0 });
    expect(result).toMatchObject({ status: 'failed', failure: { code: 'timeout' } });
  });

  it('stops an endless body once it passes the size cap, without a content-length', async () => {
    let stoppedByClient = false;
    server.route('/endless.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(512);
      const timer = setInterval(() => res.write(chunk), 5);
      res.on('close', () => {
        stoppedByClient = true;
        clearInterval(timer);
      });
    });
    const result = await loadFeedText(`${server.origin}/endless.json`, { maxBytes: 4096, ...quick });
    expect(result).toMatchObject({ status: 'failed', failure: { code: 'too-large' } });
    expect(result.status === 'failed' && result.failure.message).toContain('4096 bytes');
    await expect.poll(() => stoppedByClient).toBe(true);
    expect(hits('/endless.json')).toBe(1);
  });

  it('refuses a body whose content-length is over the cap before reading it', async () => {
    server.route('/big.json', (_req, res) => {
      res.writeHead(200, { 'content-length': String(3 * 1024 * 1024) });
      res.end(Buffer.alloc(3 * 1024 * 1024, 32));
    });
    const result = await loadFeedText(`${server.origin}/big.json`, { maxBytes: 2 * 1024 * 1024, ...quick });
    expect(result).toMatchObject({ status: 'failed', failure: { code: 'too-large' } });
    expect(result.status === 'failed' && result.failure.message).toContain('2 MB');
    expect(hits('/big.json')).toBe(1);
  });

  it('accepts a body exactly at the cap', async () => {
    server.route('/exact.json', (_req, res) => void res.end('x'.repeat(100)));
    expect(await loadFeedText(`${server.origin}/exact.json`, { maxBytes: 100 })).toMatchObject({ status: 'ok' });
  });

  it('retries after a 500 and succeeds', async () => {
    let calls = 0;
    server.route('/flaky.json', (_req, res) => {
      calls++;
      if (calls === 1) return void res.writeHead(500).end('oops');
      res.end('{"ok":true}');
    });
    expect(await loadFeedText(`${server.origin}/flaky.json`, quick)).toEqual({ status: 'ok', text: '{"ok":true}', byteLength: 11, contentHash: HASH });
    expect(calls).toBe(2);
  });

  it('reports the HTTP status after the last retry', async () => {
    server.route('/down.json', (_req, res) => void res.writeHead(503, 'Service Unavailable').end());
    const result = await loadFeedText(`${server.origin}/down.json`, quick);
    expect(result).toMatchObject({ status: 'failed', failure: { code: 'http-error' } });
    expect(result.status === 'failed' && result.failure.message).toContain('HTTP 503 Service Unavailable');
    expect(hits('/down.json')).toBe(3);
  });

  it('does not retry a 404 or a 403', async () => {
    const missing = await loadFeedText(`${server.origin}/no-such-feed.json`, quick);
    expect(missing).toMatchObject({ status: 'failed', failure: { code: 'not-found' } });
    expect(hits('/no-such-feed.json')).toBe(1);
    server.route('/forbidden.json', (_req, res) => void res.writeHead(403).end());
    const forbidden = await loadFeedText(`${server.origin}/forbidden.json`, quick);
    expect(forbidden).toMatchObject({ status: 'failed', failure: { code: 'http-error' } });
    expect(forbidden.status === 'failed' && forbidden.failure.message).toContain('403');
    expect(hits('/forbidden.json')).toBe(1);
  });

  it('reports an unreachable host when nothing listens on the port, and offline only when the browser says so', async () => {
    const gone = await startTestServer();
    await gone.close();
    const result = await loadFeedText(`${gone.origin}/feed.json`, quick);
    expect(result).toMatchObject({ status: 'failed', failure: { code: 'unreachable' } });

    vi.stubGlobal('navigator', { onLine: true });
    expect(await loadFeedText(`${gone.origin}/feed.json`, quick)).toMatchObject({ failure: { code: 'unreachable' } });
    vi.stubGlobal('navigator', { onLine: false });
    expect(await loadFeedText(`${gone.origin}/feed.json`, quick)).toMatchObject({ failure: { code: 'offline' } });
  });

  it('lets other work run while it reads a big body the browser holds already', async () => {
    // 12 MB in chunks that are there at once: without pauses, reading and hashing them is one long task.
    const chunk = new TextEncoder().encode(`"${'x'.repeat(32 * 1024 - 3)}",`);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 0) controller.enqueue(new TextEncoder().encode('['));
        if (pulled++ < 384) controller.enqueue(chunk);
        else {
          controller.enqueue(new TextEncoder().encode('0]'));
          controller.close();
        }
      },
    });
    let pulledWhenTimerRan: number | undefined;
    setTimeout(() => (pulledWhenTimerRan = pulled), 0);
    const loaded = await loadFeedText('https://voorbeeldstad.test/groot.json', { fetch: async () => new Response(body), maxBytes: 20_000_000 });
    expect(loaded.status).toBe('ok');
    expect(pulledWhenTimerRan).toBeDefined();
    expect(pulledWhenTimerRan!).toBeLessThan(384);
  });

  it('uses the fetch it is given and never throws, whatever that fetch does', async () => {
    const throwsString: typeof fetch = () => Promise.reject('kapot');
    expect(await loadFeedText('https://example.invalid/feed.json', { fetch: throwsString, retries: 0 })).toMatchObject({
      status: 'failed',
      failure: { code: 'unreachable', message: expect.stringContaining('kapot') },
    });
    const answers: typeof fetch = async () => new Response('{"from":"fake"}', { headers: { etag: 'W/"7"' } });
    expect(await loadFeedText('https://example.invalid/feed.json', { fetch: answers })).toEqual({
      status: 'ok',
      text: '{"from":"fake"}',
      byteLength: 15,
      etag: 'W/"7"',
      contentHash: HASH,
    });
  });
});

/**
 * A browser revalidates through its HTTP cache: a static host that answers GET with
 * `Access-Control-Allow-Origin: *` refuses the preflight that our own If-None-Match
 * would cost, and the browser hands back its cached body as a plain 200.
 */
describe('loadFeedText revalidating without conditional headers of its own', () => {
  /** A server that ignores conditional headers and always sends the whole body, as a browser's cache hands it back. */
  function alwaysWhole(path: string, body: () => string, headers: () => Record<string, string> = () => ({})) {
    const conditional: string[] = [];
    server.route(path, (req, res) => {
      for (const name of ['if-none-match', 'if-modified-since']) if (req.headers[name]) conditional.push(name);
      res.writeHead(200, { 'content-type': 'application/json', ...headers() }).end(body());
    });
    return { url: `${server.origin}${path}`, conditional };
  }

  it('asks the HTTP cache to revalidate with the server, not to answer from its copy unasked', async () => {
    const seen: RequestInit[] = [];
    const spy: typeof fetch = async (_url, init) => {
      seen.push(init ?? {});
      return new Response('{}');
    };
    await loadFeedText('https://data.voorbeeldstad.test/kinderwerk.json', { fetch: spy });
    expect(seen[0].cache).toBe('no-cache');
  });

  it('from a page on another origin, sends no If-None-Match or If-Modified-Since (they would cost a preflight)', async () => {
    vi.stubGlobal('location', { origin: 'https://www.voorbeeldstad.test' });
    const feed = alwaysWhole('/cross-origin.json', () => '{"v":1}', () => ({ etag: '"v1"', 'last-modified': 'Wed, 04 Mar 2026 10:00:00 GMT' }));
    await loadFeedText(feed.url, { etag: '"v1"', lastModified: 'Wed, 04 Mar 2026 10:00:00 GMT' });
    expect(feed.conditional).toEqual([]);
  });

  it('says "not modified" to a whole answer that carries the held ETag, also a weak one, without reading the body', async () => {
    const feed = alwaysWhole('/same-etag.json', () => '{"v":1}', () => ({ etag: 'W/"v1"' }));
    expect(await loadFeedText(feed.url, { etag: '"v1"' })).toEqual({ status: 'not-modified' });
    expect(await loadFeedText(feed.url, { etag: '"v0"' })).toMatchObject({ status: 'ok', etag: 'W/"v1"' });
  });

  it('says "not modified" to the held Last-Modified when the answer shows no ETag (cross-origin hides it)', async () => {
    const stamp = 'Wed, 04 Mar 2026 10:00:00 GMT';
    const feed = alwaysWhole('/same-date.json', () => '{"v":1}', () => ({ 'last-modified': stamp }));
    expect(await loadFeedText(feed.url, { etag: '"v1"', lastModified: stamp })).toEqual({ status: 'not-modified' });
    expect(await loadFeedText(feed.url, { lastModified: 'Tue, 03 Mar 2026 10:00:00 GMT' })).toMatchObject({ status: 'ok' });
  });

  it('trusts a changed ETag over a Last-Modified of the same second', async () => {
    const stamp = 'Wed, 04 Mar 2026 10:00:00 GMT';
    const feed = alwaysWhole('/same-second.json', () => '{"v":2}', () => ({ etag: '"v2"', 'last-modified': stamp }));
    expect(await loadFeedText(feed.url, { etag: '"v1"', lastModified: stamp })).toMatchObject({ status: 'ok', text: '{"v":2}' });
  });

  it('says "not modified" to the same bytes when there are no validators, and "ok" once they change', async () => {
    let body = '{"activities":["Voetbal"]}';
    const feed = alwaysWhole('/no-validators.json', () => body);
    const first = await loadFeedText(feed.url);
    expect(first).toEqual({ status: 'ok', text: body, byteLength: new TextEncoder().encode(body).byteLength, contentHash: HASH });
    const contentHash = first.status === 'ok' ? first.contentHash : undefined;

    expect(await loadFeedText(feed.url, { contentHash })).toEqual({ status: 'not-modified' });
    body = '{"activities":["Voetbal","Dans"]}';
    const changed = await loadFeedText(feed.url, { contentHash });
    expect(changed).toMatchObject({ status: 'ok', text: body });
    expect(changed.status === 'ok' && changed.contentHash).not.toBe(contentHash);
  });
});
