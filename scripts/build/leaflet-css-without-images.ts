/**
 * A Vite plugin that takes the images out of Leaflet's CSS. Its three PNGs (the layers
 * control's icon, twice, and the default marker icon, read only by `L.Icon.Default`)
 * and an old Internet Explorer `behavior: url(#default#VML)` are never shown: the widget
 * adds no layers control and draws its markers as div icons. Inlined, the PNGs were about
 * 4 KB of base64 in every visitor's download, and `data:` images that a strict
 * Content-Security-Policy reviewer would flag.
 *
 *   plugins: [leafletCssWithoutImages()]
 *   cssWithoutImages('.a { color: red; background: url(a.png); } .b { cursor: url(b.cur); }'); // '.a { color: red; }'
 */
import type { Plugin } from 'vite';

const LEAFLET_CSS = /\/leaflet\/dist\/leaflet\.css(\?|$)/;
/** One declaration whose value holds a url(), with the whitespace before it. */
const URL_DECLARATION = /\s*[-a-z]+\s*:[^;{}]*\burl\([^)]*\)[^;{}]*;?/gi;
/** A rule left without declarations (blank or a comment inside), with the selector and comments before it. */
const EMPTY_RULE = /[^{}]+\{(?:\s|\/\*(?:[^*]|\*(?!\/))*\*\/)*\}/g;

/** CSS without declarations that load a url(), and without the rules they leave empty. */
export function cssWithoutImages(css: string): string {
  return css.replace(URL_DECLARATION, '').replace(EMPTY_RULE, '');
}

export function leafletCssWithoutImages(): Plugin {
  return {
    name: 'kwk:leaflet-css-without-images',
    // Before Vite's CSS plugin, which would inline the PNGs as data: URLs.
    enforce: 'pre',
    transform: {
      filter: { id: LEAFLET_CSS },
      handler(code, id) {
        const stripped = cssWithoutImages(code);
        // Fail the build rather than ship images again after a Leaflet update changes the file's form.
        if (stripped === code || /\burl\(/i.test(stripped)) {
          this.error(`scripts/build/leaflet-css-without-images.ts no longer takes every url() out of ${id}; update it`);
        }
        return { code: stripped, map: null };
      },
    },
  };
}
