/** The kind of activity (sport, creative, …), or every kind. */
import { ActivityCategory } from '../../lib/feed/schema';
import { useApp, useText } from '../AppContext';
import { SelectFilter } from './SelectFilter';
import { withCriteria } from './with-criteria';

export function CategoryFilter() {
  const app = useApp();
  const text = useText();
  const categories = app.criteria.value.categories ?? [];
  const options = [
    { value: '', label: text.filters.categoriesAny },
    ...ActivityCategory.options.map((category) => ({ value: category, label: text.categories[category] })),
  ];
  return (
    <SelectFilter
      label={text.filters.categories}
      value={categories[0] ?? ''}
      options={options}
      onChange={(value) => {
        app.criteria.value = withCriteria(app.criteria.value, {
          categories: value === '' ? undefined : [value as ActivityCategory],
        });
      }}
    />
  );
}
