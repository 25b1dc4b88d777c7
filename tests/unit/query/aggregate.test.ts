import { describe, expect, it } from 'vitest';
import { areaTotals, contactsForArea, createFeedIndex, filterActivities, filterHuiskamers, neighbourhoodTotals } from '../../../lib/query';
import type { Criteria } from '../../../lib/query/criteria';
import { makeTown, NOW } from './fixture';

const index = createFeedIndex(makeTown());

describe('neighbourhoodTotals', () => {
  const totals = neighbourhoodTotals(index, {}, NOW);

  it('counts activities and huiskamers per buurt, the play bus in each buurt it visits', () => {
    expect(totals.get('BU03630101')).toEqual({ code: 'BU03630101', name: 'Centrum-Oost', kind: 'buurt', activities: 4, huiskamers: 0 });
    expect(totals.get('BU0363AD04')).toMatchObject({ activities: 1, huiskamers: 1 });
  });

  it('does not count programmes that are over', () => {
    // Voetbal only; the autumn holiday programme at the same playground ended.
    expect(totals.get('BU0363AD03')?.activities).toBe(1);
  });

  it('counts each activity once per wijk, even when it visits two of its buurten', () => {
    expect(totals.get('WK036301')).toMatchObject({ kind: 'wijk', name: 'Centrum', activities: 6, huiskamers: 1 });
    expect(totals.get('WK0363AD')).toMatchObject({ activities: 2, huiskamers: 1 });
  });

  it('counts only what fits the criteria, but every area stays on the map', () => {
    const forEightYearOlds = neighbourhoodTotals(index, { age: 8, area: 'BU03630101' }, NOW);
    expect(forEightYearOlds.get('BU03630101')?.activities).toBe(2); // Kookclub, Speelbus
    expect(forEightYearOlds.get('BU03630102')).toMatchObject({ activities: 2, huiskamers: 1 });
    expect(forEightYearOlds.size).toBe(6);
  });

  it('counts the same from the hits the list already found, and queries anew when an area narrows them', () => {
    const found = (criteria: Criteria) => ({
      activities: filterActivities(index, criteria, NOW),
      huiskamers: filterHuiskamers(index, criteria, NOW),
    });
    for (const criteria of [{}, { age: 8 }, { text: 'voetbal' }, { freeOnly: true, near: { lat: 52.37, lon: 4.9 } }] as Criteria[]) {
      expect(neighbourhoodTotals(index, criteria, NOW, found(criteria))).toEqual(neighbourhoodTotals(index, criteria, NOW));
    }
    const inWijk: Criteria = { area: 'WK036301' };
    expect(neighbourhoodTotals(index, inWijk, NOW, found(inWijk))).toEqual(totals);
  });
});

describe('areaTotals', () => {
  it('gives the same figures for one area', () => {
    const all = neighbourhoodTotals(index, {}, NOW);
    for (const code of ['BU03630101', 'BU0363AD04', 'WK036301', 'WK0363AD']) {
      expect(areaTotals(index, code, {}, NOW)).toEqual(all.get(code));
    }
  });

  it('is undefined for a code the feed does not know', () => {
    expect(areaTotals(index, 'BU99999999', {}, NOW)).toBeUndefined();
  });
});

describe('contactsForArea', () => {
  const names = (area?: string): string[] => contactsForArea(index, area).map((contact) => contact.name);

  it('lists everyone by name without an area', () => {
    expect(names()).toEqual(['Anouk Jansen', 'Sanne de Vries', 'Youssef El Amrani']);
  });

  it('gives the known faces of a buurt', () => {
    expect(names('BU03630102')).toEqual(['Sanne de Vries']);
    expect(names('BU0363AD04')).toEqual([]);
  });

  it('gives the known faces of any buurt in a wijk', () => {
    expect(names('WK0363AD')).toEqual(['Youssef El Amrani']);
    expect(names('WK036301')).toEqual(['Sanne de Vries']);
  });
});
