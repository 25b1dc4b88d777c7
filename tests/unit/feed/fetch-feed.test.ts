import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchFeed, parseFeedJson } from '../../../lib/feed/fetch-feed';
import { validateFeed } from '../../../lib/feed/validate';
import { startTestServer, type TestServer } from '../../helpers/server';
import { FIXTURES_DIR, goodFeed, goodFeedText } from '../../fixtures/feeds/good-feed';

let server: TestServer;
beforeAll(async () => {
  // Serves tests/fixtures/feeds: good.json, linked.json and geo/*.geojson.
  server = await startTestServer({ static: [FIXTURES_DIR] });
});
afterAll(() => server.close());

const quick = { retries: 0, timeoutMs: 5_000 };

describe('fetchFeed', () => {
  it('loads, validates and returns the validators for the next request', async () => {
    server.route('/with-etag.json', (req, res) => {
      if (req.headers['if-none-match'] === '"abc"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"abc"', 'content-type': 'application/json' }).end(goodFeedText());
    });
    const fetched = await fetchFeed(`${server.origin}/with-etag.json`, quick);
    expect(fetched.status).toBe('ok');
    if (fetched.status !== 'ok') return;
    expect(fetched.etag).toBe('"abc"');
    expect(fetched.result.data.activities).toHaveLength(3);
    expect(fetched.result.problems).toEqual([]);
    expect(await fetchFeed(`${server.origin}/with-etag.json`, { ...quick, etag: '"abc"' })).toEqual({ status: 'not-modified' });
    // The same file again, as a browser's HTTP cache hands it back: the hash of its bytes says so.
    expect(await fetchFeed(`${server.origin}/with-etag.json`, { ...quick, contentHash: fetched.contentHash })).toEqual({ status: 'not-modified' });
  });

  it('loads buurten and wijken given as links, relative to the feed', async () => {
    const fetched = await fetchFeed(`${server.origin}/linked.json`, quick);
    const inline = validateFeed(goodFeed());
    expect(fetched).toMatchObject({ status: 'ok' });
    expect(fetched.status === 'ok' && fetched.result).toEqual(inline);
    expect(server.requests).toEqual(expect.arrayContaining(['/geo/buurten.geojson', '/geo/wijken.geojson']));
  });

  it('reads a relative feed address relative to the page, and its links relative to the feed', async () => {
    vi.stubGlobal('location', new URL(`${server.origin}/geo/page.html`));
    try {
      const fetched = await fetchFeed('../linked.json', quick);
      expect(fetched).toMatchObject({ status: 'ok', result: { counts: { buurten: { kept: 2 } } } });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('fails with a clear message naming the GeoJSON that could not be loaded', async () => {
    const feed = { ...goodFeed(), neighbourhoods: { buurten: { url: 'missing/buurten.geojson' } } };
    server.route('/broken-link.json', (_req, res) => void res.end(JSON.stringify(feed)));
    const fetched = await fetchFeed(`${server.origin}/broken-link.json`, quick);
    expect(fetched).toMatchObject({
      status: 'failed',
      failure: {
        code: 'not-found',
        message: `neighbourhoods.buurten could not be loaded: ${server.origin}/missing/buurten.geojson was not found (HTTP 404). Check the address of the feed.`,
      },
    });
  });

  it('reads a linked GeoJSON that starts with a byte order mark, as editors on Windows save it', async () => {
    const buurten = goodFeed().neighbourhoods.buurten;
    server.route('/geo/bom-buurten.geojson', (_req, res) => void res.end(`\uFEFF${JSON.stringify(buurten)}`));
    const feed = { ...goodFeed(), neighbourhoods: { buurten: { url: 'geo/bom-buurten.geojson' } } };
    server.route('/link-bom.json', (_req, res) => void res.end(JSON.stringify(feed)));
    const fetched = await fetchFeed(`${server.origin}/link-bom.json`, quick);
    expect(fetched).toMatchObject({ status: 'ok', result: { counts: { buurten: { kept: 2 } } } });
  });

  it('refuses a linked GeoJSON that is not JSON, or on a scheme it may not load', async () => {
    server.route('/geo/not-json.geojson', (_req, res) => void res.end('<html>'));
    const notJson = { ...goodFeed(), neighbourhoods: { buurten: { url: 'geo/not-json.geojson' } } };
    const viaData = { ...goodFeed(), neighbourhoods: { buurten: { url: 'data:application/json,{}' } } };
    server.route('/link-not-json.json', (_req, res) => void res.end(JSON.stringify(notJson)));
    server.route('/link-data.json', (_req, res) => void res.end(JSON.stringify(viaData)));
    expect(await fetchFeed(`${server.origin}/link-not-json.json`, quick)).toMatchObject({
      status: 'failed',
      failure: {
        code: 'not-json',
        message: expect.stringContaining(`neighbourhoods.buurten (${server.origin}/geo/not-json.geojson) is not valid JSON`),
      },
    });
    expect(await fetchFeed(`${server.origin}/link-data.json`, quick)).toMatchObject({
      status: 'failed',
      failure: { code: 'invalid-structure', message: expect.stringContaining('only http: or https:') },
    });
  });

  it('says a broken file is not JSON', async () => {
    server.route('/truncated.json', (_req, res) => void res.end(goodFeedText().slice(0, 500)));
    const fetched = await fetchFeed(`${server.origin}/truncated.json`, quick);
    expect(fetched).toMatchObject({ status: 'failed', failure: { code: 'not-json' } });
    expect(fetched.status === 'failed' && fetched.failure.message).toContain('/truncated.json is not valid JSON');
  });

  it('reads characters outside Latin-1 as sent, and names the place of a break in the text as sent', async () => {
    const feed = goodFeed();
    feed.activities[0].name = 'Zoë’s kookclub – € 1 😀';
    server.route('/wide.json', (_req, res) => void res.end(JSON.stringify(feed)));
    const fetched = await fetchFeed(`${server.origin}/wide.json`, quick);
    expect(fetched.status === 'ok' && fetched.result.data.activities.map((a) => a.name)).toContain('Zoë’s kookclub – € 1 😀');

    // Compact JSON is one line: each "€" before the break would move its column if counted as escaped.
    const broken = `{"a":"€€€ – ’’","b":"😀", "c": 1 "d"}`;
    server.route('/wide-broken.json', (_req, res) => void res.end(broken));
    const failed = await fetchFeed(`${server.origin}/wide-broken.json`, quick);
    const expected = parseFeedJson(broken, `${server.origin}/wide-broken.json`);
    expect(failed).toEqual({ status: 'failed', failure: !expected.ok && expected.failure });
    expect(failed.status === 'failed' && failed.failure.message).toContain('(line 1, column 34)');
  });

  it('passes on structural failures and loading failures', async () => {
    server.route('/v2.json', (_req, res) => void res.end(JSON.stringify({ ...goodFeed(), version: 2 })));
    expect(await fetchFeed(`${server.origin}/v2.json`, quick)).toMatchObject({
      status: 'failed',
      failure: { code: 'unknown-version' },
    });
    expect(await fetchFeed(`${server.origin}/nothing-here.json`, quick)).toMatchObject({
      status: 'failed',
      failure: { code: 'not-found' },
    });
  });

  it('reads a feed that starts with a byte order mark', async () => {
    server.route('/bom.json', (_req, res) => void res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(goodFeedText())])));
    expect(await fetchFeed(`${server.origin}/bom.json`, quick)).toMatchObject({ status: 'ok' });
  });
});
