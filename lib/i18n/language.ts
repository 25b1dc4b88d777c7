/**
 * The two languages the UI speaks, and how one is chosen.
 *
 *   pickLanguage(host.getAttribute('lang'), navigator.languages); // 'nl' | 'en'
 */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Dutch first: the feeds, the users and the kinderwerkers are in the Netherlands. */
export const DEFAULT_LANG: Lang = 'nl';

function supported(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}

/**
 * An explicit choice (the widget's `lang` attribute, the extension's setting) wins;
 * otherwise the first browser language we speak; otherwise Dutch.
 */
export function pickLanguage(attribute: string | null | undefined, navigatorLanguages: readonly string[] = []): Lang {
  return supported(attribute) ?? navigatorLanguages.map(supported).find((lang) => lang !== undefined) ?? DEFAULT_LANG;
}
