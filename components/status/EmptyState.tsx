/**
 * Nothing matches the filters: say so, and offer one click to clear them all.
 * After the reset, focus goes to `focusAfterReset` (the list heading), because
 * the button that had it is gone.
 */
import { useApp, useText } from '../AppContext';
import { RESET_CRITERIA } from '../filters/active-filters';

export function EmptyState({ focusAfterReset }: { focusAfterReset?: () => void }) {
  const app = useApp();
  const text = useText();
  return (
    <div class="kwk-empty">
      <p class="kwk-empty__text">{text.list.nothingFound}</p>
      <button
        type="button"
        class="kwk-button kwk-no-print"
        onClick={() => {
          app.criteria.value = { ...RESET_CRITERIA };
          focusAfterReset?.();
        }}
      >
        {text.status.resetAll}
      </button>
    </div>
  );
}
