import { describe, expect, it } from 'vitest';
import { areaLink, formatHashState, nextHash, parseHashState, type HashState } from '../../lib/url-state';

describe('URL hash state', () => {
  it('turns filters, view and selection into a readable link and back', () => {
    const state: HashState = {
      view: 'list',
      criteria: {
        area: 'BU00340202', age: 8, days: ['MO', 'WE'], timeOfDay: 'afternoon', categories: ['sport', 'play'],
        freeOnly: true, join: ['walk-in'], text: 'voetbal & dans', comingWeek: true,
      },
      selection: { kind: 'activity', id: 'alm-act-1' },
    };
    const hash = formatHashState(state);
    expect(hash).toBe(
      'kwk:view=list&area=BU00340202&age=8&days=MO,WE&time=afternoon&cat=sport,play&free=1&join=walk-in'
        + '&q=voetbal%20%26%20dans&week=1&sel=activity:alm-act-1',
    );
    expect(parseHashState('#' + hash)).toEqual(state);
  });

  it('reads the example link from the documentation', () => {
    expect(parseHashState('#kwk:area=BU00340202&age=8&sel=activity:alm-act-1')).toEqual({
      criteria: { area: 'BU00340202', age: 8 },
      selection: { kind: 'activity', id: 'alm-act-1' },
    });
  });

  it('keeps ids that contain a colon', () => {
    expect(parseHashState('#kwk:sel=location:gm0034:loc.1')?.selection).toEqual({ kind: 'location', id: 'gm0034:loc.1' });
  });

  it('leaves the host page\'s own anchors alone', () => {
    expect(parseHashState('#contact')).toBeUndefined();
    expect(parseHashState('')).toBeUndefined();
    expect(nextHash('#contact', 'kwk:age=4')).toBeUndefined();
  });

  it('writes only when something changed', () => {
    expect(nextHash('', 'kwk:age=4')).toBe('kwk:age=4');
    expect(nextHash('#kwk:age=4', 'kwk:age=4')).toBeUndefined();
    expect(nextHash('#kwk:age=4', 'kwk:age=5')).toBe('kwk:age=5');
    expect(nextHash('#kwk:age=4', '')).toBe('');
  });

  it('gives an empty hash when nothing is filtered or selected', () => {
    expect(formatHashState({ criteria: {} })).toBe('');
  });

  it('drops what a crafted or broken link gets wrong, and keeps the rest', () => {
    const state = parseHashState(
      '#kwk:area=<script>&age=99&days=MO,XX&time=night&cat=sport,hacking&free=yes&join=teleport'
        + '&sel=javascript:alert(1)&view=globe&q=%E0%A4%A&week=1',
    );
    expect(state).toEqual({ criteria: { days: ['MO'], categories: ['sport'], comingWeek: true } });
  });

  it('never puts a position in the link', () => {
    expect(formatHashState({ criteria: { near: { lat: 52.37, lon: 5.21 } } })).toBe('');
  });

  it('accepts wijk codes as area and area selections', () => {
    expect(parseHashState('#kwk:area=WK003402&sel=area:BU00340202')).toEqual({
      criteria: { area: 'WK003402' },
      selection: { kind: 'area', id: 'BU00340202' },
    });
  });

  it('links to one buurt in the widget on a municipality page, in place of the page\'s own anchor', () => {
    expect(areaLink('https://www.almere.nl/kinderwerk', 'BU00340202')).toBe('https://www.almere.nl/kinderwerk#kwk:area=BU00340202');
    expect(areaLink('https://www.almere.nl/kinderwerk?x=1#top', 'WK003402')).toBe('https://www.almere.nl/kinderwerk?x=1#kwk:area=WK003402');
    expect(parseHashState(new URL(areaLink('https://www.almere.nl/kaart', 'BU00340202')).hash)?.criteria.area).toBe('BU00340202');
  });
});
