import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KinderwerkData } from '../../../lib/feed/model';
import { validateFeed } from '../../../lib/feed/validate';
import { exportHsds, type HsdsExport } from '../../../lib/interop/hsds-export';
import { DNS_NAMESPACE, nameUuid } from '../../../lib/interop/name-uuid';
import { checkSchema } from './hsds-schema-check';

const official = 'tests/fixtures/interop/hsds-official';
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const root = readJson(`${official}/service_with_definitions.json`) as Record<string, unknown>;
const definitions = root.definitions as Record<string, Record<string, unknown>>;

function feedOf(name: string): KinderwerkData {
  const feed = readJson(`public/feeds/${name}.json`) as { neighbourhoods: { buurten: { url?: string } | unknown } };
  const linked = (feed.neighbourhoods.buurten as { url?: string }).url;
  if (linked) feed.neighbourhoods = { buurten: readJson(`public/feeds/${linked}`) };
  const result = validateFeed(feed);
  if (!result.ok) throw new Error(result.failure.message);
  return result.data;
}

/** Every record of every exported file against its official schema: services, organizations, locations. */
function violationsOf(files: HsdsExport['files']): string[] {
  const check = (file: keyof HsdsExport['files'], schema: Record<string, unknown>) =>
    JSON.parse(JSON.stringify((files[file] as { contents: unknown[] }).contents)).flatMap((record: unknown, i: number) =>
      checkSchema(root, schema, record, `${file} contents[${i}]`));
  return [...check('services.json', root), ...check('organizations.json', definitions.organization), ...check('locations.json', definitions.location)];
}

describe('feed:export hsds against the official HSDS 3.0 schemas', () => {
  it('finds nothing in the specification\'s own examples (so the checker is sound)', () => {
    expect(checkSchema(root, root, readJson(`${official}/example-service_full.json`), 'service_full')).toEqual([]);
    expect(checkSchema(root, definitions.organization, readJson(`${official}/example-organization_full.json`), 'organization_full')).toEqual([]);
    expect(checkSchema(root, definitions.location, readJson(`${official}/example-location.json`), 'location')).toEqual([]);
    expect(checkSchema(root, definitions.service_at_location, readJson(`${official}/example-service_at_location_full.json`), 'sal')).toEqual([]);
  });

  it('finds a readable id where HSDS wants a uuid', () => {
    expect(checkSchema(root, definitions.location, { id: 'de-schakel', location_type: 'physical' }, 'location')).toEqual([
      'location.id: "de-schakel" is not a uuid',
    ]);
  });

  it.each(['almere', 'tilburg'])('exports the %s demo feed with 0 violations', (name) => {
    expect(violationsOf(exportHsds(feedOf(name)).files)).toEqual([]);
  });

  it('gives every record the same UUID on every export, and keeps our own id as an attribute', () => {
    const data = feedOf('almere');
    const [first, again] = [exportHsds(data).files, exportHsds(data).files];
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    const service = first['services.json'].contents[0];
    expect(service.id).toBe(nameUuid(`activity/${data.activities[0].id}`));
    expect(service.attributes).toContainEqual(expect.objectContaining({ link_type: 'kinderwerkkaart:feed-id', value: data.activities[0].id }));
  });

  it('exports the round-trip feed, which uses every field, with 0 violations', () => {
    const result = validateFeed(readJson('tests/fixtures/interop/roundtrip-feed.json'));
    if (!result.ok) throw new Error(result.failure.message);
    expect(violationsOf(exportHsds(result.data).files)).toEqual([]);
  });

  it('says the price once in fees_description, also when the note already names it', () => {
    const fees = exportHsds(feedOf('almere')).files['services.json'].contents.map((service) => String(service.fees_description));
    expect(fees.filter((text) => /^(Gratis Gratis|€ [\d,]+ €)/.test(text))).toEqual([]);
    expect(fees).toContain('€ 1,- per keer');
  });

  it('makes UUIDs the standard version-5 way', () => {
    expect(nameUuid('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});
