import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookupPostcode, lookupPostcodeArea } from '../../../lib/lookup/postcode';
import { startTestServer, type TestServer } from '../../helpers/server';

describe('postcode lookup (PDOK Locatieserver stand-in)', () => {
  let server: TestServer;
  let endpoint: string;
  beforeEach(async () => {
    server = await startTestServer();
    endpoint = server.origin + '/locatieserver/free';
  });
  afterEach(() => server.close());

  it('does not ask PDOK about text that is no postcode', async () => {
    expect(await lookupPostcode('Filmwijk', { endpoint })).toEqual({ status: 'not-found' });
    expect(server.requests).toEqual([]);
  });

  it('turns a postcode into the point PDOK returns, asking only for that postcode', async () => {
    let asked = '';
    server.route('/locatieserver/free', (req, res) => {
      asked = req.url ?? '';
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ response: { numFound: 1, docs: [{ centroide_ll: 'POINT(5.21 52.37)' }] } }));
    });
    const hit = await lookupPostcode('1315 ab', { endpoint });
    expect(hit).toEqual({ status: 'found', lat: 52.37, lon: 5.21 });
    expect(new URL(asked, server.origin).searchParams.get('q')).toBe('1315AB');
  });

  it('says not found when PDOK knows no such postcode', async () => {
    server.route('/locatieserver/free', (_req, res) => {
      res.end(JSON.stringify({ response: { numFound: 0, docs: [] } }));
    });
    expect(await lookupPostcode('9999 ZZ', { endpoint })).toEqual({ status: 'not-found' });
  });

  it('says unavailable when the service fails or cannot be reached', async () => {
    server.route('/locatieserver/free', (_req, res) => {
      res.statusCode = 503;
      res.end('busy');
    });
    expect(await lookupPostcode('1315AB', { endpoint })).toEqual({ status: 'unavailable', reason: 'HTTP 503' });
    const closed = server.origin;
    await server.close();
    server = await startTestServer();
    const offline = await lookupPostcode('1315AB', { endpoint: closed + '/free' });
    expect(offline.status).toBe('unavailable');
  });

  it('gives up after the timeout instead of hanging', async () => {
    server.route('/locatieserver/free', () => undefined);
    expect(await lookupPostcode('1315AB', { endpoint, timeoutMs: 200 })).toEqual({ status: 'unavailable', reason: 'timeout' });
  });

  it('turns a postcode area (four digits) into the centres of its postcodes', async () => {
    let asked = new URLSearchParams();
    server.route('/locatieserver/free', (req, res) => {
      asked = new URL(req.url ?? '', server.origin).searchParams;
      res.end(JSON.stringify({ response: { docs: [{ centroide_ll: 'POINT(5.21 52.37)' }, { centroide_ll: 'POINT(5.22 52.38)' }, { centroide_ll: 'nonsense' }] } }));
    });
    expect(await lookupPostcodeArea(' 1325 ', { endpoint })).toEqual({ status: 'found', points: [{ lat: 52.37, lon: 5.21 }, { lat: 52.38, lon: 5.22 }] });
    expect(asked.getAll('fq')).toEqual(['type:postcode', 'postcode:1325*']);
    expect(Number(asked.get('rows'))).toBeGreaterThanOrEqual(50);
  });

  it('asks nothing for text that is no postcode area, and says not found for an empty area', async () => {
    expect(await lookupPostcodeArea('0325', { endpoint })).toEqual({ status: 'not-found' });
    expect(await lookupPostcodeArea('1325 AB', { endpoint })).toEqual({ status: 'not-found' });
    expect(server.requests).toEqual([]);
    server.route('/locatieserver/free', (_req, res) => void res.end(JSON.stringify({ response: { docs: [] } })));
    expect(await lookupPostcodeArea('9999', { endpoint })).toEqual({ status: 'not-found' });
  });
});
