/**
 * The child's age, 0 to 18, or every age. Only offers whose age range includes
 * it stay in the list and on the map.
 */
import { useApp, useText } from '../AppContext';
import { SelectFilter } from './SelectFilter';
import { withCriteria } from './with-criteria';

const AGES = Array.from({ length: 19 }, (_, age) => age);

export function AgeFilter() {
  const app = useApp();
  const text = useText();
  const age = app.criteria.value.age;
  const options = [
    { value: '', label: text.filters.ageAny },
    ...AGES.map((n) => ({ value: String(n), label: text.filters.ageValue(n) })),
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
