// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coveredAges } from '../../../components/filters/AgeFilter';
import { Filters } from '../../../components/filters/Filters';
import { ResultList } from '../../../components/list/ResultList';
import { readyApp } from './fixture';
import { byLabel, buttonNamed, choose, click, mount, resultNames, type } from './render';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

function stubGeolocation(getCurrentPosition: Geolocation['getCurrentPosition']) {
  vi.stubGlobal('navigator', { ...navigator, geolocation: { getCurrentPosition } });
}

describe('Filters', () => {
  it('counts active filters on the fold-out button and wipes them all at once', () => {
    const app = readyApp();
    const { container } = mount(<><Filters /><ResultList /></>, app);
    const toggle = container.querySelector<HTMLButtonElement>('.kwk-filters__toggle')!;
    expect(toggle.textContent).toContain('Filters');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    choose(byLabel(container, 'Dag'), 'MO');
    choose(byLabel(container, 'Soort activiteit'), 'creative');
    click(byLabel(container, 'Alleen gratis'));
    expect(toggle.textContent).toContain('Filters (3)');
    expect(resultNames(container, 'Activiteiten')).toEqual([]);

    click(buttonNamed(container, 'Filters wissen'));
    expect(app.criteria.value).toEqual({});
    expect(toggle.textContent).not.toContain('(');
    expect(resultNames(container, 'Activiteiten')).toHaveLength(3);
  });

  it('searches text accent- and case-insensitively', () => {
    const app = readyApp();
    const { container } = mount(<><Filters /><ResultList /></>, app);
    type(byLabel<HTMLInputElement>(container, 'Zoeken'), 'KNÜTSEL');
    expect(resultNames(container, 'Activiteiten')).toEqual(['Knutselclub']);
  });

  it('lets the map follow the typed text on Enter or on leaving the field, without waiting for a pause', () => {
    const app = readyApp();
    const { container } = mount(<Filters />, app);
    const search = byLabel<HTMLInputElement>(container, 'Zoeken');
    type(search, 'knutsel');
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(app.settledCriteria.value).toEqual({ text: 'knutsel' });
    type(search, 'voetbal');
    search.dispatchEvent(new FocusEvent('blur'));
    expect(app.settledCriteria.value).toEqual({ text: 'voetbal' });
  });

  it('asks for the location only on click, then sorts by distance and shows it', () => {
    const getCurrentPosition = vi.fn<Geolocation['getCurrentPosition']>((success) =>
      success({ coords: { latitude: 52.375, longitude: 5.226 } } as GeolocationPosition),
    );
    stubGeolocation(getCurrentPosition);
    const app = readyApp();
    const { container } = mount(<><Filters /><ResultList /></>, app);
    expect(getCurrentPosition).not.toHaveBeenCalled();

    const near = buttonNamed(container, /Dichtbij mij/);
    click(near);
    expect(getCurrentPosition).toHaveBeenCalledOnce();
    expect(near.getAttribute('aria-pressed')).toBe('true');
    // De Noot is next door; 't Hoekje is about 1.4 km west.
    expect(resultNames(container, 'Activiteiten')).toEqual(['<img src=x onerror=alert(1)>', 'Knutselclub', 'Straatvoetbal']);
    expect(container.querySelector('.kwk-item__distance')?.textContent).toMatch(/^70\sm\shiervandaan$/);

    click(near);
    expect(app.criteria.value.near).toBeUndefined();
  });

  it('says clearly when the location may not be used', () => {
    stubGeolocation((_success, failure) => failure?.({ code: 1, message: 'denied' } as GeolocationPositionError));
    const app = readyApp();
    const { container } = mount(<Filters />, app);
    click(buttonNamed(container, /Dichtbij mij/));
    expect(container.querySelector('.kwk-near [role="status"]')?.textContent).toBe(
      'We mogen niet zien waar je bent. Typ dan de naam van je buurt of wijk bij "Buurt of wijk".',
    );
    expect(app.criteria.value.near).toBeUndefined();
  });
});

describe('the age filter', () => {
  it('offers only the ages the data covers, plus an age a link already chose', () => {
    expect(coveredAges({ activities: [{ ageRange: { min: 6, max: 10 } }], huiskamers: [{ ageRange: { min: 4, max: 12 } }] })).toEqual({ min: 4, max: 12 });
    expect(coveredAges(undefined)).toEqual({ min: 4, max: 12 });
    expect(coveredAges({ activities: [{ ageRange: { min: 8, max: 14 } }], huiskamers: [] })).toEqual({ min: 8, max: 14 });
  });
});

describe('the age select', () => {
  it('lists the ages from the youngest to the oldest of the offers in the data', () => {
    const { container } = mount(<Filters />, readyApp());
    const ages = [...byLabel(container, 'Leeftijd van je kind').querySelectorAll('option')].map((option) => option.value).filter(Boolean);
    expect(ages[0]).not.toBe('0');
    expect(ages.at(-1)).not.toBe('18');
    expect(ages.length).toBeGreaterThan(3);
  });
});
