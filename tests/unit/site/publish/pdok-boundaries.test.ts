import { describe, expect, it } from 'vitest';
import { readBuurten } from '../../../../lib/interop/neighbourhood-source';
import { fetchPdokBoundaries, fromPdokFeatures, pdokFeaturesUrl } from '../../../../lib/site/publish/pdok-boundaries';

const square = { type: 'Polygon', coordinates: [[[5.2, 52.33], [5.22, 52.33], [5.22, 52.34], [5.2, 52.34], [5.2, 52.33]]] };
const pdokBuurt = (buurtcode: string, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: square,
  properties: { buurtcode, buurtnaam: `Buurt ${buurtcode}`, wijkcode: `WK${buurtcode.slice(2, 8)}`, gemeentecode: 'GM0034', gemeentenaam: 'Almere', water: 'NEE', aantal_inwoners: 1200, percentage_personen_0_tot_15_jaar: 20, ...extra },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('PDOK Wijk- en buurtkaart', () => {
  it('asks the WFS for one layer of one municipality, in WGS84 GeoJSON', () => {
    const url = new URL(pdokFeaturesUrl('https://service.pdok.nl/cbs/wijkenbuurten/', 2023, 'buurten', 'GM0034'));
    expect(url.origin + url.pathname).toBe('https://service.pdok.nl/cbs/wijkenbuurten/2023/wfs/v1_0');
    expect(url.searchParams.get('typeNames')).toBe('wijkenbuurten:buurten');
    expect(url.searchParams.get('srsName')).toBe('EPSG:4326');
    expect(url.searchParams.get('outputFormat')).toBe('json');
    expect(url.searchParams.get('filter')).toContain('<fes:Literal>GM0034</fes:Literal>');
  });

  it('gives buurten the boundary reader takes as they are, without water and secret figures', () => {
    const geojson = fromPdokFeatures(collection(pdokBuurt('BU00340101'), pdokBuurt('BU00340199', { water: 'JA' }), pdokBuurt('BU00340102', { aantal_inwoners: -99997 })), 2023);
    const read = readBuurten(geojson, 'PDOK', 'GM0034');
    expect(read.problems).toEqual([]);
    expect(read.facts).toEqual({ municipalityName: 'Almere', year: 2023 });
    expect(read.features.map((f) => f.properties)).toEqual([
      { code: 'BU00340101', wijkCode: 'WK003401', name: 'Buurt BU00340101', children: 240 },
      { code: 'BU00340102', wijkCode: 'WK003401', name: 'Buurt BU00340102' },
    ]);
  });

  it('still reads a copy of the service that names its codes as CBS does (statcode)', () => {
    const geojson = fromPdokFeatures(collection({ type: 'Feature', geometry: square, properties: { statcode: 'BU00340101', statnaam: 'Haven' } }), 2023);
    expect(readBuurten(geojson, 'PDOK', 'GM0034').features.map((f) => [f.properties.code, f.properties.name])).toEqual([['BU00340101', 'Haven']]);
  });

  it('fetches buurten and wijken and names the year and the attribution', async () => {
    const asked: string[] = [];
    const fake = (async (input: RequestInfo | URL) => {
      const url = String(input);
      asked.push(new URL(url).searchParams.get('typeNames') ?? '');
      const body = url.includes('buurten')
        ? collection(pdokBuurt('BU00340101'))
        : collection({ type: 'Feature', geometry: square, properties: { wijkcode: 'WK003401', wijknaam: 'Haven', gemeentenaam: 'Almere' } });
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const fetched = await fetchPdokBoundaries('GM0034', { year: 2022, base: 'http://127.0.0.1:1/pdok', fetch: fake });
    expect(asked.sort()).toEqual(['wijkenbuurten:buurten', 'wijkenbuurten:wijken']);
    expect(fetched).toMatchObject({ ok: true, year: 2022, attribution: 'Kadaster / Centraal Bureau voor de Statistiek, 2022', municipalityName: 'Almere', buurtCount: 1 });
  });

  it('tells a failed request from an empty answer', async () => {
    const failing = (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch;
    expect(await fetchPdokBoundaries('GM0034', { fetch: failing })).toEqual({ ok: false, reason: 'network' });
    const empty = (async () => new Response(JSON.stringify(collection()))) as typeof fetch;
    expect(await fetchPdokBoundaries('GM9999', { fetch: empty })).toEqual({ ok: false, reason: 'empty' });
    const missing = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    expect(await fetchPdokBoundaries('GM0034', { fetch: missing })).toEqual({ ok: false, reason: 'http', status: 404 });
  });
});
