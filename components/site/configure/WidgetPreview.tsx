/**
 * The real widget, configured as the snippet will configure it: the same attributes
 * (lib/site/embed-config.ts) and the theme as custom properties on the element. The
 * widget's script is loaded by configure.html itself, from the site's widget/ folder.
 *
 *   <WidgetPreview config={config} themeDefaults={defaults} />
 */
import { h } from 'preact';
import { widgetAttributes, type EmbedConfig } from '../../../lib/site/embed-config';
import { themeDeclarations, type ThemeValues } from '../../../lib/site/theme';

export function WidgetPreview({ config, themeDefaults }: { config: EmbedConfig; themeDefaults: ThemeValues }) {
  const attributes = Object.fromEntries(widgetAttributes(config));
  // Preact sets `--…` keys with style.setProperty: the CSSOM, which a strict style-src allows.
  const style = Object.fromEntries(themeDeclarations(config.theme, config.themeMode, themeDefaults));
  // Every attribute is named, so one left out of the snippet (a default) is removed here too.
  return h('kinderwerk-kaart', {
    neighbourhood: undefined,
    view: undefined,
    'heading-level': undefined,
    'list-first': undefined,
    tiles: undefined,
    ...attributes,
    style,
  });
}
