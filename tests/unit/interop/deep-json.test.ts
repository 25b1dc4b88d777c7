// JSON nested 100,000 deep parses fine, but any reader that walks it by recursion, or
// writes it out with JSON.stringify or structuredClone, exhausts the stack. Each reader
// answers such a document with a problem or a failure, never an exception.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../lib/feed/fetch-feed';
import { validateFeed } from '../../../lib/feed/validate';
import { detectFeedFormat } from '../../../lib/interop/detect-format';
import { importHsds } from '../../../lib/interop/hsds-import';
import { readBuurten } from '../../../lib/interop/neighbourhood-source';
import { importOpenActive } from '../../../lib/interop/openactive-import';
import { goodFeedText } from '../../fixtures/feeds/good-feed';
import { startTestServer, type TestServer } from '../../helpers/server';

const DEPTH = 100_000;
/** `inner` inside DEPTH lists, built as text and parsed, as a document from outside would be. */
const nested = (inner: string, open = '[', close = ']') => `${open.repeat(DEPTH)}${inner}${close.repeat(DEPTH)}`;
const context = {
  municipality: { code: 'GM0034', name: 'Almere' },
  buurten: JSON.parse(readFileSync('tests/fixtures/interop/buurten.geojson', 'utf8')) as unknown,
  publisher: { name: 'Gemeente Almere' },
  license: 'CC0-1.0',
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('JSON nested 100,000 deep', () => {
  it('HSDS: lists in lists are reported where the nesting gets too deep', () => {
    const json = JSON.parse(nested('{"id":"s","status":"active"}')) as unknown;
    const result = importHsds([{ name: 'deep.json', json }], context);
    expect(result.feed).toBeUndefined();
    expect(result.problems).toContainEqual(expect.objectContaining({
      file: 'deep.json', reason: 'lists or pages nested more than 32 deep; this part was not read',
    }));
  });

  it('HSDS: pages in pages likewise', () => {
    const json = JSON.parse(nested('[]', '{"total_items":1,"contents":[', ']}')) as unknown;
    expect(() => importHsds([{ name: 'pages.json', json }], context)).not.toThrow();
    expect(detectFeedFormat(json)).toBe('hsds');
  });

  it('OpenActive: a deep @context is no reason to fail', () => {
    const json = JSON.parse(`{"items":[{"state":"updated","kind":"SessionSeries","id":"1","modified":1,"data":{"@context":${nested('"x"')},"type":"SessionSeries","id":"https://example.org/1"}}]}`) as unknown;
    expect(detectFeedFormat(json)).toBe('openactive');
    expect(() => importOpenActive([{ name: 'page.json', json }], context)).not.toThrow();
  });

  it('a boundary file with coordinates in RD nested too deep leaves that feature out', () => {
    const json = JSON.parse(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"buurtcode":"BU00340101"},"geometry":{"type":"Polygon","coordinates":${nested('[150000,480000]')}}}]}`) as unknown;
    const read = readBuurten(json, 'buurten.geojson');
    expect(read.features).toHaveLength(0);
    expect(read.problems[0]).toMatchObject({ path: 'features[0]', id: 'BU00340101', reason: expect.stringContaining('feature left out') });
  });

  it('a feed whose "format" is nested deep is refused with a short message', () => {
    const feed = JSON.parse(goodFeedText().replace('"kinderwerk-feed"', nested('1'))) as unknown;
    expect(validateFeed(feed)).toEqual({
      ok: false,
      failure: { code: 'unknown-format', message: 'This is not a kinderwerk feed: "format" is a list, expected "kinderwerk-feed".' },
    });
  });

  it('fetchFeed answers a deep HSDS page with a failure, not an exception', async () => {
    server = await startTestServer();
    server.route('/api/services', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"total_items":1,"total_pages":1,"page_number":1,"contents":${nested('{"id":"s","status":"active"}')}}`);
    });
    const result = await fetchFeed(`${server.origin}/api/services`, {
      retries: 0,
      convert: { buurtenUrl: `${server.origin}/buurten.geojson`, municipalityCode: 'GM0034' },
    });
    expect(result.status).toBe('failed');
  });
});
