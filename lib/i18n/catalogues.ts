/**
 * Where the message catalogues come from: here, both at once. The extension and the
 * site switch language freely and are not downloaded per visit. The widget's build
 * swaps this file for catalogues-on-demand.ts (vite.widget.config.ts), which fetches
 * a language other than Dutch only when a page asks for it. Both files export the same.
 *
 *   loadedCatalogue('en')?.list.nothingFound
 *   await loadCatalogue('en');
 */
import { en } from './en';
import { nl, type Messages } from './nl';
import type { Lang } from './language';

const CATALOGUES: Record<Lang, Messages> = { nl, en };

/** The catalogue of a language if it is loaded (here: always). */
export function loadedCatalogue(lang: Lang): Messages | undefined {
  return CATALOGUES[lang];
}

/** The catalogue of a language, loading it first when it is not in yet. */
export function loadCatalogue(lang: Lang): Promise<Messages> {
  return Promise.resolve(CATALOGUES[lang]);
}
