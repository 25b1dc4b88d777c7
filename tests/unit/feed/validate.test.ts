import { describe, expect, it } from 'vitest';
import { validateFeed, validateFeedInChunks } from '../../../lib/feed/validate';
import type { ValidationResult } from '../../../lib/feed/model';
import { goodFeed, type JsonObject, type RawFeed } from '../../fixtures/feeds/good-feed';

type Usable = Extract<ValidationResult, { ok: true }>;

function usable(raw: unknown): Usable {
  const result = validateFeed(raw);
  if (!result.ok) throw new Error(`expected a usable feed, got ${result.failure.message}`);
  return result;
}

/** The good feed with `count` copies of its first activity, each with its own id. */
function feedWithActivities(count: number): RawFeed {
  const feed = goodFeed();
  const template = feed.activities[0];
  feed.activities = Array.from({ length: count }, (_, i): JsonObject => ({ ...template, id: `act-${i}` }));
  return feed;
}

describe('validateFeed: lenient, record by record', () => {
  it('keeps everything in a good feed and reports nothing', () => {
    const { data, problems, counts } = usable(goodFeed());
    expect(problems).toEqual([]);
    expect(data.meta.municipality).toEqual({ code: 'GM0034', name: 'Almere' });
    expect(data.buurten.map((b) => b.properties.code)).toEqual(['BU00340202', 'BU00340203']);
    expect(data.wijken.map((w) => w.properties.code)).toEqual(['WK003402']);
    expect(data.activities.map((a) => a.id)).toEqual(['act-voetbal', 'act-knutsel', 'act-speelbus']);
    expect(counts).toEqual({
      buurten: { kept: 2, dropped: 0 },
      wijken: { kept: 1, dropped: 0 },
      organizations: { kept: 1, dropped: 0 },
      locations: { kept: 2, dropped: 0 },
      activities: { kept: 3, dropped: 0 },
      huiskamers: { kept: 1, dropped: 0 },
      contacts: { kept: 1, dropped: 0 },
      stories: { kept: 0, dropped: 0 },
      contactsWithoutConsent: 1,
      storiesWithoutConsent: 0,
    });
  });

  it('keeps 999 activities and reports the one with a javascript: link', () => {
    const feed = feedWithActivities(1000);
    feed.activities[612].url = 'javascript:alert(1)';
    const { data, problems, counts } = usable(feed);
    expect(problems).toEqual([
      {
        path: 'activities[612].url',
        id: 'act-612',
        kind: 'activities',
        reason: 'must be a web address starting with https:// or http://',
        severity: 'error',
      },
    ]);
    expect(counts.activities).toEqual({ kept: 999, dropped: 1 });
    expect(data.activities.some((a) => a.id === 'act-612')).toBe(false);
  });

  it('reports every issue of a broken record under its path, and records without an id without one', () => {
    const feed = goodFeed();
    feed.activities[1] = { ...feed.activities[1], id: undefined, ageRange: { min: 12, max: 4 }, category: 'voetbal' };
    feed.organizations.push(null as unknown as JsonObject);
    const { problems } = usable(feed);
    expect(problems.map((p) => [p.path, p.id])).toEqual([
      ['organizations[1]', undefined],
      ['activities[1].id', undefined],
      ['activities[1].category', undefined],
      ['activities[1].ageRange.max', undefined],
    ]);
    expect(problems[0].reason).toBe('must be an object { … }, not null');
  });

  it('gives the reason for a broken age range at the field to fix', () => {
    const feed = goodFeed();
    feed.activities[2].ageRange = { min: 12, max: 4 };
    const { problems } = usable(feed);
    expect(problems).toMatchObject([
      { path: 'activities[2].ageRange.max', id: 'act-speelbus', reason: 'min age is higher than max age' },
    ]);
  });

  it('drops a second record with the same id and points at the first', () => {
    const feed = goodFeed();
    feed.activities.push({ ...feed.activities[0], name: 'Straatvoetbal (dubbel)' });
    const { data, problems, counts } = usable(feed);
    expect(problems).toMatchObject([
      { path: 'activities[3].id', id: 'act-voetbal', severity: 'error', reason: expect.stringContaining('activities[0]') },
    ]);
    expect(data.activities.find((a) => a.id === 'act-voetbal')?.name).toBe('Straatvoetbal');
    expect(counts.activities).toEqual({ kept: 3, dropped: 1 });
  });

  it('drops a broken buurt and reports it by its code', () => {
    const feed = goodFeed();
    feed.neighbourhoods.buurten.features[1].geometry = { type: 'Point', coordinates: [5.21, 52.37] };
    const { data, problems, counts } = usable(feed);
    expect(problems[0]).toMatchObject({
      path: 'neighbourhoods.buurten.features[1].geometry.type',
      id: 'BU00340203',
      kind: 'neighbourhoods',
      severity: 'error',
    });
    expect(data.buurten).toHaveLength(1);
    expect(counts.buurten).toEqual({ kept: 1, dropped: 1 });
  });

  it('drops a second buurt with the same code', () => {
    const feed = goodFeed();
    feed.neighbourhoods.buurten.features.push(structuredClone(feed.neighbourhoods.buurten.features[0]));
    const { problems, counts } = usable(feed);
    expect(problems).toMatchObject([{ path: 'neighbourhoods.buurten.features[2].properties.code', id: 'BU00340202' }]);
    expect(counts.buurten).toEqual({ kept: 2, dropped: 1 });
  });

  it('reports a list that is not a list, and keeps the other kinds', () => {
    const feed = { ...goodFeed(), organizations: { 'org-1': { name: 'Stichting' } } };
    const { data, problems } = usable(feed);
    expect(problems[0]).toMatchObject({ path: 'organizations', severity: 'error', reason: expect.stringContaining('must be a list') });
    expect(data.organizations).toEqual([]);
    expect(data.activities).toHaveLength(3);
  });

  it('treats a missing kind as empty', () => {
    const { huiskamers: _h, ...feed } = goodFeed();
    const { data, problems } = usable(feed);
    expect(data.huiskamers).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('leaves out contacts without publication consent silently, and counts them', () => {
    const feed = goodFeed();
    feed.contacts.push({ id: 'c-carla', name: 'Carla', role: 'Kinderwerker', lastVerified: 'unknown', publicationConsent: false });
    const { data, problems, counts } = usable(feed);
    expect(data.contacts.map((c) => c.name)).toEqual(['Anna de Vries']);
    expect(JSON.stringify(data)).not.toContain('Bram');
    expect(JSON.stringify(data)).not.toContain('Carla');
    expect(problems).toEqual([]);
    expect(counts.contactsWithoutConsent).toBe(2);
    // The huiskamer named Bram as a contact: the link vanishes without a word.
    expect(data.huiskamers[0].contactIds).toEqual(['c-anna']);
  });

  it('lists problems in the order of the document', () => {
    const { activities, locations, ...rest } = goodFeed();
    // Activities come before locations in this file.
    const feed = { ...rest, activities, locations };
    activities[2].name = '';
    activities[0].locationId = 'loc-unknown';
    locations[1].organizationId = 'org-gone';
    const { problems } = usable(feed);
    expect(problems.map((p) => p.path)).toEqual([
      'activities[0].locationId',
      'activities[2].name',
      'locations[1].organizationId',
    ]);
  });

  it('fills in defaults and trims texts', () => {
    const feed = goodFeed();
    feed.activities[0].name = '  Straatvoetbal  ';
    const { data } = usable(feed);
    expect(data.activities[0].name).toBe('Straatvoetbal');
    expect(data.activities[1].programme).toBe('weekly');
  });
});

describe('validateFeedInChunks', () => {
  it('gives the same result as validateFeed', async () => {
    const feed = feedWithActivities(300);
    feed.activities[7].ageRange = { min: 'vier', max: 12 };
    feed.locations[1].organizationId = 'org-gone';
    expect(await validateFeedInChunks(feed, { sliceMs: 0 })).toEqual(validateFeed(feed));
    expect(await validateFeedInChunks({ format: 'x' })).toEqual(validateFeed({ format: 'x' }));
  });

  it('lets other tasks run while a large feed is validated', async () => {
    let finished = false;
    let timerRanBeforeTheEnd = false;
    setTimeout(() => (timerRanBeforeTheEnd = !finished), 0);
    const result = await validateFeedInChunks(feedWithActivities(2000), { sliceMs: 0 });
    finished = true;
    expect(result.ok).toBe(true);
    expect(timerRanBeforeTheEnd).toBe(true);
  });
});
