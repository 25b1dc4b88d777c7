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

/**
 * The `lang` to put on feed texts (names, descriptions, intake) when they are in
 * another language than the screen: a Dutch feed under an English widget must be read
 * with a Dutch voice (WCAG 3.1.2, language of parts). Feeds are Dutch unless their
 * `meta.language` says otherwise. Undefined when the languages match (nothing to mark).
 */
export function useFeedLang(): string | undefined {
  const app = useApp();
  const feed = app.feed.value;
  const declared = feed.phase === 'ready' || feed.phase === 'stale' ? feed.data.meta.language : undefined;
  const feedLang = declared ?? 'nl';
  const primary = (tag: string) => tag.split('-')[0].toLowerCase();
  return primary(feedLang) === primary(app.lang.value) ? undefined : feedLang;
}
