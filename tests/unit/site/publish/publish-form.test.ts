import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sortChosenFiles } from '../../../../lib/site/publish/chosen-files';
import { publishRequest, type PublishForm } from '../../../../lib/site/publish/publish-form';
import { sameSiteAddress } from '../../../../lib/site/publish/same-site';

const file = (name: string, path = `public/templates/${name}`) => ({ name, bytes: new Uint8Array(readFileSync(path)) });
const buurten = { name: 'buurten.geojson', json: { type: 'FeatureCollection', features: [] } };
const form = (patch: Partial<PublishForm> = {}): PublishForm => ({
  mode: 'files', address: '', standard: 'hsds', municipalityCode: '', municipalityName: '', publisher: '', license: '', boundaries: {}, ...patch,
});

describe('publishRequest', () => {
  it('asks for files first, and names the field that is not right', () => {
    expect(publishRequest(form())).toEqual({ ok: false, field: 'files' });
    expect(publishRequest(form({ mode: 'address', address: 'services' }))).toEqual({ ok: false, field: 'address' });
    const files = sortChosenFiles([file('activiteiten.csv')]);
    expect(publishRequest(form({ files, municipalityCode: 'Almere' }))).toEqual({ ok: false, field: 'municipalityCode' });
  });

  it('builds spreadsheets with the typed code and the boundaries chosen among the files', () => {
    const files = sortChosenFiles([file('activiteiten.csv'), file('grenzen.geojson', 'data/boundaries/almere-buurten.geojson')]);
    const checked = publishRequest(form({ files, municipalityCode: '0034', publisher: ' Gemeente Almere ' }));
    if (!checked.ok) throw new Error('expected a request');
    expect(checked.request.source).toMatchObject({ kind: 'spreadsheets', files: [{ name: 'activiteiten.csv' }] });
    expect(checked.request.context).toMatchObject({ municipality: { code: 'GM0034' }, buurtenFile: 'grenzen.geojson', publisher: { name: 'Gemeente Almere' } });
  });

  it('credits PDOK\'s boundaries in the feed and prefers them to a file among the data', () => {
    const files = sortChosenFiles([file('activiteiten.csv'), file('grenzen.geojson', 'data/boundaries/almere-buurten.geojson')]);
    const pdok = { buurten: { ...buurten, name: 'PDOK 2023' }, pdok: { year: 2023, attribution: 'Kadaster / Centraal Bureau voor de Statistiek, 2023' } };
    const checked = publishRequest(form({ files, boundaries: pdok }));
    expect(checked.ok && checked.request.context).toMatchObject({ buurtenFile: 'PDOK 2023', boundaryAttribution: 'Kadaster / Centraal Bureau voor de Statistiek, 2023' });
  });

  it('reports a file that could not be read even when it was the only one', () => {
    const checked = publishRequest(form({ files: sortChosenFiles([{ name: 'kinderwerk.xlsx', bytes: new Uint8Array([0x50, 0x4b]) }]) }));
    expect(checked.ok && checked.request.problems).toEqual([expect.objectContaining({ file: 'kinderwerk.xlsx', severity: 'error' })]);
  });
});

describe('sameSiteAddress', () => {
  it('takes addresses on the page\'s own site only', () => {
    const page = 'https://kaart.example.nl/site/publish.html?pdok=x';
    expect(sameSiteAddress('/pdok', page)).toBe('https://kaart.example.nl/pdok');
    expect(sameSiteAddress('https://elders.example/pdok', page)).toBeUndefined();
    expect(sameSiteAddress('javascript:alert(1)', page)).toBeUndefined();
    expect(sameSiteAddress(null, page)).toBeUndefined();
  });
});
