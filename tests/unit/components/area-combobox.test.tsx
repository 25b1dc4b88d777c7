// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AreaCombobox } from '../../../components/filters/AreaCombobox';
import { readyApp } from './fixture';
import { mount, press, type, update } from './render';

afterEach(() => {
  document.body.innerHTML = '';
});

function setup(criteria = {}) {
  const app = readyApp(criteria);
  const { container } = mount(<AreaCombobox />, app);
  const input = container.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = () => container.querySelector<HTMLElement>('[role="listbox"]')!;
  const options = () => [...listbox().querySelectorAll('[role="option"]')];
  return { app, container, input, listbox, options };
}

describe('AreaCombobox', () => {
  it('is a labelled combobox that controls a listbox', () => {
    const { container, input, listbox } = setup();
    const label = container.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toBe('Buurt of wijk');
    expect(input.getAttribute('aria-controls')).toBe(listbox().id);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(listbox().hidden).toBe(true);
  });

  it('suggests buurten and wijken while typing, by name and by code', () => {
    const { input, options } = setup();
    type(input, 'wijk');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(options().map((o) => o.querySelector('.kwk-combobox__name')?.textContent)).toEqual(['Filmwijk', 'Muziekwijk']);
    expect(options()[0].textContent).toContain('Buurt in Stad-Centrum');

    type(input, 'WK0034');
    expect(options().map((o) => o.querySelector('.kwk-combobox__name')?.textContent)).toEqual(['Stad-Centrum']);
  });

  it('moves through options with the arrow keys via aria-activedescendant and chooses with Enter', () => {
    const { app, input, options } = setup();
    type(input, 'wijk');
    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0].id);
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1].id);
    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0].id);
    press(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1].id);

    press(input, 'Enter');
    expect(app.criteria.value.area).toBe('BU00340202');
    expect(input.value).toBe('Muziekwijk');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('closes the suggestions with Esc, and clears the field with a second Esc', () => {
    const { app, input } = setup({ area: 'BU00340201' });
    expect(input.value).toBe('Filmwijk');
    type(input, 'Muz');
    press(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('Muz');
    press(input, 'Escape');
    expect(input.value).toBe('');
    expect(app.criteria.value.area).toBeUndefined();
  });

  it('opens the suggestions with ArrowDown and chooses with a click', () => {
    const { app, input, options } = setup();
    type(input, 'film');
    press(input, 'Escape');
    press(input, 'ArrowDown');
    expect(options()).toHaveLength(1);
    update(() => (options()[0] as HTMLElement).click());
    expect(app.criteria.value.area).toBe('BU00340201');
  });

  it('announces when nothing matches', () => {
    const { container, input } = setup();
    type(input, 'Zzzz');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('p[role="status"]')?.textContent).toBe('Geen buurt of wijk gevonden.');
  });

  it('shows the name of an area chosen elsewhere (map, deep link)', () => {
    const { app, input } = setup();
    update(() => {
      app.criteria.value = { area: 'WK003402' };
    });
    expect(input.value).toBe('Stad-Centrum');
  });
});
