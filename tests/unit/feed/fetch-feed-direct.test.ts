/**
 * Direct use: an Open Referral HSDS or OpenActive address given as the feed is
 * converted on the way in, with the same limits as any feed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../lib/feed/fetch-feed';
import { startTestServer, type TestServer } from '../../helpers/server';

const FIXTURES = 'tests/fixtures/interop';
const firstRpdePage = readFileSync(`${FIXTURES}/openactive/session-series-1.json`, 'utf8');

let server: TestServer;
let buurten: string;
beforeAll(async () => {
  // Serves hsds/*.json, openactive/session-series-{1,2,3}.json (two pages, then the empty last one) and buurten.geojson.
  server = await startTestServer({ static: [FIXTURES] });
  buurten = `${server.origin}/buurten.geojson`;
});
afterAll(() => server.close());

const quick = { retries: 0, timeoutMs: 5_000 };

describe('fetchFeed on an HSDS or OpenActive address', () => {
  it('converts an HSDS service, taking the municipality from the buurten file', async () => {
    const fetched = await fetchFeed(`${server.origin}/hsds/service-full.json`, { ...quick, convert: { buurtenUrl: buurten } });
    expect(fetched.status).toBe('ok');
    if (fetched.status !== 'ok') return;
    const { data, problems } = fetched.result;
    expect(data.meta.municipality).toEqual({ code: 'GM0034', name: 'Almere' });
    expect(data.activities.map((a) => a.name)).toEqual(['Huiswerkklas De Werven']);
    expect(data.locations.map((l) => l.buurtCode)).toEqual(['BU00340102']);
    expect(problems).toContainEqual({
      path: '(source)',
      severity: 'warning',
      reason: 'no licence given; used CC-BY-4.0 (to choose one, convert the source with npm run feed:import -- --license CC0-1.0 and use that feed)',
    });
  });

  it('reads every page of an HSDS API and converts the services on all of them', async () => {
    const service = JSON.parse(readFileSync(`${FIXTURES}/hsds/service-full.json`, 'utf8'));
    const pages = [service, { ...service, id: 'svc-2', name: 'Knutselclub Haven' }];
    server.route('/api/services', (req, res) => {
      const n = Number(new URL(req.url ?? '/', server.origin).searchParams.get('page') ?? 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        total_items: 2, total_pages: 2, page_number: n, size: 1, first_page: n === 1, last_page: n === 2, empty: false, contents: [pages[n - 1]],
      }));
    });
    const fetched = await fetchFeed(`${server.origin}/api/services`, { ...quick, convert: { buurtenUrl: buurten } });
    expect(fetched.status).toBe('ok');
    if (fetched.status !== 'ok') return;
    expect(fetched.result.data.activities.map((a) => a.name)).toEqual(['Huiswerkklas De Werven', 'Knutselclub Haven']);
  });

  it('follows the pages of an OpenActive RPDE feed and lists what it left out, with page, path and id', async () => {
    const fetched = await fetchFeed(`${server.origin}/openactive/session-series-1.json`, {
      ...quick,
      convert: { municipalityCode: 'GM0034', municipalityName: 'Almere', buurtenUrl: '../buurten.geojson' },
    });
    expect(fetched.status).toBe('ok');
    if (fetched.status !== 'ok') return;
    expect(server.requests).toEqual(expect.arrayContaining(['/openactive/session-series-2.json', '/openactive/session-series-3.json']));
    expect(fetched.result.data.activities.map((a) => a.name)).toEqual(['Kidsdans']);
    expect(fetched.result.problems).toContainEqual({
      path: `${server.origin}/openactive/session-series-1.json, items[1].data.eventSchedule`,
      id: 'https://sportbedrijf.example.org/session-series/2',
      severity: 'error',
      reason: 'no weekly time: give an eventSchedule (byDay, startTime, endTime) or ScheduledSessions with this as superEvent. This activity was left out',
    });
    expect(fetched.result.problems).toContainEqual({
      path: `${server.origin}/openactive/session-series-2.json, items[0].data.location.geo`,
      id: 'https://sportbedrijf.example.org/session-series/3',
      severity: 'error',
      reason: 'latitude 5.21 and longitude 52.335 look swapped: in the Netherlands latitude is about 51–53 and longitude about 3–7. This location was left out',
    });
  });

  it('fails with what to set when an HSDS source comes without buurten', async () => {
    const fetched = await fetchFeed(`${server.origin}/hsds/service-full.json`, quick);
    expect(fetched).toEqual({
      status: 'failed',
      failure: {
        code: 'unknown-format',
        message: `${server.origin}/hsds/service-full.json holds Open Referral HSDS data, which could not be made into a kinderwerk feed: `
          + 'no buurten given; set the widget attribute buurten="buurten.geojson" to the address of the CBS buurt boundaries of the municipality; '
          + 'no municipality code; set the widget attribute municipality="GM0034" (the CBS code of the gemeente); '
          + 'no municipality name; set the widget attribute municipality-name="Almere".',
      },
    });
  });

  it('reads buurten that start with a byte order mark', async () => {
    server.route('/bom/buurten.geojson', (_req, res) => void res.end(`\uFEFF${readFileSync(`${FIXTURES}/buurten.geojson`, 'utf8')}`));
    const fetched = await fetchFeed(`${server.origin}/hsds/service-full.json`, { ...quick, convert: { buurtenUrl: '/bom/buurten.geojson' } });
    expect(fetched).toMatchObject({ status: 'ok', result: { data: { meta: { municipality: { code: 'GM0034' } } } } });
  });

  it('names the buurten when they cannot be loaded', async () => {
    const fetched = await fetchFeed(`${server.origin}/hsds/service-full.json`, { ...quick, convert: { buurtenUrl: '/missing.geojson' } });
    expect(fetched).toMatchObject({
      status: 'failed',
      failure: { code: 'not-found', message: `buurten could not be loaded: ${server.origin}/missing.geojson was not found (HTTP 404). Check the address of the feed.` },
    });
  });

  it('refuses a source whose pages together are larger than the size cap, so the cached copy stays', async () => {
    const big = { items: [{ state: 'deleted', kind: 'SessionSeries', id: 'x', modified: 1, padding: 'x'.repeat(40_000) }], next: 'page-3.json' };
    server.route('/big/page-1.json', (_req, res) => void res.end(firstRpdePage.replace('session-series-2.json', 'page-2.json')));
    server.route('/big/page-2.json', (_req, res) => void res.end(JSON.stringify(big)));
    const fetched = await fetchFeed(`${server.origin}/big/page-1.json`, { ...quick, maxBytes: 30_000, convert: { buurtenUrl: buurten } });
    expect(fetched).toEqual({
      status: 'failed',
      failure: {
        code: 'too-large',
        message: `${server.origin}/big/page-2.json and the pages before it are together larger than 30000 bytes, the most a feed may be; it was not loaded.`,
      },
    });
  });

  it('keeps the timeout for every page', async () => {
    server.route('/slow/page-1.json', (_req, res) => void res.end(firstRpdePage.replace('session-series-2.json', 'page-2.json')));
    // Never answers: only the timeout ends this request.
    server.route('/slow/page-2.json', () => undefined);
    const fetched = await fetchFeed(`${server.origin}/slow/page-1.json`, { ...quick, timeoutMs: 300, convert: { buurtenUrl: buurten } });
    expect(fetched).toMatchObject({ status: 'failed', failure: { code: 'timeout' } });
    expect(fetched.status === 'failed' && fetched.failure.message).toContain(`${server.origin}/slow/page-2.json did not answer`);
  });

  it('shows the rest when one page of the source is missing, and says which', async () => {
    server.route('/gap/page-1.json', (_req, res) => void res.end(firstRpdePage.replace('session-series-2.json', 'page-2.json')));
    const fetched = await fetchFeed(`${server.origin}/gap/page-1.json`, { ...quick, convert: { buurtenUrl: buurten } });
    expect(fetched.status).toBe('ok');
    if (fetched.status !== 'ok') return;
    expect(fetched.result.data.activities.map((a) => a.name)).toContain('Kidsdans');
    expect(fetched.result.problems).toContainEqual({
      path: `${server.origin}/gap/page-2.json`,
      severity: 'error',
      reason: 'the server answered HTTP 404; check the address',
    });
  });

  it('asks for the whole source on every refresh, since later pages and the buurten may change without the first page', async () => {
    server.route('/tagged/service.json', (_req, res) => {
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 23 Nov 2026 10:00:00 GMT' });
      res.end(readFileSync(`${FIXTURES}/hsds/service-full.json`));
    });
    const fetched = await fetchFeed(`${server.origin}/tagged/service.json`, { ...quick, convert: { buurtenUrl: buurten } });
    expect(fetched.status).toBe('ok');
    expect(fetched).not.toHaveProperty('etag');
    expect(fetched).not.toHaveProperty('lastModified');
  });
});
