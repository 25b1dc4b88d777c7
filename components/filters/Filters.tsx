/**
 * The filter panel: neighbourhood, age, day, kind, free, walk-in, text, near me
 * and reset. Every control writes `app.criteria`; the list, the map and the URL
 * hash follow from there. On narrow screens the panel folds away behind a
 * "Filters (3)" button, so the results stay in view.
 */
import { useId, useState } from 'preact/hooks';
import { useApp, useText } from '../AppContext';
import { countActiveFilters, RESET_CRITERIA } from './active-filters';
import { AgeFilter } from './AgeFilter';
import { AreaCombobox } from './AreaCombobox';
import { CategoryFilter } from './CategoryFilter';
import { DayFilter } from './DayFilter';
import { NearMeButton } from './NearMeButton';
import { FreeOnlyCheck, WalkInOnlyCheck } from './OfferChecks';
import { TextFilter } from './TextFilter';
import { Heading } from '../ui/Heading';

export function Filters() {
  const app = useApp();
  const text = useText();
  const panelId = useId();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const criteria = app.criteria.value;
  const active = countActiveFilters(criteria);

  return (
    <section class="kwk-filters kwk-no-print" aria-labelledby={headingId}>
      <Heading depth={1} id={headingId} class="kwk-visually-hidden">
        {text.filters.title}
      </Heading>
      <button
        type="button"
        class="kwk-button kwk-button--secondary kwk-filters__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" class={`kwk-filters__chevron${open ? ' kwk-filters__chevron--open' : ''}`}>▸</span>
        {text.filters.toggle(active)}
      </button>
      <div id={panelId} class={`kwk-filters__panel${open ? ' kwk-filters__panel--open' : ''}`}>
        <div class="kwk-filters__grid">
          <AreaCombobox />
          <AgeFilter />
          <DayFilter />
          <CategoryFilter />
          <TextFilter />
        </div>
        <div class="kwk-filters__options">
          <div class="kwk-filters__checks">
            <FreeOnlyCheck />
            <WalkInOnlyCheck />
          </div>
          <NearMeButton />
          <button
            type="button"
            class="kwk-button kwk-button--quiet kwk-filters__reset"
            disabled={active === 0}
            onClick={() => {
              app.criteria.value = { ...RESET_CRITERIA };
            }}
          >
            {text.filters.reset}
          </button>
        </div>
      </div>
    </section>
  );
}
