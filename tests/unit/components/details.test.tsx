// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../../components/details/DetailsPanel';
import { ResultList } from '../../../components/list/ResultList';
import { createAppState } from '../../../lib/state';
import { readyApp } from './fixture';
import { buttonNamed, click, mount, press, update } from './render';

afterEach(() => {
  document.body.innerHTML = '';
});

const panel = () => document.querySelector<HTMLElement>('.kwk-details');

describe('DetailsPanel', () => {
  it('opens from the list with focus on its heading; Esc closes it and focus returns to the opener', () => {
    const app = readyApp();
    const { container } = mount(<><ResultList /><DetailsPanel /></>, app);
    const opener = buttonNamed(container, 'Straatvoetbal');
    opener.focus();
    click(opener);
    expect(app.selection.value).toEqual({ kind: 'activity', id: 'act-voetbal' });
    const heading = panel()?.querySelector('.kwk-details__title');
    expect(heading?.textContent).toBe('Straatvoetbal');
    expect(document.activeElement).toBe(heading);

    press(heading!, 'Escape');
    expect(app.selection.value).toBeUndefined();
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('shows a selection from a link once the data is there, without pulling focus to it', () => {
    const app = createAppState({ lang: 'nl', selection: { kind: 'huiskamer', id: 'hk-noot' } });
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    mount(<DetailsPanel />, app);
    expect(panel()).toBeNull();

    update(() => {
      app.feed.value = readyApp().feed.value;
    });
    expect(panel()?.querySelector('.kwk-details__title')?.textContent).toBe('Huiskamer De Noot');
    expect(document.activeElement).toBe(before);
    press(before, 'Escape');
    expect(panel()).toBeNull();
  });

  it('closes with the close button and returns focus as well', () => {
    const app = readyApp();
    const { container } = mount(<><ResultList /><DetailsPanel /></>, app);
    const opener = buttonNamed(container, 'Knutselclub');
    opener.focus();
    click(opener);
    click(buttonNamed(panel()!, /Sluiten/));
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('explains what a huiskamer is, that it is no BSO, and that a parent can ask for a place', () => {
    const app = readyApp();
    app.selection.value = { kind: 'huiskamer', id: 'hk-noot' };
    mount(<DetailsPanel />, app);
    const text = panel()?.textContent ?? '';
    expect(text).toContain('Wat is een huiskamer?');
    expect(text).toContain('Een huiskamer is geen BSO');
    expect(text).toContain('Je kind kan hier niet zomaar binnenlopen.');
    expect(text).toContain('4 kinderen op de wachtlijst');
    expect(text).toContain('geteld op zaterdag 15 augustus 2026');
    expect(text).toContain('Je kunt als ouder zelf een plek vragen voor je kind.');
    expect(text).toContain('Dit kan ook via de school en de GGD.');
    expect(text).not.toContain('Ouders, School');
    expect(text).toContain('Eerst een gesprek met ouders en kind.');
  });

  it('says whom to ask when a parent cannot ask for a place, and how long the wait is', () => {
    const app = readyApp();
    const ready = app.feed.value;
    if (ready.phase !== 'ready') throw new Error('fixture is not ready');
    const huiskamers = ready.data.huiskamers.map((huiskamer) =>
      huiskamer.id === 'hk-noot'
        ? { ...huiskamer, referrers: ['school', 'wijkteam'] as const, waitingList: { count: 4, countedOn: '2026-08-15', expectedWeeks: 6 } }
        : huiskamer,
    );
    update(() => (app.feed.value = { ...ready, data: { ...ready.data, huiskamers: huiskamers as typeof ready.data.huiskamers } }));
    app.selection.value = { kind: 'huiskamer', id: 'hk-noot' };
    mount(<DetailsPanel />, app);
    const text = panel()?.textContent ?? '';
    expect(text).toContain('Een plek vragen gaat via de school en het wijkteam.');
    expect(text).not.toContain('Je kunt als ouder zelf');
    expect(text).toContain('Je wacht ongeveer 6 weken.');
  });

  it('says the same in English, explaining the word huiskamer', () => {
    const app = readyApp();
    app.lang.value = 'en';
    app.selection.value = { kind: 'huiskamer', id: 'hk-noot' };
    mount(<DetailsPanel />, app);
    expect(panel()?.textContent).toContain('A huiskamer ("living room") is a fixed, safe place after school');
    expect(panel()?.textContent).toContain('As a parent, you can ask for a place for your child yourself.');
  });

  it('shows consenting contact persons with tap-to-call, and never one without consent', () => {
    const app = readyApp();
    app.selection.value = { kind: 'activity', id: 'act-voetbal' };
    mount(<DetailsPanel />, app);
    const text = panel()?.textContent ?? '';
    expect(text).toContain('Anna de Vries');
    expect(text).not.toContain('Geheime Gert');
    const call = panel()?.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
    expect(call?.getAttribute('href')).toBe('tel:0361234567');

    update(() => {
      app.selection.value = { kind: 'contact', id: 'con-geheim' };
    });
    expect(panel()?.textContent).not.toContain('Geheime Gert');
    expect(panel()?.textContent).not.toContain('06 99999999');
  });

  it('renders a javascript: link as plain text and hostile strings as text', () => {
    const app = readyApp();
    app.selection.value = { kind: 'activity', id: 'act-xss' };
    mount(<DetailsPanel />, app);
    const root = panel()!;
    expect(root.querySelector('.kwk-details__title')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<script>alert(2)</script>');
    expect(root.textContent).toContain('Meer informatie');
    for (const link of root.querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(/^(https?:|mailto:|tel:)/);
    }
  });

  it('gives a route link to OpenStreetMap and the address of the place', () => {
    const app = readyApp();
    app.selection.value = { kind: 'location', id: 'loc-hoekje' };
    mount(<DetailsPanel />, app);
    const route = panel()?.querySelector<HTMLAnchorElement>('a[href^="https://www.openstreetmap.org/directions"]');
    expect(route?.getAttribute('href')).toBe('https://www.openstreetmap.org/directions?to=52.375000,5.205000');
    expect(route?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(route?.textContent).toContain('(opent in een nieuw tabblad)');
    expect(panel()?.textContent).toContain('Filmweg 1, 1325 AB Almere');
    expect(panel()?.textContent).toContain('Straatvoetbal');
  });
});
