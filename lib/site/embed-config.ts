/**
 * What a municipality chooses in the embed configurator, and the two ways it reaches
 * the widget: as attributes of `<kinderwerk-kaart>`, or as the parameters of
 * embed.html (the iframe). The names are the widget's own attributes
 * (entrypoints/widget/attributes.ts), so embed.html hands them on unchanged and the
 * widget checks them as it checks its attributes.
 *
 *   widgetAttributes(config);            // [['feed', 'https://…'], ['lang', 'en'], …]
 *   embedUrl(config, 'https://kaart.voorbeeldstad.nl/');
 *   // 'https://kaart.voorbeeldstad.nl/embed.html?feed=…&lang=en'
 */
import type { Lang } from '../i18n/language';
import { THEME_TOKENS, themeValue, type ThemeMode, type ThemeValues } from './theme';

export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
/** The widget's own defaults (docs/widget.md): left out of a snippet to keep it short. */
export const DEFAULT_VIEW = 'list';
export const DEFAULT_HEADING_LEVEL = 2;

export interface EmbedConfig {
  /** Absolute address of the feed. */
  feed: string;
  lang: Lang;
  /** A buurt or wijk code, or '' for the whole municipality. */
  neighbourhood: string;
  view: 'list' | 'map';
  /** Which results the list shows first. */
  listFirst: 'activities' | 'huiskamers';
  /** PDOK's grey background map (the widget's default), or none: buurten and places only. */
  tiles: 'pdok' | 'none';
  headingLevel: number;
  themeMode: ThemeMode;
  /** The colours and font chosen, only where they differ from the widget's defaults. */
  theme: ThemeValues;
}

/** The element's attributes, in the order docs/widget.md lists them; defaults left out. */
export function widgetAttributes(config: EmbedConfig): [name: string, value: string][] {
  const attributes: [string, string][] = [['feed', config.feed], ['lang', config.lang]];
  if (config.neighbourhood) attributes.push(['neighbourhood', config.neighbourhood]);
  if (config.view !== DEFAULT_VIEW) attributes.push(['view', config.view]);
  if (config.tiles === 'none') attributes.push(['tiles', 'none']);
  if (config.headingLevel !== DEFAULT_HEADING_LEVEL) attributes.push(['heading-level', String(config.headingLevel)]);
  if (config.listFirst === 'huiskamers') attributes.push(['list-first', 'huiskamers']);
  return attributes;
}

/**
 * The iframe's address: the attributes as parameters, and the chosen colours and font
 * as `kwk-…` parameters (a host page's NL Design System tokens cannot reach into a
 * frame, so the iframe always gets the values themselves).
 */
export function embedUrl(config: EmbedConfig, siteBase: string): string {
  const url = new URL('embed.html', siteBase);
  for (const [name, value] of widgetAttributes(config)) url.searchParams.set(name, value);
  if (config.themeMode !== 'default') {
    for (const { token } of THEME_TOKENS) {
      const value = themeValue(token, config.theme[token]);
      if (value) url.searchParams.set(token.slice(2), value);
    }
  }
  return url.href;
}
