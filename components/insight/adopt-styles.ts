/**
 * The municipality view's CSS, added to the shadow root (or document) it renders in when
 * it first renders there. It ships with the view's own file, so parents who never open
 * the figures do not download it (components/styles.ts leaves it out).
 *
 *   useLayoutEffect(() => adoptInsightStyles(element), []);
 */
import css from './insight.css?inline';

const adopted = new WeakSet<Document | ShadowRoot>();
let sheet: CSSStyleSheet | undefined;

export function adoptInsightStyles(node: Node): void {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot || root instanceof Document) || adopted.has(root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted.add(root);
}
