// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ResultList } from '../../../components/list/ResultList';
import { StatusBanner } from '../../../components/status/StatusBanner';
import { createAppState } from '../../../lib/state';
import { fixtureData, readyApp } from './fixture';
import { mount, update } from './render';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('status states', () => {
  it('shows a busy skeleton with a spoken "loading" while the feed loads', () => {
    const app = createAppState({ lang: 'nl' });
    const { container } = mount(<ResultList />, app);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(container.textContent).toContain('De gegevens worden geladen…');
  });

  it('explains a failed feed without cache and what to do, never a blank box, above list and map alike', () => {
    const app = createAppState({ lang: 'nl' });
    app.feed.value = { phase: 'failed', failure: { code: 'offline', message: 'fetch failed' } };
    const { container } = mount(<StatusBanner />, app);
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('De kaart kan nu niet worden getoond.');
    expect(alert?.textContent).toContain('Je bent offline.');
    expect(alert?.textContent).toContain('Probeer het later nog een keer.');
  });

  it('tells that cached data is shown, with the date it was fetched', () => {
    const app = readyApp();
    const ready = app.feed.value;
    if (ready.phase !== 'ready') throw new Error('fixture is not ready');
    const { container } = mount(<StatusBanner />, app);
    update(() => {
      app.feed.value = {
        phase: 'stale', data: ready.data, problems: [], counts: ready.counts,
        fetchedAt: '2026-09-10T08:30:00', failure: { code: 'offline', message: 'offline' },
      };
    });
    expect(container.textContent).toContain('Niet de nieuwste gegevens.');
    expect(container.textContent).toContain('Bijgewerkt op donderdag 10 september 2026, 08:30.');
  });

  it('says calmly when the browser keeps no data, or the background map cannot be shown, and what still works', () => {
    const app = readyApp();
    const { container } = mount(<StatusBanner />, app);
    const notices = () => [...container.querySelectorAll('[role="status"]')].map((notice) => notice.textContent);
    const before = notices();
    update(() => (app.notices.value = ['not-saved', 'tiles-invalid']));
    expect(notices()).toEqual([
      ...before,
      'Deze browser bewaart de gegevens niet. Zonder internet zie je ze de volgende keer dus niet.',
      'De achtergrondkaart kan niet worden getoond: het adres van de kaarttegels klopt niet. De buurten en plekken zie je wel.',
    ]);
    update(() => {
      app.lang.value = 'en';
      app.notices.value = ['save-failed'];
    });
    expect(notices().at(-1)).toBe('The data could not be kept in this browser, for example because its storage is full. Next time you will need the internet to see it.');
  });

  it('marks example data, and folds a problem count away for the publisher', () => {
    const app = readyApp();
    const ready = app.feed.value;
    if (ready.phase !== 'ready') throw new Error('fixture is not ready');
    app.feed.value = {
      ...ready,
      problems: [
        { path: 'activities[3].ageRange.max', id: 'act-9', kind: 'activities', reason: 'min age is higher than max age', severity: 'error' },
        { path: 'locations[1].buurtCode', reason: 'unknown buurt', severity: 'warning' },
      ],
    };
    const { container } = mount(<StatusBanner />, app);
    expect(container.textContent).toContain('Dit is voorbeelddata.');
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Voor de uitgever: 2 meldingen over de gegevens');
    expect(details?.textContent).toContain('activities[3].ageRange.max (act-9): min age is higher than max age');
  });

  it('says so when a feed has no offers at all', () => {
    const data = { ...fixtureData(), activities: [], huiskamers: [] };
    const { container } = mount(<ResultList />, readyApp({}, data));
    expect(container.textContent).toContain('Er staan nog geen activiteiten in deze gegevens.');
    expect(container.textContent).not.toContain('Wis alle filters');
  });
});
