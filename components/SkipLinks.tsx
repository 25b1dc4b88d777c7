/**
 * Skip links for keyboard users, shown when focused: one to the map (past a long
 * list, about a hundred Tab stops in a city), one past the whole widget, so the
 * host page's content after it is one Tab away. Links, as skip links are, but their
 * work is done in script: an `#anchor` cannot point into the widget's shadow root,
 * and the map may first need to be shown (a phone shows list or map).
 *
 *   <SkipLinks endRef={end} />   …   <span ref={end} tabIndex={-1} />
 */
import type { RefObject } from 'preact';
import { useApp, useText } from './AppContext';

export function SkipLinks({ endRef }: { endRef: RefObject<HTMLElement | null> }) {
  const app = useApp();
  const text = useText();
  const toMap = (event: Event) => {
    event.preventDefault();
    const root = (event.currentTarget as HTMLElement).closest('.kwk-app');
    // The figures have their own map; the parents' view may first need to show its map.
    if (app.view.value !== 'cijfers') app.view.value = 'map';
    // The map shows after the next render; focus it then.
    requestAnimationFrame(() => root?.querySelector<HTMLElement>('.kwk-map__canvas')?.focus());
  };
  return (
    <div class="kwk-skip kwk-no-print">
      <a href="#kwk-map" class="kwk-skip__link" onClick={toMap}>
        {text.app.skipToMap}
      </a>
      <a
        href="#kwk-end"
        class="kwk-skip__link"
        onClick={(event) => {
          event.preventDefault();
          skipPast(endRef.current);
        }}
      >
        {text.app.skipPastWidget}
      </a>
    </div>
  );
}

/**
 * Focuses the widget's last element, so the next Tab goes on to the host page. It is a
 * Tab stop only for that moment: Chromium does not continue Tab from an element outside
 * the Tab order inside a shadow root, and an empty stop would be noise the rest of the time.
 */
function skipPast(end: HTMLElement | null): void {
  if (!end) return;
  end.tabIndex = 0;
  end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
  end.focus();
}
