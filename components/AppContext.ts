/**
 * Hands the app's signals, texts and formatter to every component, so none of them
 * needs to know whether it runs in the widget or the extension popup.
 *
 *   <AppContext.Provider value={createAppState({ lang: 'nl' })}><App /></AppContext.Provider>
 *
 *   const app = useApp();      app.criteria.value
 *   const text = useText();    text.list.nothingFound
 *   const format = useFormat(); format.date('2026-11-23')
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createFormatter, t, type Formatter, type Lang, type Messages } from '../lib/i18n';
import type { AppState } from '../lib/state';

export const AppContext = createContext<AppState | undefined>(undefined);

export function useApp(): AppState {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp() needs an <AppContext.Provider> around the component tree');
  return app;
}

/** The message catalogue of the current language; re-renders the caller when the language changes. */
export function useText(): Messages {
  return t(useApp().lang.value);
}

// Intl formatters are costly to build and every list row asks for one: one per language.
const formatters = new Map<Lang, Formatter>();

/** Dates, times, ages and money in the current language. */
export function useFormat(): Formatter {
  const lang = useApp().lang.value;
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = createFormatter(lang);
    formatters.set(lang, formatter);
  }
  return formatter;
}
