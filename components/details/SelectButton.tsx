/** A quiet link-like button that shows another record in the details panel ("Meer over deze plek"). */
import type { ComponentChildren } from 'preact';
import type { Selection } from '../../lib/state';
import { useApp } from '../AppContext';

export function SelectButton({ selection, children }: { selection: Selection; children: ComponentChildren }) {
  const app = useApp();
  return (
    <button
      type="button"
      class="kwk-button kwk-button--quiet kwk-details__jump kwk-no-print"
      onClick={() => {
        app.selection.value = selection;
      }}
    >
      {children}
    </button>
  );
}
