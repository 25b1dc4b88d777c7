import { describe, expect, it } from 'vitest';
import { validateFeed } from '../../../lib/feed/validate';
import { goodFeed } from '../../fixtures/feeds/good-feed';

function failureOf(raw: unknown) {
  const result = validateFeed(raw);
  if (result.ok) throw new Error('expected the feed to be unusable');
  return result.failure;
}

describe('validateFeed: failures that make the whole feed unusable', () => {
  it('refuses something that is not a JSON object', () => {
    for (const raw of [null, [], 'kinderwerk', 42]) {
      expect(failureOf(raw).code).toBe('invalid-structure');
    }
    expect(failureOf([]).message).toMatch(/must be a JSON object/);
  });

  it('refuses a file of another format, naming the format it expects', () => {
    const failure = failureOf({ ...goodFeed(), format: 'openactive' });
    expect(failure.code).toBe('unknown-format');
    expect(failure.message).toContain('"openactive"');
    expect(failure.message).toContain('"kinderwerk-feed"');
    const { format: _format, ...withoutFormat } = goodFeed();
    expect(failureOf(withoutFormat).code).toBe('unknown-format');
  });

  it('refuses an unknown version and says which versions it reads', () => {
    const failure = failureOf({ ...goodFeed(), version: 2 });
    expect(failure.code).toBe('unknown-version');
    expect(failure.message).toMatch(/version 2 is not supported.*version 1/);
    expect(failureOf({ ...goodFeed(), version: '1' }).code).toBe('unknown-version');
  });

  it('names the meta field that is wrong', () => {
    const feed = goodFeed();
    feed.meta.municipality.code = 'Almere';
    const failure = failureOf(feed);
    expect(failure.code).toBe('invalid-structure');
    expect(failure.message).toBe('meta.municipality.code: a CBS municipality code looks like GM0034.');
    expect(failureOf({ ...goodFeed(), meta: undefined }).message).toMatch(/^meta: missing/);
  });

  it('needs the neighbourhoods, inline', () => {
    expect(failureOf({ ...goodFeed(), neighbourhoods: undefined }).message).toMatch(/"neighbourhoods" is missing/);
    const linked = { ...goodFeed(), neighbourhoods: { buurten: { url: 'buurten.geojson' } } };
    const failure = failureOf(linked);
    expect(failure.code).toBe('invalid-structure');
    expect(failure.message).toMatch(/neighbourhoods\.buurten is still a link to "buurten\.geojson"/);
    const notACollection = { ...goodFeed(), neighbourhoods: { buurten: [] } };
    expect(failureOf(notACollection).message).toMatch(/neighbourhoods\.buurten must be a GeoJSON FeatureCollection/);
    const badWijken = { ...goodFeed(), neighbourhoods: { ...goodFeed().neighbourhoods, wijken: { type: 'Feature' } } };
    expect(failureOf(badWijken).message).toMatch(/^neighbourhoods\.wijken must be/);
  });
});
