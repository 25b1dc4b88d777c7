/**
 * A small made-up town for the query tests: 2 wijken, 4 buurten (one with a
 * letter code), a play bus visiting two buurten, two huiskamers, three
 * kinderwerkers, a holiday programme that is over and one still to come.
 *
 * The tests pin "now" to Wednesday 25 November 2026, 10:00 (week: Mon 23 – Sun 29).
 */
import type { KinderwerkData } from '../../../lib/feed/model';
import type { Activity, AreaGeometry, BuurtFeature, Huiskamer, Location } from '../../../lib/feed/schema';

export const NOW = new Date(2026, 10, 25, 10, 0);

const square = (lon: number, lat: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.005], [lon, lat + 0.005], [lon, lat]]],
});

const buurt = (code: string, wijkCode: string, name: string, children: number | null, lon: number, lat: number): BuurtFeature => ({
  type: 'Feature',
  geometry: square(lon, lat),
  properties: { code, wijkCode, name, children },
});

const verified = { lastVerified: '2026-11-01' };

const location = (id: string, name: string, kind: Location['kind'], buurtCode: string, latitude: number, longitude: number): Location => ({
  id, name, kind, buurtCode, latitude, longitude, organizationId: 'org-welzijn', ...verified,
});

const activity = (fields: Partial<Activity> & Pick<Activity, 'id' | 'name' | 'category' | 'ageRange' | 'schedule'>): Activity => ({
  programme: 'weekly',
  cost: { free: true },
  join: { method: 'walk-in' },
  ...verified,
  ...fields,
});

const huiskamer = (fields: Partial<Huiskamer> & Pick<Huiskamer, 'id' | 'name' | 'locationId' | 'schedule' | 'ageRange' | 'placesPerDay'>): Huiskamer => ({
  referrers: ['school', 'wijkteam'],
  ...verified,
  ...fields,
});

export function makeTown(): KinderwerkData {
  return {
    meta: {
      municipality: { code: 'GM0363', name: 'Voorbeeldstad' },
      publisher: { name: 'Welzijn Voorbeeldstad' },
      license: 'CC0-1.0',
      generatedAt: '2026-11-25T06:00:00Z',
      boundaryAttribution: 'Kadaster / CBS',
      example: true,
    },
    wijken: [
      { type: 'Feature', geometry: square(4.9, 52.37), properties: { code: 'WK036301', name: 'Centrum', children: 900 } },
      { type: 'Feature', geometry: square(4.9, 52.36), properties: { code: 'WK0363AD', name: 'Parkwijk' } },
    ],
    buurten: [
      buurt('BU03630101', 'WK036301', 'Centrum-Oost', 400, 4.9, 52.37),
      buurt('BU03630102', 'WK036301', 'Poëtenbuurt', 500, 4.91, 52.37),
      buurt('BU0363AD03', 'WK0363AD', 'Het Park', 250, 4.9, 52.36),
      buurt('BU0363AD04', 'WK0363AD', 'Zuiderpark', null, 4.91, 52.36),
    ],
    organizations: [
      { id: 'org-welzijn', name: 'Welzijn Voorbeeldstad', ...verified },
      { id: 'org-sport', name: 'Sportbedrijf Voorbeeldstad', ...verified },
    ],
    locations: [
      location('loc-buurthuis', 'Buurthuis De Molen', 'community-centre', 'BU03630102', 52.372, 4.915),
      location('loc-school', 'Basisschool De Regenboog', 'school', 'BU03630101', 52.3725, 4.905),
      location('loc-cafe', 'Café de Brug', 'other', 'BU03630101', 52.371, 4.902),
      location('loc-speeltuin', 'Speeltuin Het Park', 'playground', 'BU0363AD03', 52.3625, 4.905),
      location('loc-huiskamer', 'Huiskamer Zuid', 'huiskamer', 'BU0363AD04', 52.3625, 4.915),
    ],
    activities: [
      activity({
        id: 'act-voetbal', name: 'Voetbal op het plein', category: 'sport', organizationId: 'org-sport',
        ageRange: { min: 6, max: 12 }, schedule: [{ byDay: ['WE'], startTime: '14:00', endTime: '15:30' }],
        locationId: 'loc-speeltuin',
      }),
      activity({
        id: 'act-knutsel', name: 'Knutselclub', category: 'creative', join: { method: 'sign-up' },
        ageRange: { min: 4, max: 8 }, schedule: [{ byDay: ['TU', 'TH'], startTime: '15:00', endTime: '16:30' }],
        locationId: 'loc-buurthuis',
      }),
      activity({
        id: 'act-kook', name: 'Kookclub Zoë', category: 'cooking', description: 'Samen gezond koken en eten.',
        cost: { free: false, amount: 2.5 }, join: { method: 'sign-up' },
        ageRange: { min: 8, max: 12 }, schedule: [{ byDay: ['FR'], startTime: '17:00', endTime: '19:00' }],
        locationId: 'loc-cafe',
      }),
      activity({
        id: 'act-bus', name: 'Speelbus', category: 'play', description: 'De bus met spelletjes komt naar je straat.',
        ageRange: { min: 4, max: 12 }, schedule: [{ byDay: ['MO', 'WE'], startTime: '15:00', endTime: '17:00' }],
        servesBuurten: ['BU03630101', 'BU0363AD04'],
      }),
      activity({
        id: 'act-herfst', name: 'Herfstvakantie: natuurspeurtocht', category: 'nature', programme: 'holiday',
        ageRange: { min: 4, max: 12 }, schedule: [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], startTime: '10:00', endTime: '12:00' }],
        dateRange: { startDate: '2026-10-17', endDate: '2026-10-25' }, locationId: 'loc-speeltuin',
      }),
      activity({
        id: 'act-kerst', name: 'Kerstvakantie knutselweek', category: 'creative', programme: 'holiday',
        join: { method: 'sign-up' },
        ageRange: { min: 4, max: 12 }, schedule: [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], startTime: '10:00', endTime: '12:00' }],
        dateRange: { startDate: '2026-12-19', endDate: '2027-01-03' }, locationId: 'loc-buurthuis',
      }),
      activity({
        id: 'act-dans', name: 'Dansles hiphop', category: 'music-dance', programme: 'course',
        ageRange: { min: 9, max: 12 }, schedule: [{ byDay: ['SA'], startTime: '10:00', endTime: '11:00' }],
        dateRange: { startDate: '2026-09-01', endDate: '2027-06-30' }, locationId: 'loc-school',
      }),
      activity({
        id: 'act-huiswerk', name: 'Huiswerkklas', category: 'learning', join: { method: 'sign-up' },
        ageRange: { min: 10, max: 12 },
        schedule: [{ byDay: ['MO', 'TU', 'WE', 'TH'], startTime: '15:30', endTime: '17:00' }],
        locationId: 'loc-school',
      }),
    ],
    huiskamers: [
      huiskamer({
        id: 'hk-zuid', name: 'Huiskamer Zuid', locationId: 'loc-huiskamer', placesPerDay: 12, enrolled: 14,
        waitingList: { count: 5, countedOn: '2026-11-01' }, ageRange: { min: 6, max: 12 },
        schedule: [{ byDay: ['MO', 'TU', 'TH'], startTime: '14:30', endTime: '18:00' }],
        goals: ['vriendjes maken'],
      }),
      huiskamer({
        id: 'hk-molen', name: 'De Huiskamer van De Molen', locationId: 'loc-buurthuis', placesPerDay: 8,
        ageRange: { min: 4, max: 10 }, cost: { free: false, amount: 1, note: 'ouderbijdrage' },
        schedule: [{ byDay: ['WE', 'FR'], startTime: '12:00', endTime: '17:00' }],
      }),
    ],
    contacts: [
      {
        id: 'c-sanne', name: 'Sanne de Vries', role: 'Kinderwerker', publicationConsent: true,
        buurtCodes: ['BU03630101', 'BU03630102'], ...verified,
      },
      { id: 'c-youssef', name: 'Youssef El Amrani', role: 'Kinderwerker', publicationConsent: true, buurtCodes: ['BU0363AD03'], ...verified },
      { id: 'c-anouk', name: 'Anouk Jansen', role: 'Coördinator kinderwerk', publicationConsent: true, ...verified },
    ],
    stories: [],
  };
}
