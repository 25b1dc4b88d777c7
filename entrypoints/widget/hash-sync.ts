/**
 * Keeps the app's filters, selection and view in step with the page's URL hash, so a
 * copied link opens the same view. Only a hash starting with `kwk:` is read or written;
 * the host page's own anchors are left alone (see lib/url-state.ts).
 *
 *   const stop = syncHash(app, window, { defaultView: 'list' });
 *
 * Nothing is written until the reader changes something: opening a page must not
 * rewrite its address. Typed text reaches the address once typing pauses.
 *
 * Opening details is a step in the browser's history: on a phone the details look like
 * a new page, so the Back button must close them (and Forward open them again) instead
 * of leaving the municipality's site. Filter changes replace the current entry, so Back
 * is not filled with every click. Closing details with their own button goes back over
 * the entry that opening made, so the next Back leaves as the visitor expects.
 *
 * Switching between the parents' view and the figures ("Aanbod" / "Cijfers") is a step
 * too: they read as two pages, so Back returns to the one before. The entry left behind
 * keeps the widget's hash of that moment, for when the address has no hash of ours.
 */
import { batch, effect } from '@preact/signals';
import type { AppState, View } from '../../lib/state';
import { formatHashState, nextHash, parseHashState, type HashState } from '../../lib/url-state';

/** Marks a history entry the widget made for open details; holds that view's own hash. */
const DETAILS_ENTRY = 'kwkDetails';
/** Marks a history entry left by switching between views; holds that entry's own hash. */
const TAB_ENTRY = 'kwkTab';

/** Whether the host page enabled a view (the figures may be off). */
export type CanShow = (view: View) => boolean;

const showAll: CanShow = () => true;

/** Applies a hash's state to the app. Returns false when the hash is not the widget's. */
export function applyHash(app: AppState, hash: string, defaultView: View, canShow: CanShow = showAll): boolean {
  const parsed = parseHashState(hash);
  if (!parsed) return false;
  // A link to a view this page did not enable opens the start view.
  const state = parsed.view && !canShow(parsed.view) ? { ...parsed, view: undefined } : parsed;
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

export function syncHash(app: AppState, win: Window, options: { defaultView: View; canShow?: CanShow }): () => void {
  const canShow = options.canShow ?? showAll;
  const { history, location } = win;
  /** True while the app follows the address, so that following writes no history. */
  let following = false;
  /** Set when the widget itself went back over its details entry: keep the current view then. */
  let wentBack = false;
  let firstRun = true;
  let open = app.selection.value !== undefined;
  let figures = app.view.value === 'cijfers';
  let lastOwn = '';

  const own = () => formatHashState(currentState(app, options.defaultView, app.settledCriteria.value));
  const urlFor = (hash: string) => (hash ? `#${hash}` : location.pathname + location.search);
  const entryState = (details: string | undefined): Record<string, unknown> => {
    const base: Record<string, unknown> = isRecord(history.state) ? { ...history.state } : {};
    if (details === undefined) delete base[DETAILS_ENTRY];
    else base[DETAILS_ENTRY] = details;
    return base;
  };
  const stateEntry = (key: string): string | undefined => {
    const value: unknown = isRecord(history.state) ? history.state[key] : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const detailsEntry = () => stateEntry(DETAILS_ENTRY);

  const follow = () => {
    if (wentBack) {
      // Closing by button went back over the details entry; that entry may hold older
      // filters, so write the view the reader has now instead of applying the old one.
      wentBack = false;
      const hash = nextHash(location.hash, own());
      if (hash !== undefined) history.replaceState(entryState(undefined), '', urlFor(hash));
      return;
    }
    following = true;
    try {
      if (applyHash(app, location.hash, options.defaultView, canShow)) return;
      // The host page's own anchor (or none): the history entry says whether details are open, or which view it had.
      const details = detailsEntry();
      const tab = stateEntry(TAB_ENTRY);
      if (details !== undefined) applyHash(app, `#${details}`, options.defaultView, canShow);
      else if (tab !== undefined) applyHash(app, `#${tab || 'kwk:'}`, options.defaultView, canShow);
      else if (app.selection.value !== undefined) app.selection.value = undefined;
    } finally {
      following = false;
    }
  };
  win.addEventListener('popstate', follow);
  win.addEventListener('hashchange', follow);

  const stopEffect = effect(() => {
    // The settled criteria: replaceState costs about 10 ms, too much for every keystroke.
    const ownHash = own();
    const nowOpen = app.selection.value !== undefined;
    const opened = nowOpen && !open;
    const closed = !nowOpen && open;
    open = nowOpen;
    const nowFigures = app.view.value === 'cijfers';
    const switched = nowFigures !== figures;
    figures = nowFigures;
    const before = lastOwn;
    lastOwn = ownHash;
    if (firstRun) return void (firstRun = false);
    if (following) return;
    const hash = nextHash(location.hash, ownHash);
    if (switched) {
      history.replaceState({ ...entryState(detailsEntry()), [TAB_ENTRY]: before }, '');
      const next = entryState(undefined);
      delete next[TAB_ENTRY];
      history.pushState(next, '', hash === undefined ? undefined : urlFor(hash));
      return;
    }
    if (opened) {
      // The host page's anchor stays in the address; the entry itself marks the details.
      history.pushState(entryState(ownHash), '', hash === undefined ? undefined : urlFor(hash));
      return;
    }
    if (closed && detailsEntry() !== undefined) {
      wentBack = true;
      history.back();
      return;
    }
    if (hash === undefined) return;
    // replaceState: filtering should not fill the back button with every keystroke.
    history.replaceState(entryState(nowOpen ? ownHash : undefined), '', urlFor(hash));
  });
  return () => {
    win.removeEventListener('popstate', follow);
    win.removeEventListener('hashchange', follow);
    stopEffect();
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// The view goes into the link only when it differs from where the widget starts.
function currentState(app: AppState, defaultView: View, criteria = app.criteria.value): HashState {
  const view = app.view.value;
  return { criteria, selection: app.selection.value, view: view === defaultView ? undefined : view };
}
