/**
 * The name of a result, as the button that opens its details. The whole card is
 * clickable through CSS (`.kwk-item__open::after`), but only this button is a tab
 * stop, so a keyboard user passes each result once. `data-kwk-opens` lets the
 * details panel find the opener again to return focus, even after a re-render.
 */
import type { ComponentChildren } from 'preact';
import type { Selection } from '../../lib/state';
import { useApp, useFeedLang } from '../AppContext';

export function selectionKey(selection: Selection): string {
  return `${selection.kind}:${selection.id}`;
}

export function OpenButton({ selection, children }: { selection: Selection; children: ComponentChildren }) {
  const app = useApp();
  const feedLang = useFeedLang();
  const current = app.selection.value;
  const isOpen = current !== undefined && selectionKey(current) === selectionKey(selection);
  return (
    <button
      type="button"
      class="kwk-item__open"
      lang={feedLang}
      data-kwk-opens={selectionKey(selection)}
      aria-current={isOpen ? 'true' : undefined}
      onClick={() => {
        app.selection.value = selection;
      }}
    >
      {children}
    </button>
  );
}
