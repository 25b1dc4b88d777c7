/**
 * A small hand-made feed for the insight tests: two wijken with two buurten each,
 * a fixed activity, a course, a holiday programme, a play bus with visits, two
 * huiskamers, staffing, contacts and stories (one without consent). The expected
 * figures in compute.test.ts are worked out by hand from this feed.
 *
 *   const data = insightData(); // validated KinderwerkData
 */
import type { KinderwerkData } from '../../../lib/feed/model';
import { validateFeed } from '../../../lib/feed/validate';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});
const CBS = { name: 'CBS Kerncijfers wijken en buurten', year: 2015 };
const AGES = { min: 0, max: 14 };
const verified = { lastVerified: '2026-10-01' };

const buurt = (code: string, wijkCode: string, name: string, children: number | null, lon: number) => ({
  type: 'Feature',
  geometry: square(lon, 52.37),
  properties: { code, wijkCode, name, children, ...(children !== null && { childrenAges: AGES, childrenSource: CBS }) },
});

export const FILMWIJK = 'BU00340202';
export const STRIPHELDEN = 'BU00340203';
export const KRUIDENWIJK = 'BU00340301';
export const MUZIEKWIJK = 'BU00340302';

export function insightFeed(): Record<string, unknown> {
  return {
    format: 'kinderwerk-feed',
    version: 1,
    meta: {
      municipality: { code: 'GM0034', name: 'Almere' },
      publisher: { name: 'Gemeente Almere' },
      license: 'CC0-1.0',
      generatedAt: '2026-11-01T08:00:00Z',
      boundaryAttribution: 'Kadaster / Centraal Bureau voor de Statistiek, 2015',
    },
    neighbourhoods: {
      buurten: {
        type: 'FeatureCollection',
        features: [
          buurt(FILMWIJK, 'WK003402', 'Filmwijk', 400, 5.20),
          buurt(STRIPHELDEN, 'WK003402', 'Stripheldenbuurt', 100, 5.21),
          buurt(KRUIDENWIJK, 'WK003403', 'Kruidenwijk', null, 5.22),
          buurt(MUZIEKWIJK, 'WK003403', 'Muziekwijk', 600, 5.23),
        ],
      },
      wijken: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: square(5.2, 52.37), properties: { code: 'WK003402', name: 'Stad West' } },
          { type: 'Feature', geometry: square(5.22, 52.37), properties: { code: 'WK003403', name: 'Stad Oost', children: 900, childrenAges: AGES, childrenSource: CBS } },
        ],
      },
    },
    organizations: [
      {
        id: 'org-welzijn', name: 'Welzijn Almere', ...verified,
        staffing: [
          { areaCode: 'WK003402', fte: 1.5, countedOn: '2026-09-01' },
          { areaCode: FILMWIJK, fte: 0.8, countedOn: '2026-09-01' },
          { areaCode: MUZIEKWIJK, fte: 1, countedOn: '2026-09-01' },
        ],
      },
      { id: 'org-school', name: 'OBS De Regenboog', ...verified },
      { id: 'org-ggd', name: 'GGD Flevoland', ...verified },
      { id: 'org-wijkteam', name: 'Wijkteam Stad', ...verified },
    ],
    locations: [
      { id: 'loc-film', name: 'Buurthuis De Spoel', kind: 'community-centre', latitude: 52.375, longitude: 5.205, buurtCode: FILMWIJK, ...verified },
      { id: 'loc-hk', name: 'Huiskamer De Vlinder', kind: 'huiskamer', latitude: 52.376, longitude: 5.206, buurtCode: FILMWIJK, ...verified },
      { id: 'loc-muziek', name: 'De Noot', kind: 'community-centre', latitude: 52.375, longitude: 5.235, buurtCode: MUZIEKWIJK, ...verified },
    ],
    activities: [
      {
        id: 'voetbal', name: 'Voetbal op het plein', category: 'sport', programme: 'weekly', ageRange: { min: 6, max: 12 },
        schedule: [{ byDay: ['WE'], startTime: '15:00', endTime: '16:30' }], cost: { free: true }, join: { method: 'walk-in' },
        locationId: 'loc-film', aims: ['talent-development', 'healthy-growing-up'], partners: [{ organizationId: 'org-school', type: 'school' }],
        reach: { period: { startDate: '2026-01-01', endDate: '2026-06-30' }, children: 40, visits: 600 }, ...verified,
      },
      {
        id: 'knutsel', name: 'Knutselcursus', category: 'creative', programme: 'course', ageRange: { min: 6, max: 10 },
        schedule: [{ byDay: ['MO', 'TH'], startTime: '14:00', endTime: '15:00' }], cost: { free: false, amount: 5 },
        join: { method: 'sign-up' }, locationId: 'loc-film', aims: ['talent-development'], ...verified,
      },
      {
        id: 'zomerkamp', name: 'Zomerkamp', category: 'play', programme: 'holiday', ageRange: { min: 4, max: 12 },
        schedule: [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], startTime: '10:00', endTime: '16:00' }],
        dateRange: { startDate: '2026-07-20', endDate: '2026-07-31' }, cost: { free: true }, join: { method: 'sign-up' },
        locationId: 'loc-muziek', ...verified,
      },
      {
        id: 'speelbus', name: 'De Speelbus', category: 'play', programme: 'weekly', ageRange: { min: 4, max: 12 },
        schedule: [{ byDay: ['TU', 'TH'], startTime: '15:00', endTime: '17:00' }], cost: { free: true }, join: { method: 'walk-in' },
        servesBuurten: [FILMWIJK, STRIPHELDEN, KRUIDENWIJK],
        visits: [{ buurtCode: STRIPHELDEN, byDay: ['TU'] }, { buurtCode: KRUIDENWIJK, byDay: ['TH'] }],
        aims: ['inclusion', 'preventive-support'],
        partners: [{ organizationId: 'org-ggd', type: 'ggd' }, { organizationId: 'org-school', type: 'school' }],
        reach: { period: { startDate: '2026-03-01', endDate: '2026-09-30' }, children: 3, parents: 2 }, ...verified,
      },
    ],
    huiskamers: [
      {
        id: 'hk-vlinder', name: 'Huiskamer De Vlinder', locationId: 'loc-hk', ageRange: { min: 6, max: 12 },
        schedule: [{ byDay: ['MO', 'TU', 'TH'], startTime: '14:30', endTime: '17:30' }], placesPerDay: 12, enrolled: 15,
        waitingList: { count: 12, countedOn: '2026-10-01' }, referrers: ['school', 'wijkteam'], cost: { free: true },
        aims: ['preventive-support', 'parent-involvement'], partners: [{ organizationId: 'org-wijkteam', type: 'wijkteam' }], ...verified,
      },
      {
        id: 'hk-noot', name: 'Huiskamer De Noot', locationId: 'loc-muziek', ageRange: { min: 6, max: 12 },
        schedule: [{ byDay: ['WE'], startTime: '13:00', endTime: '17:00' }], placesPerDay: 10,
        waitingList: { count: 3, countedOn: '2026-10-01', expectedWeeks: 9 }, referrers: ['parents'], ...verified,
      },
    ],
    contacts: [
      { id: 'sanne', name: 'Sanne de Vries', role: 'Kinderwerker', buurtCodes: [FILMWIJK, STRIPHELDEN], publicationConsent: true, ...verified },
      { id: 'youssef', name: 'Youssef El Amrani', role: 'Kinderwerker', buurtCodes: [MUZIEKWIJK], publicationConsent: true, ...verified },
      { id: 'geheim', name: 'Niet Publiceren', role: 'Kinderwerker', buurtCodes: [FILMWIJK], publicationConsent: false, ...verified },
    ],
    stories: [
      { id: 'st-1', title: 'Samir durft weer', text: 'Samir kwam stil binnen; nu neemt hij een vriendje mee.', date: '2026-10-01', buurtCode: FILMWIJK, activityId: 'voetbal', publicationConsent: true, ...verified },
      { id: 'st-2', title: 'Koken met ouders', text: 'Twaalf ouders kookten mee.', date: '2026-11-02', huiskamerId: 'hk-vlinder', publicationConsent: true, ...verified },
      { id: 'st-3', title: 'Niet voor publicatie', text: 'Dit verhaal mag niet naar buiten.', date: '2026-11-03', publicationConsent: false, ...verified },
    ],
  };
}

/** The same feed as a v1.0 publisher writes it: no age band, source, aims, partners, reach, staffing or stories. */
export function versionOneZeroFeed(): Record<string, unknown> {
  const feed = insightFeed();
  delete feed.stories;
  const neighbourhoods = feed.neighbourhoods as Record<string, { features: { properties: Record<string, unknown> }[] }>;
  for (const list of Object.values(neighbourhoods)) {
    for (const { properties } of list.features) {
      delete properties.childrenAges;
      delete properties.childrenSource;
    }
  }
  for (const kind of ['organizations', 'activities', 'huiskamers'] as const) {
    for (const record of feed[kind] as Record<string, unknown>[]) {
      for (const field of ['staffing', 'aims', 'partners', 'reach']) delete record[field];
    }
  }
  return feed;
}

export function insightData(feed: Record<string, unknown> = insightFeed()): KinderwerkData {
  const result = validateFeed(feed);
  if (!result.ok) throw new Error(result.failure.message);
  if (result.problems.length > 0) throw new Error(result.problems.map((p) => `${p.path}: ${p.reason}`).join('\n'));
  return result.data;
}
