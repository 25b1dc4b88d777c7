/**
 * The two on/off filters a parent asks for most: only free offers, and only what
 * a child can walk into without signing up. Shared by the widget's filter panel
 * and the popup's "for one child" choice.
 */
import { useApp, useText } from '../AppContext';
import { CheckboxFilter } from './CheckboxFilter';
import { withCriteria } from './with-criteria';

export function FreeOnlyCheck() {
  const app = useApp();
  const text = useText();
  return (
    <CheckboxFilter
      label={text.filters.freeOnlyLong}
      checked={app.criteria.value.freeOnly === true}
      onChange={(checked) => {
        app.criteria.value = withCriteria(app.criteria.value, { freeOnly: checked });
      }}
    />
  );
}

/** True when the criteria ask for walk-in offers only. */
export const isWalkInOnly = (join: readonly string[] | undefined): boolean => join?.length === 1 && join[0] === 'walk-in';

export function WalkInOnlyCheck() {
  const app = useApp();
  const text = useText();
  return (
    <CheckboxFilter
      label={text.filters.walkInOnlyLong}
      checked={isWalkInOnly(app.criteria.value.join)}
      onChange={(checked) => {
        app.criteria.value = withCriteria(app.criteria.value, { join: checked ? ['walk-in'] : undefined });
      }}
    />
  );
}
