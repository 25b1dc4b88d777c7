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

describe('the Back button and the details', () => {
  const backTo = async (win: Window) => {
    const moved = new Promise((resolve) => win.addEventListener('popstate', resolve, { once: true }));
    win.history.back();
    await moved;
  };

  it('makes opening details a history step that Back closes and Forward opens again', async () => {
    stop = syncHash(app, window, { defaultView: 'list' });
    app.criteria.value = { age: 6 };
    const before = history.length;
    app.selection.value = { kind: 'activity', id: 'a-1' };
    expect(history.length).toBe(before + 1);
    expect(location.hash).toBe('#kwk:age=6&sel=activity:a-1');

    await backTo(window);
    expect(app.selection.value).toBeUndefined();
    expect(app.criteria.value).toEqual({ age: 6 });

    const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.forward();
    await moved;
    expect(app.selection.value).toEqual({ kind: 'activity', id: 'a-1' });
  });

  it('closing with the button goes back over that step, keeping filters chosen meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    stop = syncHash(app, window, { defaultView: 'list' });
    const before = history.length;
    app.selection.value = { kind: 'activity', id: 'a-1' };
    app.criteria.value = { age: 9 };
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    vi.useRealTimers();
    const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    app.selection.value = undefined;
    await moved;
    expect(app.criteria.value).toEqual({ age: 9 });
    expect(location.hash).toBe('#kwk:age=9');
    // Back now leaves the view the way it was before the details were opened, not into them.
    expect(history.length).toBeGreaterThanOrEqual(before);
  });

  it('changing filters replaces the current step instead of adding one', () => {
    stop = syncHash(app, window, { defaultView: 'list' });
    const before = history.length;
    app.criteria.value = { age: 6 };
    app.criteria.value = { age: 7 };
    expect(history.length).toBe(before);
  });

  it("makes switching to the figures a history step that Back undoes, with the filters of before", async () => {
    stop = syncHash(app, window, { defaultView: 'list' });
    app.criteria.value = { age: 6 };
    const before = history.length;
    app.view.value = 'cijfers';
    expect(history.length).toBe(before + 1);
    expect(location.hash).toBe('#kwk:view=cijfers&age=6');
    await backTo(window);
    expect(app.view.value).toBe('list');
    expect(app.criteria.value).toEqual({ age: 6 });
  });

  it('goes back from the figures to the start even when the address had no hash of the widget', async () => {
    stop = syncHash(app, window, { defaultView: 'list' });
    app.view.value = 'map';
    app.view.value = 'cijfers';
    await backTo(window);
    expect(app.view.value).toBe('map');
    expect(location.hash).toBe('#kwk:view=map');
    app.view.value = 'list';
    app.view.value = 'cijfers';
    history.replaceState(history.state, '', '/kinderwerk');
    app.view.value = 'list';
    await backTo(window);
    expect(app.view.value).toBe('cijfers');
  });

  it('opens the start view for a link to figures the page did not enable', () => {
    expect(applyHash(app, '#kwk:view=cijfers&age=8', 'list', (view) => view !== 'cijfers')).toBe(true);
    expect(app.view.value).toBe('list');
    expect(app.criteria.value).toEqual({ age: 8 });
  });

  it('also works when the host page has its own anchor in the address', async () => {
    history.replaceState(null, '', '/kinderwerk#contact');
    stop = syncHash(app, window, { defaultView: 'list' });
    app.selection.value = { kind: 'huiskamer', id: 'h-1' };
    expect(location.hash).toBe('#contact');
    await backTo(window);
    expect(app.selection.value).toBeUndefined();
  });
});
