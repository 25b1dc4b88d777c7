// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyHash, syncHash } from '../../../entrypoints/widget/hash-sync';
import { createAppState, TYPING_PAUSE_MS, type AppState } from '../../../lib/state';

let app: AppState;
let stop: () => void = () => undefined;

beforeEach(() => {
  history.replaceState(null, '', '/kinderwerk');
  app = createAppState({ lang: 'nl', view: 'list' });
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('the widget and the address bar', () => {
  it('opens the view a link describes', () => {
    expect(applyHash(app, '#kwk:area=BU00340309&age=8&view=map&sel=activity:a-1', 'list')).toBe(true);
    expect(app.criteria.value).toEqual({ area: 'BU00340309', age: 8 });
    expect(app.view.value).toBe('map');
    expect(app.selection.value).toEqual({ kind: 'activity', id: 'a-1' });
  });

  it('does not touch the address when the page opens, only after the visitor changes something', () => {
    stop = syncHash(app, window, { defaultView: 'list' });
    expect(location.hash).toBe('');
    app.criteria.value = { age: 6 };
    expect(location.hash).toBe('#kwk:age=6');
    app.criteria.value = {};
    expect(location.hash).toBe('');
    expect(location.pathname).toBe('/kinderwerk');
  });

  it('writes typed text into the address once typing pauses, not at every key', () => {
    vi.useFakeTimers();
    stop = syncHash(app, window, { defaultView: 'list' });
    app.criteria.value = { text: 'v' };
    app.criteria.value = { text: 'vo' };
    expect(location.hash).toBe('');
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(location.hash).toBe('#kwk:q=vo');
  });

  it('leaves an anchor of the host page alone', () => {
    history.replaceState(null, '', '/kinderwerk#contact');
    stop = syncHash(app, window, { defaultView: 'list' });
    app.criteria.value = { age: 6 };
    expect(location.hash).toBe('#contact');
  });

  it('keeps a chosen position when a link changes the filters', () => {
    app.criteria.value = { near: { lat: 52.37, lon: 5.21 } };
    applyHash(app, '#kwk:age=9', 'list');
    expect(app.criteria.value).toEqual({ age: 9, near: { lat: 52.37, lon: 5.21 } });
  });
});
