/**
 * The child's age, or every age. Offers only the ages the data covers (from the
 * youngest to the oldest age of any activity or huiskamer, 4 to 12 for most
 * kinderwerk), so a parent never picks an age for which nothing can show. Only
 * offers whose age range includes it stay in the list and on the map.
 */
import { useMemo } from 'preact/hooks';
import { useApp, useText } from '../AppContext';
import { SelectFilter } from './SelectFilter';
import { withCriteria } from './with-criteria';

/** Before the data is there (or when it has no offers): the ages kinderwerk is usually for. */
const USUAL_AGES = { min: 4, max: 12 };

export function AgeFilter() {
  const app = useApp();
  const text = useText();
  const age = app.criteria.value.age;
  const data = app.index.value?.data;
  const span = useMemo(() => coveredAges(data), [data]);
  // A chosen age outside the span (from a link) stays choosable, so the select shows the truth.
  const min = Math.min(span.min, age ?? span.min);
  const max = Math.max(span.max, age ?? span.max);
  const options = [
    { value: '', label: text.filters.ageAny },
    ...Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => ({ value: String(n), label: text.filters.ageValue(n) })),
  ];
  return (
    <SelectFilter
      label={text.filters.age}
      value={age === undefined ? '' : String(age)}
      options={options}
      onChange={(value) => {
        app.criteria.value = withCriteria(app.criteria.value, { age: value === '' ? undefined : Number(value) });
      }}
    />
  );
}

interface AgeSpan {
  min: number;
  max: number;
}

/** The youngest and the oldest age any offer in the data is for. */
export function coveredAges(data: { activities: readonly { ageRange: AgeSpan }[]; huiskamers: readonly { ageRange: AgeSpan }[] } | undefined): AgeSpan {
  let min = Infinity;
  let max = -Infinity;
  for (const offers of [data?.activities ?? [], data?.huiskamers ?? []]) {
    for (const offer of offers) {
      min = Math.min(min, offer.ageRange.min);
      max = Math.max(max, offer.ageRange.max);
    }
  }
  return Number.isFinite(min) && Number.isFinite(max) ? { min, max } : USUAL_AGES;
}
