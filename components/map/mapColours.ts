/**
 * The map's colours, read from the theme tokens on the host element so a
 * municipality's theme reaches the SVG paths (Leaflet sets colours as path
 * attributes, which CSS custom properties cannot reach directly).
 *
 *   const colours = readMapColours(container);
 *   colours.shades[4]; // --kwk-shade-5
 */
export interface MapColours {
  /** --kwk-shade-1 … --kwk-shade-5, light to dark. */
  shades: readonly [string, string, string, string, string];
  /** Outline of the chosen buurt or wijk. */
  selected: string;
  /** Wijk boundaries. */
  wijk: string;
  /** Buurt boundaries, between the shades. */
  buurt: string;
  /** Fill of a buurt with nothing on offer. */
  none: string;
  /** Fill of a buurt without a figure (no child count for a rate). */
  noFigure: string;
}

// The same defaults as components/base.css, for a map mounted outside the themed root.
const DEFAULT_SHADES = ['#eff3ff', '#c6dbef', '#9ecae1', '#4292c6', '#08519c'] as const;

function token(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

export function readMapColours(element: Element): MapColours {
  const style = getComputedStyle(element);
  const shade = (n: 1 | 2 | 3 | 4 | 5) => token(style, `--kwk-shade-${n}`, DEFAULT_SHADES[n - 1]);
  return {
    shades: [shade(1), shade(2), shade(3), shade(4), shade(5)],
    selected: token(style, '--kwk-color-text', '#1b2733'),
    wijk: token(style, '--kwk-color-muted', '#4a5663'),
    buurt: '#ffffff',
    none: '#ffffff',
    noFigure: '#c9ced4',
  };
}
