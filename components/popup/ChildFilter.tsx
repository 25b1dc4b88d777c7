/**
 * "Voor één kind": narrow the buurt's offer to what suits one child (age, day,
 * free, walk-in). The lists and the copied summary follow, so a kinderwerker
 * sends a parent a few lines instead of everything in the wijk. Closed until used;
 * it stays open while a choice is on.
 */
import { useApp, useText } from '../AppContext';
import { AgeFilter } from '../filters/AgeFilter';
import { DayFilter } from '../filters/DayFilter';
import { FreeOnlyCheck, WalkInOnlyCheck } from '../filters/OfferChecks';
import { withCriteria } from '../filters/with-criteria';
import { childChoices } from './child-choices';

export function ChildFilter() {
  const app = useApp();
  const text = useText().extension;
  const chosen = childChoices(app.criteria.value);
  return (
    <details class="kwk-popup-child" open={chosen > 0}>
      <summary class="kwk-popup-child__summary">
        <span aria-hidden="true" class="kwk-popup-child__chevron">▸</span>
        {text.forOneChild(chosen)}
      </summary>
      <div class="kwk-popup-child__body">
        <p class="kwk-popup-child__hint">{text.forOneChildHint}</p>
        <div class="kwk-popup-child__selects">
          <AgeFilter />
          <DayFilter />
        </div>
        <FreeOnlyCheck />
        <WalkInOnlyCheck />
        {chosen > 0 && (
          <button
            type="button"
            class="kwk-button kwk-button--quiet kwk-popup-child__reset"
            onClick={() => {
              app.criteria.value = withCriteria(app.criteria.value, { age: undefined, days: undefined, freeOnly: undefined, join: undefined });
            }}
          >
            {text.forOneChildReset}
          </button>
        )}
      </div>
    </details>
  );
}
