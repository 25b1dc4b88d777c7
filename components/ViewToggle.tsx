/**
 * Two pressed-or-not buttons, "Lijst" and "Kaart", that choose what a narrow screen
 * shows. Wide screens show both side by side and hide the toggle (see App.css).
 */
import type { View } from '../lib/state';
import { useApp, useText } from './AppContext';

export function ViewToggle() {
  const app = useApp();
  const text = useText();
  const view = app.view.value;
  const button = (value: View, label: string) => (
    <button
      type="button"
      class="kwk-view-toggle__button"
      aria-pressed={view === value}
      onClick={() => {
        app.view.value = value;
      }}
    >
      {label}
    </button>
  );
  return (
    <div class="kwk-view-toggle kwk-no-print" role="group" aria-label={text.app.viewToggle}>
      {button('list', text.app.showList)}
      {button('map', text.app.showMap)}
    </div>
  );
}
