import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(first).toEqual({ status: 'ok', text: '{"hello":"wereld"}', etag: '"v1"' });
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
    expect(first).toEqual({ status: 'ok', text: '{}', lastModified: stamp });
    expect(await loadFeedText(`${server.origin}/dated.json`, { lastModified: stamp })).toEqual({ status: 'not-modified' });
  });

  it('gives up on a server that never answers', async () => {
    server.route('/silent.json', () => undefined);
    const result = await loadFeedText(`${server.origin}/silent.json`, { timeoutMs: 150, retries: 0 });
    expect(result).toMatchObject({ status: 'failed', failure: { code: 'timeout' } });
    expect(result.status === 'failed' && result.failure.message).toContain('did not answer within 150 ms');
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
    expect(await loadFeedText(`${server.origin}/flaky.json`, quick)).toEqual({ status: 'ok', text: '{"ok":true}' });
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

  it('reports offline when nothing listens on the port', async () => {
    const gone = await startTestServer();
    await gone.close();
    const result = await loadFeedText(`${gone.origin}/feed.json`, quick);
    expect(result).toMatchObject({ status: 'failed', failure: { code: 'offline' } });
  });

  it('uses the fetch it is given and never throws, whatever that fetch does', async () => {
    const throwsString: typeof fetch = () => Promise.reject('kapot');
    expect(await loadFeedText('https://example.invalid/feed.json', { fetch: throwsString, retries: 0 })).toMatchObject({
      status: 'failed',
      failure: { code: 'offline', message: expect.stringContaining('kapot') },
    });
    const answers: typeof fetch = async () => new Response('{"from":"fake"}', { headers: { etag: 'W/"7"' } });
    expect(await loadFeedText('https://example.invalid/feed.json', { fetch: answers })).toEqual({
      status: 'ok',
      text: '{"from":"fake"}',
      etag: 'W/"7"',
    });
  });
});
