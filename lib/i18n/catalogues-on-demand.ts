/**
 * The widget's message catalogues (vite.widget.config.ts puts this file in place of
 * catalogues.ts): Dutch in the main file, every other language a chunk of its own
 * (kinderwerk-kaart-en.js), fetched when a page or reader asks for it. Most readers
 * get Dutch, so they no longer download the English texts. The classic build has the
 * chunk inline, so there loading it takes no request.
 *
 *   loadedCatalogue('en');          // undefined until loaded
 *   await loadCatalogue('en');      // rejects when the chunk cannot be fetched
 */
import { nl, type Messages } from './nl';
import type { Lang } from './language';

const loaded: Partial<Record<Lang, Messages>> = { nl };
const loading = new Map<Lang, Promise<Messages>>();

const LOADERS: Record<Exclude<Lang, 'nl'>, () => Promise<Messages>> = {
  en: () => import('./en').then((module) => module.en),
};

export function loadedCatalogue(lang: Lang): Messages | undefined {
  return loaded[lang];
}

export function loadCatalogue(lang: Lang): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang as Exclude<Lang, 'nl'>]().then(
      (messages) => (loaded[lang] = messages),
      (error: unknown) => {
        // A failed fetch (offline, a missing file) may succeed on a later try.
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}
