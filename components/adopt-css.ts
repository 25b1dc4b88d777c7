/**
 * Adds a stylesheet to the shadow root (or document) a component renders in, once per
 * root, for CSS that ships with a lazily loaded part (the map, the figures) instead of
 * with the widget's main file (components/styles.ts leaves it out).
 *
 *   const adoptMapCss = cssAdopter(leafletCss, 'first');
 *   useLayoutEffect(() => adoptMapCss(element), []);
 */
export function cssAdopter(css: string, place: 'first' | 'last' = 'last'): (node: Node) => void {
  const adopted = new WeakSet<Document | ShadowRoot>();
  let sheet: CSSStyleSheet | undefined;
  return (node) => {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot || root instanceof Document) || adopted.has(root)) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = place === 'first' ? [sheet, ...root.adoptedStyleSheets] : [...root.adoptedStyleSheets, sheet];
    adopted.add(root);
  };
}
