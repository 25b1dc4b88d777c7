// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppContext } from '../../../components/AppContext';
import { MapView } from '../../../components/map/MapView';
import { createAppState, TYPING_PAUSE_MS, type AppState } from '../../../lib/state';
import { update } from '../components/render';
import { MAP_COUNTS, MAP_DATA } from './fixture';

function readyApp(): AppState {
  const app = createAppState({ lang: 'nl' });
  app.feed.value = {
    phase: 'ready', data: MAP_DATA, problems: [], counts: MAP_COUNTS,
    fetchedAt: '2026-11-01T08:00:00Z',
  };
  return app;
}

let container: HTMLElement | undefined;

function mount(app: AppState, props: { tiles?: string; compact?: boolean } = { tiles: '' }): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  update(() => render(<AppContext.Provider value={app}><MapView {...props} /></AppContext.Provider>, container!));
  return container;
}

afterEach(() => {
  if (container) update(() => render(null, container!));
  container?.remove();
  container = undefined;
});

describe('MapView', () => {
  it('draws each buurt and marks the places (the play bus has none), with names as text', () => {
    const view = mount(readyApp());
    expect(view.querySelectorAll('path.kwk-map-buurt')).toHaveLength(2);
    const labels = [...view.querySelectorAll('.kwk-marker-icon')].map((m) => m.getAttribute('aria-label'));
    // Two places a few hundred metres apart: one cluster at the fitted zoom, or both apart.
    expect(labels.join(' ')).toMatch(/3 activiteiten|Buurthuis <img src=x onerror=alert\(1\)>: 2 activiteiten/);
    expect(view.querySelector('img[src="x"]')).toBeNull();
    expect(view.textContent).toContain('Buurtgrenzen: Kadaster / CBS <b>2015</b>');
    expect(view.querySelector('b')).toBeNull();
  });

  it('shows fewer places when a filter leaves fewer offers', () => {
    const app = readyApp();
    const view = mount(app);
    const offersOnMap = () =>
      [...view.querySelectorAll('.kwk-marker span')].reduce((sum, number) => sum + Number(number.textContent), 0);
    expect(offersOnMap()).toBe(3);
    // "a2" is for ages 10 to 12.
    update(() => void (app.criteria.value = { age: 4 }));
    expect(offersOnMap()).toBe(2);
  });

  it('follows typed text once typing pauses, and then shows what the list shows', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const app = readyApp();
      const view = mount(app);
      const offersOnMap = () =>
        [...view.querySelectorAll('.kwk-marker span')].reduce((sum, number) => sum + Number(number.textContent), 0);
      update(() => void (app.criteria.value = { text: 'Activiteit a' }));
      update(() => void (app.criteria.value = { text: 'Activiteit a3' }));
      expect(app.activities.value).toHaveLength(1);
      expect(offersOnMap()).toBe(3);
      update(() => void vi.advanceTimersByTime(TYPING_PAUSE_MS));
      expect(offersOnMap()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sets the area filter when a buurt is clicked', () => {
    const app = readyApp();
    const view = mount(app);
    const path = view.querySelectorAll('path.kwk-map-buurt')[1];
    update(() => void path.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 5 })));
    expect(app.criteria.value.area).toBe('BU00340202');
  });

  it('keeps the compact popup map to the essentials: no zoom buttons, no legend', () => {
    const view = mount(readyApp(), { tiles: '', compact: true });
    expect(view.querySelector('.leaflet-control-zoom')).toBeNull();
    expect(view.querySelector('.kwk-map-legend')).toBeNull();
    expect(view.textContent).toContain('Buurtgrenzen');
  });

  it('removes the map when it unmounts, and later state changes do not reach it', () => {
    const app = readyApp();
    const view = mount(app);
    expect(view.querySelector('.leaflet-container')).not.toBeNull();
    update(() => render(null, view));
    expect(view.querySelector('.leaflet-container')).toBeNull();
    expect(view.querySelector('path')).toBeNull();
    expect(() => update(() => void (app.criteria.value = { age: 5, area: 'BU00340201' }))).not.toThrow();
  });
});
