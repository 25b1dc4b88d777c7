/**
 * Texts and formatting in Dutch (B1) and English.
 *
 *   const m = t('nl');            m.list.nothingFound
 *   const f = createFormatter('en'); f.timeRange('15:00', '16:30')
 */
import { en } from './en';
import { nl, type Messages } from './nl';
import type { Lang } from './language';

export { LANGS, DEFAULT_LANG, pickLanguage, type Lang } from './language';
export { createFormatter, type Formatter } from './format';
export type { Messages } from './nl';

const CATALOGUES: Record<Lang, Messages> = { nl, en };

/** The message catalogue of a language. */
export function t(lang: Lang): Messages {
  return CATALOGUES[lang];
}
