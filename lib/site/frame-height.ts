/**
 * Tells the page around a frame how tall the frame's content is, whenever that changes,
 * so the page can size the iframe to fit (docs/site.md has the five lines it needs). The
 * height is no secret, so any parent may read it: `{ type: 'kinderwerk-kaart:height', height }`.
 *
 *   const stop = postHeightToParent(widget, window);
 */
import { HEIGHT_MESSAGE } from './height-message';

export function postHeightToParent(content: Element, win: Window): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  });
  observer.observe(content);
  return () => observer.disconnect();
}
