/**
 * How many filters a user has switched on, for the "Filters (3)" button, and
 * the criteria after "wis filters". Pure, so the list's empty state and the
 * filter panel agree on what "reset" means.
 *
 *   countActiveFilters({ age: 8, freeOnly: true }); // 2
 */
import type { Criteria } from '../../lib/query/criteria';

export function countActiveFilters(criteria: Criteria): number {
  let count = 0;
  if (criteria.area) count++;
  if (criteria.age !== undefined) count++;
  if (criteria.days && criteria.days.length > 0) count++;
  if (criteria.timeOfDay) count++;
  if (criteria.categories && criteria.categories.length > 0) count++;
  if (criteria.freeOnly) count++;
  if (criteria.join && criteria.join.length > 0) count++;
  if (criteria.text && criteria.text.trim() !== '') count++;
  if (criteria.comingWeek) count++;
  if (criteria.near) count++;
  return count;
}

/** Everything off: the whole municipality, every age, day and kind. */
export const RESET_CRITERIA = {} as const;
