import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { BuurtFeature, Link, RecordSchemas } from '../../../lib/feed/schema';
import { formatPath, readableIssue } from '../../../lib/feed/readable-issue';
import { goodFeed, type JsonObject } from '../../fixtures/feeds/good-feed';

/** What a publisher would read: `path: reason` for every issue. */
function reasons(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { error: readableIssue });
  return result.success ? [] : result.error.issues.map((issue) => {
    const path = formatPath('', issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

const feed = goodFeed();
const activity = (patch: JsonObject) => ({ ...feed.activities[1], ...patch });
const location = (patch: JsonObject) => ({ ...feed.locations[0], ...patch });

describe('feed schema, format version 1', () => {
  it('accepts every record of the handwritten good feed', () => {
    expect(reasons(RecordSchemas.organizations, feed.organizations[0])).toEqual([]);
    for (const l of feed.locations) expect(reasons(RecordSchemas.locations, l)).toEqual([]);
    for (const a of feed.activities) expect(reasons(RecordSchemas.activities, a)).toEqual([]);
    expect(reasons(RecordSchemas.huiskamers, feed.huiskamers[0])).toEqual([]);
    for (const c of feed.contacts) expect(reasons(RecordSchemas.contacts, c)).toEqual([]);
  });

  it('accepts CBS codes with letters, like Amsterdam’s BU0363AD03', () => {
    expect(reasons(RecordSchemas.locations, location({ buurtCode: 'BU0363AD03' }))).toEqual([]);
    const buurt = { ...feed.neighbourhoods.buurten.features[0], properties: { code: 'BU0363AD03', wijkCode: 'WK0363AD', name: 'Nieuwmarkt' } };
    expect(reasons(BuurtFeature, buurt)).toEqual([]);
  });

  it('rejects malformed buurt codes and says what one looks like', () => {
    expect(reasons(RecordSchemas.locations, location({ buurtCode: 'BU034202' }))).toEqual([
      'buurtCode: a CBS buurt code looks like BU00340202 or BU0363AD03',
    ]);
    expect(reasons(RecordSchemas.locations, location({ buurtCode: 'bu00340202' }))).toHaveLength(1);
  });

  it('rejects javascript: and data: links but takes https, mailto: and tel:', () => {
    expect(reasons(RecordSchemas.activities, activity({ url: 'javascript:alert(1)' }))).toEqual([
      'url: must be a web address starting with https:// or http://',
    ]);
    expect(reasons(RecordSchemas.activities, activity({ url: 'data:text/html,<b>x</b>' }))).toHaveLength(1);
    expect(reasons(RecordSchemas.activities, activity({ url: 'https://example.nl/a' }))).toEqual([]);
    for (const ok of ['https://example.nl', 'mailto:info@example.nl', 'tel:+31361234567']) {
      expect(reasons(Link, ok)).toEqual([]);
    }
    expect(reasons(Link, 'javascript:alert(1)')).toEqual(['links may only start with https://, http://, mailto: or tel:']);
  });

  it('says which field is missing and what to put there', () => {
    const { name: _name, ...withoutName } = feed.activities[1];
    expect(reasons(RecordSchemas.activities, withoutName)).toEqual(['name: missing: add a text']);
    const { publicationConsent: _consent, ...withoutConsent } = feed.contacts[0];
    expect(reasons(RecordSchemas.contacts, withoutConsent)).toEqual(['publicationConsent: missing: add true or false']);
  });

  it('explains wrong values in plain words', () => {
    expect(reasons(RecordSchemas.activities, activity({ category: 'football' }))).toEqual([
      'category: the text "football" is not allowed here; use one of "sport", "play", "creative", "music-dance", "cooking", "learning", "nature", "other"',
    ]);
    expect(reasons(RecordSchemas.activities, activity({ ageRange: { min: 4, max: 'twelve' } }))).toEqual([
      'ageRange.max: must be a number, not the text "twelve"',
    ]);
    expect(reasons(RecordSchemas.activities, activity({ ageRange: { min: 4.5, max: 12 } }))).toEqual([
      'ageRange.min: must be a whole number, not the number 4.5',
    ]);
    expect(reasons(RecordSchemas.huiskamers, { ...feed.huiskamers[0], placesPerDay: -3 })).toEqual([
      'placesPerDay: must be at least 0, not -3',
    ]);
    expect(reasons(RecordSchemas.activities, activity({ name: '   ' }))).toEqual(['name: may not be empty']);
  });

  it('checks that ranges run forward', () => {
    expect(reasons(RecordSchemas.activities, activity({ ageRange: { min: 12, max: 4 } }))).toEqual([
      'ageRange.max: min age is higher than max age',
    ]);
    expect(
      reasons(RecordSchemas.activities, activity({ schedule: [{ byDay: ['MO'], startTime: '16:00', endTime: '15:00' }] })),
    ).toEqual(['schedule[0].endTime: end time is not after start time']);
    expect(
      reasons(RecordSchemas.activities, activity({ dateRange: { startDate: '2026-07-20', endDate: '2026-07-01' } })),
    ).toEqual(['dateRange.endDate: end date is before start date']);
  });

  it('rejects badly written dates, times, e-mail addresses and postcodes', () => {
    expect(reasons(RecordSchemas.activities, activity({ lastVerified: '1-2-2026' }))).toEqual([
      'lastVerified: write the date as YYYY-MM-DD',
    ]);
    expect(
      reasons(RecordSchemas.activities, activity({ schedule: [{ byDay: ['MO'], startTime: '15.30', endTime: '16:00' }] })),
    ).toEqual(['schedule[0].startTime: write the time as HH:MM (24 hours), e.g. 15:30']);
    expect(reasons(RecordSchemas.contacts, { ...feed.contacts[0], email: 'anna@' })).toEqual([
      'email: not a valid e-mail address',
    ]);
    const address = { street: 'Voorbeeldstraat', number: '1', postcode: '1325AB1', city: 'Almere' };
    expect(reasons(RecordSchemas.locations, location({ address }))).toEqual([
      'address.postcode: a Dutch postcode looks like 1315 AB',
    ]);
  });

  it('needs a place for an activity and a referrer for a huiskamer', () => {
    const { locationId: _l, ...placeless } = feed.activities[1];
    expect(reasons(RecordSchemas.activities, placeless)).toEqual([
      'locationId: give a locationId or at least one buurt in servesBuurten',
    ]);
    expect(reasons(RecordSchemas.huiskamers, { ...feed.huiskamers[0], referrers: [] })).toEqual([
      'referrers: say who may refer a child',
    ]);
  });
});
