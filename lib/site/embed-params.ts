/**
 * Reads embed.html's address for the widget inside it. Parameters named like the
 * widget's attributes become those attributes, unchanged: the widget checks them exactly
 * as it checks attributes written in a page (entrypoints/widget/attributes.ts), so a value
 * it does not understand gives its default. The names come from the widget itself (its
 * `observedAttributes`), so the page needs no copy of the list and none of the code
 * behind it. `kwk-…` parameters are the theme (lib/site/theme.ts), only where the value
 * passes themeValue. Anything else is ignored.
 *
 *   const names = customElements.get('kinderwerk-kaart').observedAttributes;
 *   const { attributes, theme } = readEmbedParams('?feed=/k.json&lang=en&kwk-color-primary=%231d5e3a', names);
 *   // attributes: [['feed', '/k.json'], ['lang', 'en']]; theme: [['--kwk-color-primary', '#1d5e3a']]
 */
import { THEME_TOKENS, themeValue } from './theme';

export interface EmbedParams {
  attributes: [name: string, value: string][];
  theme: [token: string, value: string][];
}

export function readEmbedParams(search: string, attributeNames: readonly string[]): EmbedParams {
  const params = new URLSearchParams(search);
  const attributes = attributeNames.flatMap((name): [string, string][] => {
    const value = params.get(name);
    return value === null ? [] : [[name, value]];
  });
  const theme = THEME_TOKENS.flatMap(({ token }): [string, string][] => {
    const value = themeValue(token, params.get(token.slice(2)));
    return value ? [[token, value]] : [];
  });
  return { attributes, theme };
}
