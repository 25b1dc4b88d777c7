/**
 * A tiny handwritten feed for component tests: one wijk with two buurten,
 * three activities, one huiskamer, and kinderwerkers, plus a few hostile
 * strings that must come out as text. `readyApp()` gives an AppState with it.
 */
import type { FeedCounts, KinderwerkData } from '../../../lib/feed/model';
import type { Activity, AreaGeometry, BuurtFeature, Contact } from '../../../lib/feed/schema';
import { createAppState, type AppState } from '../../../lib/state';
import type { Criteria } from '../../../lib/query/criteria';

const square = (lon: number, lat: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

const buurt = (code: string, name: string, lon: number, children: number): BuurtFeature => ({
  type: 'Feature',
  geometry: square(lon, 52.37),
  properties: { code, wijkCode: 'WK003402', name, children },
});

const activity = (overrides: Partial<Activity> & Pick<Activity, 'id' | 'name'>): Activity => ({
  lastVerified: '2026-09-01',
  category: 'sport',
  programme: 'weekly',
  ageRange: { min: 6, max: 12 },
  schedule: [{ byDay: ['WE'], startTime: '14:00', endTime: '15:30' }],
  cost: { free: true },
  join: { method: 'walk-in' },
  locationId: 'loc-hoekje',
  ...overrides,
});

export const consentingContact: Contact = {
  id: 'con-anna',
  lastVerified: '2026-09-01',
  name: 'Anna de Vries',
  role: 'Kinderwerker',
  organizationId: 'org-welzijn',
  buurtCodes: ['BU00340201'],
  phone: '036 123 45 67',
  email: 'anna@example.nl',
  publicationConsent: true,
};

/** Must never appear, even though a record points at it. */
export const secretContact: Contact = {
  id: 'con-geheim',
  lastVerified: '2026-09-01',
  name: 'Geheime Gert',
  role: 'Kinderwerker',
  buurtCodes: ['BU00340201'],
  phone: '06 99999999',
  publicationConsent: false,
};

export function fixtureData(): KinderwerkData {
  return {
    meta: {
      municipality: { code: 'GM0034', name: 'Almere' },
      publisher: { name: 'Welzijn Voorbeeld' },
      license: 'CC0-1.0',
      generatedAt: '2026-09-01T10:00:00Z',
      boundaryAttribution: 'Kadaster / CBS',
      example: true,
    },
    buurten: [buurt('BU00340201', 'Filmwijk', 5.2, 800), buurt('BU00340202', 'Muziekwijk', 5.22, 400)],
    wijken: [{ type: 'Feature', geometry: square(5.2, 52.37), properties: { code: 'WK003402', name: 'Stad-Centrum' } }],
    organizations: [
      { id: 'org-welzijn', lastVerified: '2026-09-01', name: 'Welzijn Voorbeeld', url: 'https://welzijn.example.nl', phone: '036 000 00 00' },
    ],
    locations: [
      {
        id: 'loc-hoekje', lastVerified: '2026-09-01', name: "Buurthuis 't Hoekje", kind: 'community-centre',
        address: { street: 'Filmweg', number: '1', postcode: '1325 AB', city: 'Almere' },
        latitude: 52.375, longitude: 5.205, buurtCode: 'BU00340201', organizationId: 'org-welzijn',
      },
      {
        id: 'loc-noot', lastVerified: '2026-09-01', name: 'De Noot', kind: 'huiskamer',
        address: { street: 'Muziekplein', number: '9', postcode: '1326 CD', city: 'Almere' },
        latitude: 52.375, longitude: 5.225, buurtCode: 'BU00340202',
      },
    ],
    activities: [
      activity({ id: 'act-voetbal', name: 'Straatvoetbal', contactIds: ['con-anna', 'con-geheim'], organizationId: 'org-welzijn' }),
      activity({
        id: 'act-knutsel', name: 'Knutselclub', category: 'creative', ageRange: { min: 4, max: 7 },
        schedule: [{ byDay: ['MO'], startTime: '15:00', endTime: '16:00' }],
        cost: { free: false, amount: 2.5 }, join: { method: 'sign-up', url: 'javascript:alert(1)' },
      }),
      activity({
        id: 'act-xss', name: '<img src=x onerror=alert(1)>', locationId: 'loc-noot',
        description: '<script>alert(2)</script>', url: 'javascript:alert(3)',
      }),
    ],
    huiskamers: [
      {
        id: 'hk-noot', lastVerified: '2026-09-01', name: 'Huiskamer De Noot', locationId: 'loc-noot',
        schedule: [{ byDay: ['MO', 'TU', 'TH'], startTime: '15:00', endTime: '18:00' }],
        ageRange: { min: 6, max: 12 }, placesPerDay: 12, enrolled: 15,
        waitingList: { count: 4, countedOn: '2026-08-15' },
        referrers: ['parents', 'school', 'ggd'], intake: 'Eerst een gesprek met ouders en kind.',
        goals: ['Vriendjes maken'], contactIds: ['con-anna'],
      },
    ],
    contacts: [consentingContact, secretContact],
    stories: [],
  };
}

const kept = (n: number) => ({ kept: n, dropped: 0 });

export function readyApp(criteria: Criteria = {}, data: KinderwerkData = fixtureData()): AppState {
  const app = createAppState({ lang: 'nl', criteria, view: 'list' });
  app.now.value = new Date(2026, 8, 14, 10, 0);
  const counts: FeedCounts = {
    buurten: kept(data.buurten.length), wijken: kept(data.wijken.length), organizations: kept(data.organizations.length),
    locations: kept(data.locations.length), activities: kept(data.activities.length),
    huiskamers: kept(data.huiskamers.length), contacts: kept(data.contacts.length),
    stories: kept(data.stories.length), contactsWithoutConsent: 0, storiesWithoutConsent: 0,
  };
  app.feed.value = { phase: 'ready', data, problems: [], counts, fetchedAt: '2026-09-14T08:00:00Z' };
  return app;
}
