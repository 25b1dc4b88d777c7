/**
 * The language of a site page: `?lang=nl|en` in its address, else the reader's
 * browser, else Dutch. Switching writes the choice back into the address (without a
 * new history step), so a reload, a bookmark and the links to the other pages keep it.
 *
 *   const lang = siteLanguage(location.search, navigator.languages);
 *   pageHref('configure.html', 'en');   // 'configure.html?lang=en'
 */
import { pickLanguage, type Lang } from '../i18n/language';

export const SITE_PAGES = ['index.html', 'publish.html', 'configure.html'] as const;
export type SitePage = (typeof SITE_PAGES)[number];

export function siteLanguage(search: string, navigatorLanguages: readonly string[]): Lang {
  return pickLanguage(new URLSearchParams(search).get('lang'), navigatorLanguages);
}

/** A relative link to another page of the site in this language. */
export function pageHref(page: SitePage, lang: Lang): string {
  return `${page}?lang=${lang}`;
}

/** The current address with `lang` set, the rest (other parameters, hash) kept. */
export function addressWithLanguage(href: string, lang: Lang): string {
  const url = new URL(href);
  url.searchParams.set('lang', lang);
  return url.pathname + url.search + url.hash;
}
