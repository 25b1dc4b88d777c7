import { describe, expect, it } from 'vitest';
import { validateFeed } from '../../../lib/feed/validate';
import type { ValidationResult } from '../../../lib/feed/model';
import { goodFeed, POINTS } from '../../fixtures/feeds/good-feed';

type Usable = Extract<ValidationResult, { ok: true }>;

function usable(raw: unknown): Usable {
  const result = validateFeed(raw);
  if (!result.ok) throw new Error(`expected a usable feed, got ${result.failure.message}`);
  return result;
}

describe('validateFeed: references between records', () => {
  it('drops an activity whose location does not exist', () => {
    const feed = goodFeed();
    feed.activities[0].locationId = 'loc-nergens';
    const { data, problems, counts } = usable(feed);
    expect(problems).toEqual([
      {
        path: 'activities[0].locationId',
        id: 'act-voetbal',
        kind: 'activities',
        severity: 'error',
        reason: expect.stringContaining('locationId "loc-nergens" matches no location'),
      },
    ]);
    expect(data.activities.map((a) => a.id)).not.toContain('act-voetbal');
    expect(counts.activities).toEqual({ kept: 2, dropped: 1 });
  });

  it('drops what happens at a location that was itself left out', () => {
    const feed = goodFeed();
    feed.locations[0].latitude = 152.375;
    const { data, problems } = usable(feed);
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['locations[0].latitude', 'error'],
      ['activities[0].locationId', 'error'],
      ['huiskamers[0].locationId', 'error'],
    ]);
    expect(data.huiskamers).toEqual([]);
  });

  it('keeps a record with an unknown organization and ignores that link', () => {
    const feed = goodFeed();
    feed.activities[0].organizationId = 'org-onbekend';
    const { data, problems } = usable(feed);
    expect(problems).toMatchObject([
      { path: 'activities[0].organizationId', id: 'act-voetbal', severity: 'warning', reason: expect.stringContaining('org-onbekend') },
    ]);
    expect(data.activities[0]).not.toHaveProperty('organizationId');
  });

  it('removes unknown contacts and buurten from lists, with a warning for each', () => {
    const feed = goodFeed();
    feed.huiskamers[0].contactIds = ['c-anna', 'c-nobody'];
    feed.activities[2].servesBuurten = ['BU00340202', 'BU00349999'];
    feed.contacts[0].buurtCodes = ['BU00341111', 'BU00340202'];
    const { data, problems, counts } = usable(feed);
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['activities[2].servesBuurten[1]', 'warning'],
      ['huiskamers[0].contactIds[1]', 'warning'],
      ['contacts[0].buurtCodes[0]', 'warning'],
    ]);
    expect(data.huiskamers[0].contactIds).toEqual(['c-anna']);
    expect(data.activities[2].servesBuurten).toEqual(['BU00340202']);
    expect(data.contacts[0].buurtCodes).toEqual(['BU00340202']);
    expect(counts.activities.dropped).toBe(0);
  });

  it('keeps the visits of a play bus only in buurten it serves, with a warning for the others', () => {
    const feed = goodFeed();
    feed.activities[2].servesBuurten = ['BU00340202'];
    feed.activities[2].visits = [{ buurtCode: 'BU00340202', byDay: ['TU'] }, { buurtCode: 'BU00340203', byDay: ['WE'] }];
    const { data, problems } = usable(feed);
    expect(problems.map((p) => [p.path, p.severity])).toEqual([['activities[2].visits[1].buurtCode', 'warning']]);
    expect(data.activities[2].visits).toEqual([{ buurtCode: 'BU00340202', byDay: ['TU'] }]);
  });

  it('drops a mobile activity when none of the buurten it serves is in the feed', () => {
    const feed = goodFeed();
    feed.activities[2].servesBuurten = ['BU00349999'];
    const { data, problems } = usable(feed);
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['activities[2].servesBuurten[0]', 'warning'],
      ['activities[2].servesBuurten', 'error'],
    ]);
    expect(data.activities.map((a) => a.id)).not.toContain('act-speelbus');
  });
});

describe('validateFeed: where locations are', () => {
  it('derives the buurt of a location from its coordinates', () => {
    const { data, problems } = usable(goodFeed());
    expect(problems).toEqual([]);
    expect(data.locations.find((l) => l.id === 'loc-school')?.buurtCode).toBe('BU00340203');
  });

  it('replaces a buurt code the feed does not have by the buurt of the coordinates', () => {
    const feed = goodFeed();
    feed.locations[0].buurtCode = 'BU00349999';
    const { data, problems } = usable(feed);
    expect(problems).toMatchObject([
      { path: 'locations[0].buurtCode', id: 'loc-buurthuis', severity: 'warning', reason: expect.stringContaining('BU00340202') },
    ]);
    expect(data.locations[0].buurtCode).toBe('BU00340202');
  });

  it('keeps a location outside every buurt, with a warning', () => {
    const feed = goodFeed();
    Object.assign(feed.locations[1], POINTS.elsewhereInAlmere);
    const { data, problems } = usable(feed);
    expect(problems).toEqual([
      {
        path: 'locations[1]',
        id: 'loc-school',
        kind: 'locations',
        severity: 'warning',
        reason: expect.stringContaining('coordinates lie outside every buurt of the feed'),
      },
    ]);
    expect(data.locations[1]).not.toHaveProperty('buurtCode');
    expect(data.activities.map((a) => a.id)).toContain('act-knutsel');
  });

  it('drops a location with swapped coordinates and says so', () => {
    const feed = goodFeed();
    Object.assign(feed.locations[1], { latitude: 5.215, longitude: 52.375 });
    const { problems, counts } = usable(feed);
    expect(problems[0]).toMatchObject({ path: 'locations[1].latitude', severity: 'error', reason: expect.stringContaining('swapped') });
    expect(counts.locations).toEqual({ kept: 1, dropped: 1 });
  });

  it('drops a location outside the Netherlands', () => {
    const feed = goodFeed();
    Object.assign(feed.locations[1], { latitude: 40.4168, longitude: -3.7038 });
    const { problems } = usable(feed);
    expect(problems[0]).toMatchObject({
      path: 'locations[1].latitude',
      severity: 'error',
      reason: expect.stringContaining('outside the Netherlands'),
    });
  });

  it('drops a location with an impossible latitude', () => {
    const feed = goodFeed();
    feed.locations[1].latitude = 95;
    const { problems } = usable(feed);
    expect(problems[0]).toMatchObject({ path: 'locations[1].latitude', reason: 'must be at most 90, not 95' });
  });
});
