/**
 * Keeps the app's filters, selection and view in step with the page's URL hash, so a
 * copied link opens the same view. Only a hash starting with `kwk:` is read or written;
 * the host page's own anchors are left alone (see lib/url-state.ts).
 *
 *   const stop = syncHash(app, window, { defaultView: 'list' });
 *
 * Nothing is written until the reader changes something: opening a page must not
 * rewrite its address. Typed text reaches the address once typing pauses.
 */
import { batch, effect } from '@preact/signals';
import type { AppState, View } from '../../lib/state';
import { formatHashState, nextHash, parseHashState, type HashState } from '../../lib/url-state';

/** Applies a hash's state to the app. Returns false when the hash is not the widget's. */
export function applyHash(app: AppState, hash: string, defaultView: View): boolean {
  const state = parseHashState(hash);
  if (!state) return false;
  if (formatHashState(state) === formatHashState(currentState(app, defaultView))) return true;
  // A position never travels in a link, so keep the one this reader chose.
  const near = app.criteria.value.near;
  batch(() => {
    app.criteria.value = near ? { ...state.criteria, near } : state.criteria;
    app.selection.value = state.selection;
    app.view.value = state.view ?? defaultView;
  });
  return true;
}

export function syncHash(app: AppState, win: Window, options: { defaultView: View }): () => void {
  const onHashChange = () => void applyHash(app, win.location.hash, options.defaultView);
  win.addEventListener('hashchange', onHashChange);
  let firstRun = true;
  const stopEffect = effect(() => {
    // The settled criteria: replaceState costs about 10 ms, too much for every keystroke.
    const own = formatHashState(currentState(app, options.defaultView, app.settledCriteria.value));
    if (firstRun) return void (firstRun = false);
    const hash = nextHash(win.location.hash, own);
    if (hash === undefined) return;
    const { pathname, search } = win.location;
    // replaceState: filtering should not fill the back button with every keystroke.
    win.history.replaceState(win.history.state, '', hash ? `#${hash}` : pathname + search);
  });
  return () => {
    win.removeEventListener('hashchange', onHashChange);
    stopEffect();
  };
}

// The view goes into the link only when it differs from where the widget starts.
function currentState(app: AppState, defaultView: View, criteria = app.criteria.value): HashState {
  const view = app.view.value;
  return { criteria, selection: app.selection.value, view: view === defaultView ? undefined : view };
}
