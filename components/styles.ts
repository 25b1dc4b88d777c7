/**
 * Every stylesheet the components need, as constructable stylesheets:
 * components/base.css, then each `components/**\/*.css` in path order. Leaflet's CSS comes
 * with the map (components/map/adopt-leaflet-styles.ts), which the widget loads as a chunk.
 *
 *   shadowRoot.adoptedStyleSheets = createStyleSheets();
 *
 * Constructed sheets, unlike <style> elements, pass a strict `style-src 'self'`
 * Content-Security-Policy, and they stay inside the shadow root.
 */
// The options page's CSS is not for the widget: entrypoints/options adds it itself. The
// figures view brings its own with its code (components/insight/adopt-styles.ts).
const componentCss = import.meta.glob<string>(['./**/*.css', '!./options/**', '!./insight/**'], { query: '?inline', import: 'default', eager: true });

/** The CSS texts in cascade order: base before components. */
export function styleTexts(): string[] {
  // Plain code-unit order: localeCompare's first call builds a collator, 20 ms on a page's first render.
  const paths = Object.keys(componentCss).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return paths.map((path) => componentCss[path]);
}

function rank(path: string): number {
  return path === './base.css' ? 0 : 1;
}

export function createStyleSheets(extra: readonly string[] = []): CSSStyleSheet[] {
  return [...styleTexts(), ...extra].map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
}
