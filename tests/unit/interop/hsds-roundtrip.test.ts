import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KinderwerkData } from '../../../lib/feed/model';
import { validateFeed } from '../../../lib/feed/validate';
import { exportHsds } from '../../../lib/interop/hsds-export';
import { importHsds } from '../../../lib/interop/hsds-import';
import { formatProblem } from '../../../lib/interop/import-problem';
import { nameUuid } from '../../../lib/interop/name-uuid';

const fixtures = 'tests/fixtures/interop';
const buurten = JSON.parse(readFileSync(`${fixtures}/buurten.geojson`, 'utf8'));

/** HSDS groups records differently (contacts under organizations and services), so order is not kept; content is. */
const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const recordsOf = (data: KinderwerkData) => ({
  meta: data.meta,
  organizations: byId(data.organizations),
  locations: byId(data.locations),
  activities: byId(data.activities),
  huiskamers: byId(data.huiskamers),
  contacts: byId(data.contacts),
  stories: byId(data.stories),
});

function validated(json: unknown): KinderwerkData {
  const result = validateFeed(json);
  if (!result.ok) throw new Error(result.failure.message);
  return result.data;
}

/** What a sociale-kaart system would receive: the files as JSON text, read back. */
function exportedDocuments(data: KinderwerkData) {
  const { files, problems } = exportHsds(data);
  expect(problems.map(formatProblem)).toEqual([]);
  return Object.entries(files).map(([name, content]) => ({ name, json: JSON.parse(JSON.stringify(content)) }));
}

describe('HSDS round trip: feed:export, then feed:import', () => {
  const original = validated(JSON.parse(readFileSync(`${fixtures}/roundtrip-feed.json`, 'utf8')));
  const documents = exportedDocuments(original);
  const result = importHsds(documents, { buurten, now: new Date(original.meta.generatedAt) });
  const back = validated(result.feed);

  it('imports its own export without a single problem', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('keeps every field of every record, huiskamers included', () => {
    const [got, want] = [recordsOf(back), recordsOf(original)];
    expect(got.organizations).toEqual(want.organizations);
    expect(got.locations).toEqual(want.locations);
    expect(got.activities).toEqual(want.activities);
    expect(got.huiskamers).toEqual(want.huiskamers);
    expect(got.contacts).toEqual(want.contacts);
  });

  it('keeps the metadata: municipality, publisher, licence, credit line, example flag and language', () => {
    expect(back.meta).toEqual(original.meta);
  });

  it('never exports a contact who did not consent', () => {
    expect(JSON.stringify(documents)).not.toContain('Geheim Persoon');
    expect(JSON.stringify(documents)).not.toContain('06 99999999');
  });

  it('round-trips the demo feeds of Almere and Tilburg unchanged, with aims, partners, reach, staffing and stories', () => {
    for (const name of ['almere', 'tilburg']) {
      const feed = JSON.parse(readFileSync(`public/feeds/${name}.json`, 'utf8'));
      if (feed.neighbourhoods.buurten.url) {
        feed.neighbourhoods = { buurten: JSON.parse(readFileSync(`public/feeds/${feed.neighbourhoods.buurten.url}`, 'utf8')) };
      }
      const data = validated(feed);
      const again = importHsds(exportedDocuments(data), { buurten: feed.neighbourhoods.buurten, now: new Date(data.meta.generatedAt) });
      expect(again.problems.map(formatProblem)).toEqual([]);
      const imported = validated(again.feed);
      expect(recordsOf(imported)).toEqual(recordsOf(data));
      expect(imported.stories.length).toBeGreaterThan(0);
      expect(imported.activities.filter((a) => a.partners && a.reach).length).toBeGreaterThan(0);
      expect(imported.organizations.filter((o) => o.staffing).length).toBeGreaterThan(0);
    }
  });
});

describe('the HSDS files feed:export writes', () => {
  const { files } = exportHsds(validated(JSON.parse(readFileSync(`${fixtures}/roundtrip-feed.json`, 'utf8'))));

  it('are API pages with fully nested services, in HSDS 3.0 field names', () => {
    const services = files['services.json'];
    expect(services).toMatchObject({ total_items: 5, total_pages: 1, page_number: 1, first_page: true, last_page: true, empty: false });
    const camp = services.contents[0];
    expect(camp).toMatchObject({
      id: nameUuid('activity/zomerkamp'), name: 'Zomerkamp', status: 'active', organization_id: nameUuid('organization/de-schoor'), minimum_age: 6, maximum_age: 12,
      assured_date: '2026-11-02', url: 'https://deschoor.example.org/kamp', email: 'kamp@deschoor.example.org',
      application_process: 'Opgeven via de website of bel Samira.',
      cost_options: [{ currency: 'EUR', amount: 12.5, amount_description: 'hele week, met U-pas gratis' }],
      schedules: [
        { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '10:00', closes_at: '15:00', valid_from: '2027-07-19', valid_to: '2027-07-24', schedule_link: 'https://deschoor.example.org/zomerkamp' },
        { freq: 'WEEKLY', byday: 'SA', opens_at: '10:00', closes_at: '12:00' },
      ],
      service_at_locations: [{ location_id: nameUuid('location/de-schakel'), location: { id: nameUuid('location/de-schakel'), latitude: 52.335, longitude: 5.21, external_identifier: 'BU00340101' } }],
      service_areas: [{ name: 'Centrum Almere Haven (BU00340101)', uri: 'urn:cbs:buurt:BU00340101' }, { uri: 'urn:cbs:buurt:BU00340102' }],
    });
    expect(files['locations.json'].contents[0]).toMatchObject({
      addresses: [{ address_1: 'Havenstraat 12a', postal_code: '1353 AA', city: 'Almere', country: 'NL', address_type: 'physical' }],
    });
    expect(files['index.json']).toMatchObject({ version: 'HSDS 3.0', publisher: { name: 'Gemeente Almere', website: 'https://almere.example.org' } });
  });

  it('warns about a contact HSDS has no place for', () => {
    const feed = JSON.parse(readFileSync(`${fixtures}/roundtrip-feed.json`, 'utf8'));
    feed.contacts.push({ id: 'los', lastVerified: '2026-10-01', name: 'Losse Kinderwerker', role: 'kinderwerker', buurtCodes: ['BU00340101'], publicationConsent: true });
    expect(exportHsds(validated(feed)).problems.map(formatProblem)).toEqual([
      'warning contacts[2] (id los): HSDS keeps contacts under an organization or a service; this contact has neither (give it an organizationId), so it was not exported',
    ]);
  });
});
