import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportContext } from '../../../lib/interop/import-context';
import { formatProblem, sortProblems, type ImportProblem } from '../../../lib/interop/import-problem';
import { importOpenActive } from '../../../lib/interop/openactive-import';
import { currentItems } from '../../../lib/interop/rpde';

const fixtures = 'tests/fixtures/interop';
const context: ImportContext = {
  municipality: { code: 'GM0034', name: 'Almere' },
  buurten: JSON.parse(readFileSync(`${fixtures}/buurten.geojson`, 'utf8')),
  publisher: { name: 'Gemeente Almere' },
  now: new Date('2026-11-23T10:00:00Z'),
};
const read = (name: string) => ({ name, json: JSON.parse(readFileSync(`${fixtures}/openactive/${name}`, 'utf8')) });
const lines = (problems: ImportProblem[]) => sortProblems(problems).map(formatProblem);
const pages = ['session-series-1.json', 'session-series-2.json', 'session-series-3.json', 'scheduled-sessions.json', 'courses.json'].map(read);
type Records = Record<string, Record<string, unknown>[]>;

describe('importOpenActive on RPDE pages of session series, scheduled sessions and courses', () => {
  const result = importOpenActive(pages, context);
  const feed = result.feed as Records;
  const activity = (id: string) => feed.activities.find((a) => a.id === id);

  it('reports everything it could not map with the page, path and id', () => {
    expect(lines(result.problems)).toEqual([
      'warning courses.json, items[1].data (id https://sportbedrijf.example.org/facility-uses/1): FacilityUse is not kinderwerk the feed can show (only SessionSeries, ScheduledSession and CourseInstance are read); it was ignored',
      'warning scheduled-sessions.json, items[5].data.superEvent (id https://sportbedrijf.example.org/scheduled-sessions/6): superEvent https://sportbedrijf.example.org/session-series/99 is not in the feed (give its SessionSeries feed too); 1 session(s) were ignored',
      'warning session-series-1.json, items[0].data.location (id https://sportbedrijf.example.org/session-series/1): no dateModified (nor on 6 more records); used the import date 2026-11-23 as the date the data was last checked. Add dateModified to the source',
      'warning session-series-1.json, items[1].data.ageRange.maxValue (id https://sportbedrijf.example.org/session-series/2): no maxValue (OpenActive reads a single age as a minimum); used 18',
      'error   session-series-1.json, items[4].data.ageRange (id https://sportbedrijf.example.org/session-series/5): no ageRange; kinderwerk is shown by age, so give { "minValue": 6, "maxValue": 12 }. This activity was left out',
      'warning session-series-2.json, items[0].data.eventSchedule[1] (id https://sportbedrijf.example.org/session-series/3): repeatFrequency P2W is not weekly (P1W); it cannot be shown as a weekly time; this schedule was left out',
      'error   session-series-2.json, items[0].data.location (id https://sportbedrijf.example.org/session-series/3): its place could not be used (see the problem there); this activity was left out',
      'error   session-series-2.json, items[0].data.location.geo (id https://sportbedrijf.example.org/session-series/3): latitude 5.21 and longitude 52.335 look swapped: in the Netherlands latitude is about 51–53 and longitude about 3–7. This location was left out',
    ]);
  });

  it('takes a SessionSeries with its eventSchedule, place, price and organizer', () => {
    expect(activity('sportbedrijf.example.org:session-series:1')).toEqual({
      id: 'sportbedrijf.example.org:session-series:1', lastVerified: '2026-11-23', name: 'Kidsdans',
      description: 'Dansen op de nieuwste hits.', category: 'music-dance', programme: 'weekly',
      organizationId: 'sportbedrijf.example.org:organization', ageRange: { min: 6, max: 12 },
      schedule: [{ byDay: ['WE'], startTime: '15:30', endTime: '16:30' }],
      cost: { free: false, amount: 2.5, note: 'Per les' },
      join: { method: 'sign-up', url: 'https://sportbedrijf.example.org/boeken/kidsdans', phone: '036 765 4321', email: 'info@sportbedrijf.example.org' },
      languages: ['nl', 'en'], locationId: 'sportbedrijf.example.org:places:haven', url: 'https://sportbedrijf.example.org/kidsdans',
    });
    expect(feed.locations[0]).toEqual({
      id: 'sportbedrijf.example.org:places:haven', lastVerified: '2026-11-23', name: 'Sporthal De Haven', kind: 'other',
      address: { street: 'Sluis', number: '4', postcode: '1353 AC', city: 'Almere' }, latitude: 52.334, longitude: 5.212, buurtCode: 'BU00340101',
      accessibility: 'Drempelvrij, met lift',
    });
  });

  it('groups ScheduledSessions into weekly slots in Dutch time, skipping cancelled ones, with the places left at the next session', () => {
    // Sessions at 14:30Z on Tuesdays and Thursdays are 15:30 in Amsterdam; the cancelled Friday is not a slot.
    expect(activity('sportbedrijf.example.org:session-series:2')).toMatchObject({
      schedule: [{ byDay: ['TU', 'TH'], startTime: '15:30', endTime: '16:30' }],
      remainingPlaces: 5, cost: { free: true }, join: { method: 'walk-in' }, ageRange: { min: 8, max: 18 },
    });
  });

  it('turns a CourseInstance holiday camp into a holiday programme with its dates and every day of the week it runs', () => {
    expect(activity('sportbedrijf.example.org:courses:zomerkamp')).toMatchObject({
      programme: 'holiday', dateRange: { startDate: '2027-07-19', endDate: '2027-07-23' },
      schedule: [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], startTime: '09:00', endTime: '15:00' }],
      remainingPlaces: 4, cost: { free: false, amount: 25, note: 'Hele week' }, ageRange: { min: 7, max: 11 },
    });
  });

  it('honours later versions and deletions: "Oude naam" became Streetdance, "Wordt verwijderd" is gone', () => {
    expect(JSON.stringify(feed)).not.toContain('Oude naam');
    expect(JSON.stringify(feed)).not.toContain('Wordt verwijderd');
    expect(feed.activities.map((a) => a.name)).toEqual(['Kidsdans', 'Voetbal op het plein', 'Zomerkamp Haven']);
  });

  it('takes the licence from the RPDE pages', () => {
    expect(feed.meta).toMatchObject({ license: 'CC-BY-4.0', licenseUrl: 'https://creativecommons.org/licenses/by/4.0/' });
  });
});

describe('importOpenActive on a single session (the modelling specification\'s example, moved to Almere)', () => {
  const session = {
    '@context': 'https://openactive.io/', type: 'ScheduledSession', id: 'https://example.com/events/12345',
    startDate: '2016-04-10T19:00:00Z', endDate: '2016-04-10T19:45:00Z', remainingAttendeeCapacity: 0, dateModified: '2016-03-01T10:00:00Z',
    superEvent: {
      type: 'SessionSeries', id: 'https://example.com/series/bodypump', name: 'Virtual BODYPUMP',
      description: 'A barbell workout, played on screen to the beat of the music.',
      ageRange: { minValue: 8, maxValue: 16 },
      offers: [{ type: 'Offer', price: 3.3, priceCurrency: 'GBP', name: 'Drop-in' }],
      location: { type: 'Place', id: 'https://example.com/places/1', name: 'Sporthal', geo: { latitude: 52.334, longitude: 5.212 } },
    },
  };
  const result = importOpenActive([{ name: 'page.json', json: { items: [{ state: 'updated', kind: 'ScheduledSession', id: '12345', modified: 1, data: session }], next: 'x' } }], context);
  const activity = (result.feed as Records).activities[0];

  it('becomes a dated activity on its one day, not an open-ended weekly one, and says it has ended', () => {
    expect(activity).toMatchObject({ programme: 'course', dateRange: { startDate: '2016-04-10', endDate: '2016-04-10' }, schedule: [{ byDay: ['SU'], startTime: '21:00', endTime: '21:45' }] });
    expect(lines(result.problems)).toContain(
      'warning page.json, items[0].data.superEvent (id https://example.com/series/bodypump): ended on 2016-04-10: its dates lie before the import date 2026-11-23, so the map shows it nowhere. Give its new dates if it still runs, or leave it out of the source',
    );
  });

  it('carries a full session as 0 places left, and its date of last change', () => {
    expect(activity).toMatchObject({ remainingPlaces: 0, lastVerified: '2016-03-01' });
  });

  it('keeps a price in pounds as text, never as euros', () => {
    expect(activity.cost).toEqual({ free: false, note: '3.3 GBP, Drop-in' });
    expect(lines(result.problems)).toContain(
      'warning page.json, items[0].data.superEvent.offers (id https://example.com/series/bodypump): the price 3.3 GBP is not in euros; it was kept as a note without an amount. Give the price in EUR',
    );
  });

  it('does not call a workout "played" to music play', () => {
    expect(activity.category).not.toBe('play');
  });
});

describe('currentItems (RPDE replay)', () => {
  const item = (id: string, modified: number | string, state = 'updated', name = id) =>
    ({ state, kind: 'SessionSeries', id, modified, ...(state === 'updated' ? { data: { type: 'SessionSeries', name } } : {}) });

  it('keeps the latest modified version of each item, in any page order', () => {
    const read = currentItems([
      { name: 'b', json: { items: [item('1', 20, 'updated', 'new')], next: 'c' } },
      { name: 'a', json: { items: [item('1', 10, 'updated', 'old')], next: 'b' } },
    ]);
    expect(read.items.map((i) => i.data.name)).toEqual(['new']);
  });

  it('drops an item deleted later, keeps one updated after its deletion', () => {
    const read = currentItems([{ name: 'a', json: { items: [item('1', 1), item('1', 2, 'deleted'), item('2', 3, 'deleted'), item('2', 4)], next: 'a' } }]);
    expect(read.items.map((i) => i.id)).toEqual(['2']);
  });

  it('reads a bare SessionSeries object as data too, and reports what it cannot read', () => {
    expect(currentItems([{ json: { type: 'SessionSeries', id: 'https://x.example/1' } }]).items).toHaveLength(1);
    expect(currentItems([{ name: 'odd.json', json: { hello: 'world' } }]).unreadable).toEqual([
      { file: 'odd.json', path: '(document)', reason: 'not an RPDE page ({ "items": [...], "next": ... }) or OpenActive data; it was ignored' },
    ]);
  });
});
