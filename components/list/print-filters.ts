/**
 * The chosen filters in words, for the printed list ("8 jaar, maandag, gratis"), so a
 * sheet on the fridge says what it is a selection of. The area is in the print title.
 *
 *   describeFilters({ age: 8, freeOnly: true }, t('nl'), format); // ['8 jaar', 'Gratis']
 */
import type { Formatter, Messages } from '../../lib/i18n';
import type { Criteria } from '../../lib/query/criteria';

export function describeFilters(criteria: Criteria, text: Messages, format: Formatter): string[] {
  const parts: string[] = [];
  if (criteria.age !== undefined) parts.push(text.filters.ageValue(criteria.age));
  if (criteria.days && criteria.days.length > 0) parts.push(format.list(criteria.days.map((day) => text.days.long[day])));
  for (const category of criteria.categories ?? []) parts.push(text.categories[category]);
  if (criteria.freeOnly) parts.push(text.cost.free);
  for (const method of criteria.join ?? []) parts.push(text.join[method]);
  const words = criteria.text?.trim();
  if (words) parts.push(`"${words}"`);
  return parts;
}
