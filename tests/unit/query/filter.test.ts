import { describe, expect, it } from 'vitest';
import { createFeedIndex, filterActivities, filterHuiskamers, type Criteria } from '../../../lib/query';
import { makeTown, NOW } from './fixture';

const index = createFeedIndex(makeTown());
const activityNames = (criteria: Criteria, now = NOW): string[] =>
  filterActivities(index, criteria, now).map((hit) => hit.activity.name);
const huiskamerNames = (criteria: Criteria, now = NOW): string[] =>
  filterHuiskamers(index, criteria, now).map((hit) => hit.huiskamer.name);

describe('filterActivities', () => {
  it('lists everything that is not over, in Dutch name order', () => {
    expect(activityNames({})).toEqual([
      'Dansles hiphop', 'Huiswerkklas', 'Kerstvakantie knutselweek', 'Knutselclub', 'Kookclub Zoë', 'Speelbus',
      'Voetbal op het plein',
    ]);
  });

  it('hides a holiday programme that ended, even when searched for by name', () => {
    expect(activityNames({ text: 'herfstvakantie' })).toEqual([]);
  });

  it('shows the holiday programme again on its last day', () => {
    expect(activityNames({ text: 'herfstvakantie' }, new Date(2026, 9, 25, 20, 0))).toEqual([
      'Herfstvakantie: natuurspeurtocht',
    ]);
  });

  it('filters by buurt, including the play bus that visits it', () => {
    expect(activityNames({ area: 'BU03630101' })).toEqual(['Dansles hiphop', 'Huiswerkklas', 'Kookclub Zoë', 'Speelbus']);
  });

  it('filters by wijk with a letter code: everything in any of its buurten', () => {
    expect(activityNames({ area: 'WK0363AD' })).toEqual(['Speelbus', 'Voetbal op het plein']);
  });

  it('gives each hit its location and buurten', () => {
    const [bus] = filterActivities(index, { text: 'speelbus' }, NOW);
    expect(bus.location).toBeUndefined();
    expect(bus.buurtCodes).toEqual(['BU03630101', 'BU0363AD04']);
    const [voetbal] = filterActivities(index, { text: 'voetbal' }, NOW);
    expect(voetbal.location?.name).toBe('Speeltuin Het Park');
    expect(voetbal.organization?.name).toBe('Sportbedrijf Voorbeeldstad');
  });

  it('finds nothing in an area the feed does not know', () => {
    expect(activityNames({ area: 'BU99999999' })).toEqual([]);
  });

  it('keeps only offers whose age range includes the child, both ends included', () => {
    expect(activityNames({ age: 5 })).toEqual(['Kerstvakantie knutselweek', 'Knutselclub', 'Speelbus']);
    expect(activityNames({ age: 12 })).not.toContain('Knutselclub');
    expect(activityNames({ age: 12 })).toContain('Voetbal op het plein');
  });

  it('filters on days', () => {
    expect(activityNames({ days: ['SA'] })).toEqual(['Dansles hiphop']);
    expect(activityNames({ days: ['FR', 'SA'] })).toEqual(['Dansles hiphop', 'Kerstvakantie knutselweek', 'Kookclub Zoë']);
  });

  it('filters on the part of the day; a session overlapping two parts counts for both', () => {
    expect(activityNames({ timeOfDay: 'morning' })).toEqual(['Dansles hiphop', 'Kerstvakantie knutselweek']);
    expect(activityNames({ timeOfDay: 'evening' })).toEqual(['Kookclub Zoë']);
    expect(activityNames({ timeOfDay: 'afternoon' })).toContain('Kookclub Zoë');
    expect(activityNames({ timeOfDay: 'afternoon' })).not.toContain('Kerstvakantie knutselweek');
  });

  it('needs day and time in the same session: Wednesday afternoon', () => {
    expect(activityNames({ days: ['WE'], timeOfDay: 'afternoon' })).toEqual([
      'Huiswerkklas', 'Speelbus', 'Voetbal op het plein',
    ]);
    expect(activityNames({ days: ['SA'], timeOfDay: 'afternoon' })).toEqual([]);
  });

  it('filters on any of the chosen categories', () => {
    expect(activityNames({ categories: ['creative'] })).toEqual(['Kerstvakantie knutselweek', 'Knutselclub']);
    expect(activityNames({ categories: ['sport', 'cooking'] })).toEqual(['Kookclub Zoë', 'Voetbal op het plein']);
  });

  it('shows only free activities when asked', () => {
    expect(activityNames({ freeOnly: true })).not.toContain('Kookclub Zoë');
    expect(activityNames({ freeOnly: true })).toHaveLength(6);
  });

  it('shows only walk-in activities when asked', () => {
    expect(activityNames({ join: ['walk-in'] })).toEqual(['Dansles hiphop', 'Speelbus', 'Voetbal op het plein']);
  });

  it('treats empty lists as no filter', () => {
    expect(activityNames({ days: [], categories: [], join: [] })).toHaveLength(7);
  });

  it('matches text without caring about case or accents', () => {
    expect(activityNames({ text: 'CAFE' })).toEqual(['Kookclub Zoë']);
    expect(activityNames({ text: 'zoe' })).toEqual(['Kookclub Zoë']);
    expect(activityNames({ text: 'Café Brug' })).toEqual(['Kookclub Zoë']);
  });

  it('needs every word of the text to match', () => {
    expect(activityNames({ text: 'koken gezond' })).toEqual(['Kookclub Zoë']);
    expect(activityNames({ text: 'koken voetbal' })).toEqual([]);
  });

  it('finds text in the buurt name, the organisation and the category in both languages', () => {
    expect(activityNames({ text: 'poetenbuurt' })).toEqual(['Kerstvakantie knutselweek', 'Knutselclub']);
    expect(activityNames({ text: 'sportbedrijf' })).toEqual(['Voetbal op het plein']);
    expect(activityNames({ text: 'muziek' })).toEqual(['Dansles hiphop']);
    expect(activityNames({ text: 'arts and crafts' })).toEqual(['Kerstvakantie knutselweek', 'Knutselclub']);
  });

  it('shows only what runs in the coming week', () => {
    expect(activityNames({ comingWeek: true })).not.toContain('Kerstvakantie knutselweek');
    expect(activityNames({ comingWeek: true })).toContain('Dansles hiphop');
    expect(activityNames({ comingWeek: true })).toHaveLength(6);
  });

  it('shows the holiday programme in the coming week during the Christmas holiday', () => {
    expect(activityNames({ comingWeek: true, categories: ['creative'] }, new Date(2026, 11, 23, 9, 0))).toEqual([
      'Kerstvakantie knutselweek', 'Knutselclub',
    ]);
  });

  it('does not count a range that only touches a weekend without sessions', () => {
    // The Christmas programme starts on Saturday 19 December but has sessions on weekdays only;
    // the week from Sunday 13 December ends on that Saturday.
    expect(activityNames({ comingWeek: true, text: 'kerst' }, new Date(2026, 11, 13, 9, 0))).toEqual([]);
    // From Thursday 17 December the week reaches Monday the 21st, its first session.
    expect(activityNames({ comingWeek: true, text: 'kerst' }, new Date(2026, 11, 17, 9, 0))).toEqual(['Kerstvakantie knutselweek']);
  });

  it('sorts by distance when a point is given, the play bus by the nearest buurt it visits', () => {
    const hits = filterActivities(index, { near: { lat: 52.3625, lon: 4.905 } }, NOW);
    expect(hits.slice(0, 3).map((hit) => hit.activity.name)).toEqual(['Voetbal op het plein', 'Speelbus', 'Kookclub Zoë']);
    expect(hits[0].distance).toBeLessThan(1);
    expect(hits[1].distance).toBeGreaterThan(600);
    expect(hits[1].distance).toBeLessThan(750);
    const distances = hits.map((hit) => hit.distance ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('has no distance without a point', () => {
    expect(filterActivities(index, {}, NOW).every((hit) => hit.distance === undefined)).toBe(true);
  });
});

describe('filterHuiskamers', () => {
  it('lists huiskamers by name', () => {
    expect(huiskamerNames({})).toEqual(['De Huiskamer van De Molen', 'Huiskamer Zuid']);
  });

  it('filters by buurt and by wijk', () => {
    expect(huiskamerNames({ area: 'BU0363AD04' })).toEqual(['Huiskamer Zuid']);
    expect(huiskamerNames({ area: 'WK036301' })).toEqual(['De Huiskamer van De Molen']);
  });

  it('filters by age, day and time of day', () => {
    expect(huiskamerNames({ age: 5 })).toEqual(['De Huiskamer van De Molen']);
    expect(huiskamerNames({ days: ['MO'] })).toEqual(['Huiskamer Zuid']);
    expect(huiskamerNames({ days: ['WE'], timeOfDay: 'afternoon' })).toEqual(['De Huiskamer van De Molen']);
    expect(huiskamerNames({ timeOfDay: 'evening' })).toEqual([]);
  });

  it('leaves out huiskamers that ask a fee when only free is wanted; no stated cost counts as free', () => {
    expect(huiskamerNames({ freeOnly: true })).toEqual(['Huiskamer Zuid']);
  });

  it('leaves huiskamers out when only walk-in is wanted: they work by referral', () => {
    expect(huiskamerNames({ join: ['walk-in'] })).toEqual([]);
    expect(huiskamerNames({ join: ['walk-in', 'referral'] })).toHaveLength(2);
  });

  it('matches text on goals and location, accent-insensitive', () => {
    expect(huiskamerNames({ text: 'vriendjes' })).toEqual(['Huiskamer Zuid']);
    expect(huiskamerNames({ text: 'POËTENBUURT' })).toEqual(['De Huiskamer van De Molen']);
  });

  it('sorts by distance', () => {
    const hits = filterHuiskamers(index, { near: { lat: 52.3625, lon: 4.915 } }, NOW);
    expect(hits.map((hit) => hit.huiskamer.name)).toEqual(['Huiskamer Zuid', 'De Huiskamer van De Molen']);
    expect(hits[0].distance).toBeLessThan(1);
  });
});
