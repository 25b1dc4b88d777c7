/**
 * A Vite plugin that keeps Leaflet from writing HTML strings on the paths the widget uses,
 * so the widget runs on a page that enforces Trusted Types (`require-trusted-types-for
 * 'script'`), with no policy for the host to allow. Such a page refuses every string
 * assigned to `innerHTML`, and Leaflet 1.9 writes two while it starts:
 *
 * - its inline-SVG probe, `div.innerHTML = '<svg/>'`, run when the module loads. Every
 *   browser that has SVG (Leaflet checks that first) parses inline SVG, so the probe
 *   answers true without writing anything (it only decides the Ukrainian flag in the
 *   attribution prefix, which the widget does not show);
 * - the zoom buttons' faces, `link.innerHTML = html`. The button now gets the face
 *   Leaflet's default markup makes, `<span aria-hidden="true">+</span>`, built as
 *   elements, with `zoomInText` and `zoomOutText` as plain text ('+' and '−').
 *
 * Leaflet's other `innerHTML` writes (popups, string div icons and tooltips, the
 * attribution, layers and scale controls) are never reached: the widget gives its
 * tooltips and icons as elements and adds none of those controls. The end-to-end test
 * under Trusted Types (tests/e2e/csp.test.ts) fails if that changes.
 *
 *   plugins: [leafletWithoutHtmlStrings()]
 */
import type { Plugin } from 'vite';

const LEAFLET_JS = /\/leaflet\/dist\/leaflet-src(\.esm)?\.js(\?|$)/;

const PATCHES: { what: string; from: RegExp; to: string }[] = [
  {
    what: 'the inline-SVG probe',
    from: /div\.innerHTML = '<svg\/>';\s*return \(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';/,
    to: 'return true;',
  },
  {
    what: 'the zoom button face',
    from: /(_createButton: function \(html, title, className, container, fn\) \{\s*var link = create\$1\('a', className, container\);)\s*link\.innerHTML = html;/,
    to: "$1\n\t\tvar face = document.createElement('span');\n\t\tface.setAttribute('aria-hidden', 'true');\n\t\tface.textContent = html;\n\t\tlink.appendChild(face);",
  },
  { what: 'the zoom-in text', from: /zoomInText: '<span aria-hidden="true">\+<\/span>',/, to: "zoomInText: '+'," },
  { what: 'the zoom-out text', from: /zoomOutText: '<span aria-hidden="true">&#x2212;<\/span>',/, to: "zoomOutText: '\\u2212'," },
];

/** Leaflet's source with the patches above; throws naming the one that no longer matches. */
export function leafletSourceWithoutHtmlStrings(code: string): string {
  let out = code;
  for (const patch of PATCHES) {
    if (!patch.from.test(out)) throw new Error(`${patch.what} is no longer where scripts/build/leaflet-without-html-strings.ts looks for it; update the plugin`);
    out = out.replace(patch.from, patch.to);
  }
  return out;
}

export function leafletWithoutHtmlStrings(): Plugin {
  return {
    name: 'kwk:leaflet-without-html-strings',
    enforce: 'pre',
    transform: {
      filter: { id: LEAFLET_JS },
      handler(code, id) {
        try {
          return { code: leafletSourceWithoutHtmlStrings(code), map: null };
        } catch (error) {
          this.error(`${id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    },
  };
}
