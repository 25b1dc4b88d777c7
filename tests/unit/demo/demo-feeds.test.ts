/**
 * The demo feeds in public/feeds/ are what a first-time visitor and every e2e test
 * sees, so they must be clean, show the cases the product is about (a full
 * huiskamer with a waiting list, a play bus, a person who did not consent) and be
 * exactly what `npm run feed:demo` writes today.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDemoFeed, validDemo, FEEDS_DIR } from '../../helpers/demo-feed';

const readText = (url: URL) => readFileSync(fileURLToPath(url), 'utf8');
import type { KinderwerkData } from '../../../lib/feed/model';
import { findBuurtCode } from '../../../lib/geo/buurt-of-point';
import { buildDemoFiles } from '../../../scripts/demo/build';

/** Buurt codes where a record is offered: its location's buurt, or the buurten it visits. */
function buurtenServed(data: KinderwerkData, record: { locationId?: string; servesBuurten?: string[] }): string[] {
  const location = data.locations.find((l) => l.id === record.locationId);
  return [...(location?.buurtCode ? [location.buurtCode] : []), ...(record.servesBuurten ?? [])];
}

describe.each(['almere.json', 'tilburg.json'])('demo feed %s', (name) => {
  it('validates without a single problem and loses no record', () => {
    const result = validDemo(name);
    expect(result.problems).toEqual([]);
    for (const count of Object.values(result.counts)) {
      if (typeof count === 'object') expect(count.dropped).toBe(0);
    }
  });

  it('says it is example data and credits the boundaries', () => {
    const { meta } = validDemo(name).data;
    expect(meta.example).toBe(true);
    expect(meta.publisher.name).toMatch(/^Voorbeeld: .*\(fictief\)$/);
    expect(meta.boundaryAttribution).toBe('Kadaster / Centraal Bureau voor de Statistiek, 2015');
  });

  it('shows every field for the municipality\'s figures (feed v1.1) with realistic values', () => {
    const { data, counts } = validDemo(name);
    const counted = data.buurten.filter((b) => b.properties.children !== null && b.properties.children !== undefined);
    for (const buurt of counted) {
      expect(buurt.properties.childrenAges).toEqual({ min: 0, max: 14 });
      expect(buurt.properties.childrenSource).toEqual({ name: 'CBS Kerncijfers wijken en buurten', year: 2015 });
    }
    const offers = [...data.activities, ...data.huiskamers];
    expect(offers.filter((o) => o.aims?.length).length / offers.length).toBeGreaterThan(0.5);
    expect(offers.filter((o) => o.partners?.length).length / offers.length).toBeGreaterThan(0.5);
    const reached = offers.filter((o) => o.reach);
    expect(reached.length).toBeGreaterThan(2);
    expect(reached.some((o) => (o.reach?.children ?? 0) > 0 && (o.reach?.children ?? 0) < 5)).toBe(true);
    expect(data.organizations.some((o) => o.staffing?.length)).toBe(true);
    expect(data.stories.length).toBeGreaterThan(1);
    expect(counts.stories.dropped).toBe(0);
  });

  it('puts every location in the buurt its coordinates lie in', () => {
    const { data } = validDemo(name);
    for (const location of data.locations) {
      expect(findBuurtCode(location.latitude, location.longitude, data.buurten), location.id).toBe(location.buurtCode);
    }
  });
});

describe('the Almere demo', () => {
  const { data, counts } = validDemo('almere.json');

  it('links its buurten and wijken as separate GeoJSON files next to the feed', () => {
    const raw = JSON.parse(readText(new URL('almere.json', FEEDS_DIR))) as { neighbourhoods: unknown };
    expect(raw.neighbourhoods).toEqual({ buurten: { url: 'almere-buurten.geojson' }, wijken: { url: 'almere-wijken.geojson' } });
    expect(data.buurten).toHaveLength(66);
    expect(data.wijken).toHaveLength(6);
  });

  it('has a big huiskamer that is full, with children on the waiting list', () => {
    const big = data.huiskamers.find((h) => h.placesPerDay === 70);
    expect(big).toMatchObject({ enrolled: 140, waitingList: { count: 23 } });
    expect(data.huiskamers.length).toBeGreaterThanOrEqual(4);
  });

  it('has a play bus without a building that visits several buurten', () => {
    const buses = data.activities.filter((a) => a.locationId === undefined);
    expect(buses.length).toBeGreaterThan(0);
    const buurtCodes = new Set(data.buurten.map((b) => b.properties.code));
    for (const bus of buses) {
      expect(bus.servesBuurten?.length).toBeGreaterThanOrEqual(4);
      for (const code of bus.servesBuurten ?? []) expect(buurtCodes.has(code)).toBe(true);
    }
  });

  it('never shows the kinderwerker who did not consent, not even through an activity', () => {
    const raw = readDemoFeed('almere.json') as { contacts: { id: string; publicationConsent: boolean }[] };
    const hidden = raw.contacts.filter((c) => !c.publicationConsent).map((c) => c.id);
    expect(hidden).toHaveLength(1);
    expect(counts.contactsWithoutConsent).toBe(1);
    expect(data.contacts.map((c) => c.id)).not.toContain(hidden[0]);
    const linkedIds = [...data.activities, ...data.huiskamers].flatMap((r) => r.contactIds ?? []);
    expect(linkedIds).not.toContain(hidden[0]);
  });

  it('offers kinderwerk in every wijk of Almere', () => {
    const wijkOfBuurt = new Map(data.buurten.map((b) => [b.properties.code, b.properties.wijkCode]));
    const served = new Set(
      [...data.activities, ...data.huiskamers].flatMap((r) => buurtenServed(data, r)).map((code) => wijkOfBuurt.get(code)),
    );
    for (const wijk of data.wijken) expect(served, wijk.properties.name).toContain(wijk.properties.code);
  });

  it('never shows the story that was not published with consent', () => {
    const raw = readDemoFeed('almere.json') as { stories: { id: string; publicationConsent: boolean }[] };
    const hidden = raw.stories.filter((s) => !s.publicationConsent).map((s) => s.id);
    expect(hidden).toHaveLength(1);
    expect(counts.storiesWithoutConsent).toBe(1);
    expect(data.stories.map((s) => s.id)).not.toContain(hidden[0]);
  });

  it('has holiday programmes in the Christmas and spring holidays', () => {
    const holidays = data.activities.filter((a) => a.programme === 'holiday').map((a) => a.dateRange?.startDate);
    expect(holidays).toContain('2026-12-21');
    expect(holidays.some((date) => date?.startsWith('2027-02'))).toBe(true);
  });
});

describe('npm run feed:demo', () => {
  it('has written exactly what the generator makes today', () => {
    for (const file of buildDemoFiles()) {
      expect(readText(new URL(file.name, FEEDS_DIR)), `public/feeds/${file.name} is out of date: run npm run feed:demo`)
        .toBe(file.text);
    }
  });
});
