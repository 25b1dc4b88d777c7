/**
 * Texts and formatting in Dutch (B1) and English.
 *
 *   const m = t('nl');            m.list.nothingFound
 *   const f = createFormatter('en'); f.timeRange('15:00', '16:30')
 *   const lang = await loadLanguage('en'); // the widget's English texts are a chunk of their own
 */
import { nl, type Messages } from './nl';
import { loadCatalogue, loadedCatalogue } from './catalogues';
import { DEFAULT_LANG, type Lang } from './language';

export { LANGS, DEFAULT_LANG, pickLanguage, type Lang } from './language';
export { createFormatter, type Formatter } from './format';
export type { Messages } from './nl';

/**
 * The message catalogue of a language. Everywhere but the widget both are always in;
 * the widget loads a language (loadLanguage) before it shows it, and would fall back to Dutch.
 */
export function t(lang: Lang): Messages {
  return loadedCatalogue(lang) ?? nl;
}

/** Whether t(lang) gives that language's own texts now. */
export function hasLanguage(lang: Lang): boolean {
  return loadedCatalogue(lang) !== undefined;
}

/** Loads a language's texts; resolves to that language, or to Dutch when they cannot be fetched. */
export async function loadLanguage(lang: Lang): Promise<Lang> {
  try {
    await loadCatalogue(lang);
    return lang;
  } catch {
    return DEFAULT_LANG;
  }
}
