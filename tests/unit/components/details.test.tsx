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

  it('says plainly that a huiskamer is not walk-in, with the waiting list and the date it was counted', () => {
    const app = readyApp();
    app.selection.value = { kind: 'huiskamer', id: 'hk-noot' };
    mount(<DetailsPanel />, app);
    const text = panel()?.textContent ?? '';
    expect(text).toContain('Dit is geen inloop. Een kind komt hier via een verwijzing.');
    expect(text).toContain('4 kinderen op de wachtlijst');
    expect(text).toContain('Geteld op zaterdag 15 augustus 2026');
    expect(text).toContain('Ouders, School en GGD');
    expect(text).toContain('Eerst een gesprek met ouders en kind.');
  });

  it('says the same in English', () => {
    const app = readyApp();
    app.lang.value = 'en';
    app.selection.value = { kind: 'huiskamer', id: 'hk-noot' };
    mount(<DetailsPanel />, app);
    expect(panel()?.textContent).toContain('This is not a drop-in. A child comes here through a referral.');
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
