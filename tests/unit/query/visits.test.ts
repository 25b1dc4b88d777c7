import { describe, expect, it } from 'vitest';
import { createFeedIndex } from '../../../lib/query';
import { visitDaysIn } from '../../../lib/query/visits';
import { validDemo } from '../../helpers/demo-feed';

const index = createFeedIndex(validDemo('almere.json').data);
const activity = (id: string) => index.activitiesById.get(id)!;

describe('visitDaysIn', () => {
  it('gives the days a play bus is in a buurt, and in a wijk the days of its buurten', () => {
    const bus = activity('alm-act-speelbus-almere-stad').activity;
    expect(visitDaysIn(bus, index.areas, 'BU00340204')).toEqual(['TU']);
    expect(visitDaysIn(bus, index.areas, 'WK003402')?.sort()).toEqual(['FR', 'MO', 'TH', 'TU', 'WE']);
  });

  it('is every day of the schedule for a fixed place or mobile work without visits', () => {
    const voetbal = activity('alm-act-voetbal-filmwijk');
    expect(visitDaysIn(voetbal.activity, index.areas, 'BU00340202', voetbal.location)).toBeUndefined();
    expect(visitDaysIn(activity('alm-act-speelbus-haven-buiten').activity, index.areas, 'BU00340103')).toBeUndefined();
  });
});
