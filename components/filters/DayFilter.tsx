/**
 * One day of the week, or every day. A single choice keeps the panel compact;
 * the criteria allow several days for deep links and the extension.
 */
import { Weekday } from '../../lib/feed/schema';
import { useApp, useText } from '../AppContext';
import { SelectFilter } from './SelectFilter';
import { withCriteria } from './with-criteria';

export function DayFilter() {
  const app = useApp();
  const text = useText();
  const days = app.criteria.value.days ?? [];
  const options = [
    { value: '', label: text.filters.daysAny },
    ...Weekday.options.map((day) => ({ value: day, label: capitalise(text.days.long[day]) })),
  ];
  return (
    <SelectFilter
      label={text.filters.days}
      // A deep link may hold several days; the select shows the first, the list honours all.
      value={days[0] ?? ''}
      options={options}
      onChange={(value) => {
        app.criteria.value = withCriteria(app.criteria.value, { days: value === '' ? undefined : [value as Weekday] });
      }}
    />
  );
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
