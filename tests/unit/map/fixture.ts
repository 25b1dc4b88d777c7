/**
 * A tiny feed for the map tests: one wijk with two square buurten, two places
 * close together and a play bus without a place. Names hold markup that must
 * stay text.
 */
import type { FeedCounts, KinderwerkData } from '../../../lib/feed/model';
import type { Activity, AreaGeometry, Location } from '../../../lib/feed/schema';

const square = (lon: number, lat: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.02, lat], [lon + 0.02, lat + 0.02], [lon, lat + 0.02], [lon, lat]]],
});

const location = (id: string, name: string, lon: number, buurtCode: string): Location => ({
  id, name, kind: 'community-centre', latitude: 52.375, longitude: lon, buurtCode, lastVerified: '2026-09-01',
});

const activity = (id: string, extra: Partial<Activity>): Activity => ({
  id, name: `Activiteit ${id}`, lastVerified: '2026-09-01', category: 'play', programme: 'weekly',
  ageRange: { min: 4, max: 12 }, schedule: [{ byDay: ['WE'], startTime: '14:00', endTime: '16:00' }],
  cost: { free: true }, join: { method: 'walk-in' }, ...extra,
});

export const MAP_DATA: KinderwerkData = {
  meta: {
    municipality: { code: 'GM0034', name: 'Almere' },
    publisher: { name: 'Test' },
    license: 'CC0-1.0',
    generatedAt: '2026-11-01T08:00:00Z',
    boundaryAttribution: 'Kadaster / CBS <b>2015</b>',
  },
  buurten: [
    { type: 'Feature', geometry: square(5.2, 52.36), properties: { code: 'BU00340201', wijkCode: 'WK003402', name: 'Noord <i>x</i>', children: 400 } },
    { type: 'Feature', geometry: square(5.22, 52.36), properties: { code: 'BU00340202', wijkCode: 'WK003402', name: 'Zuid', children: 300 } },
  ],
  wijken: [{
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [[[5.2, 52.36], [5.24, 52.36], [5.24, 52.38], [5.2, 52.38], [5.2, 52.36]]] },
    properties: { code: 'WK003402', name: 'Wijk 02' },
  }],
  organizations: [],
  locations: [
    location('loc-a', 'Buurthuis <img src=x onerror=alert(1)>', 5.205, 'BU00340201'),
    location('loc-b', 'Speeltuin', 5.207, 'BU00340201'),
  ],
  activities: [
    activity('a1', { locationId: 'loc-a' }),
    activity('a2', { locationId: 'loc-a', ageRange: { min: 10, max: 12 } }),
    activity('a3', { locationId: 'loc-b' }),
    activity('bus', { servesBuurten: ['BU00340202'] }),
  ],
  huiskamers: [],
  contacts: [],
  stories: [],
};

const none = { kept: 0, dropped: 0 };
export const MAP_COUNTS: FeedCounts = {
  organizations: none, locations: none, activities: none, huiskamers: none, contacts: none, buurten: none, wijken: none,
  stories: none, contactsWithoutConsent: 0, storiesWithoutConsent: 0,
};
