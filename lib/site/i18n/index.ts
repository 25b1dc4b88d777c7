/**
 * The publishing site's texts in Dutch (B1) and English.
 *
 *   const m = siteText('en');   m.start.title
 */
import type { Lang } from '../../i18n/language';
import { en } from './en';
import { nl, type SiteMessages } from './nl';

export type { SiteMessages } from './nl';

const CATALOGUES: Record<Lang, SiteMessages> = { nl, en };

export function siteText(lang: Lang): SiteMessages {
  return CATALOGUES[lang];
}
