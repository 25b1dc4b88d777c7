/**
 * The choices "for one child" makes in the criteria: age, day, free and walk-in.
 * A buurt chosen next keeps them, so a worker can compare buurten for one child.
 *
 *   childCriteria({ area: 'BU00340202', age: 8, comingWeek: true }); // { age: 8 }
 */
import type { Criteria } from '../../lib/query/criteria';

export function childCriteria({ age, days, freeOnly, join }: Criteria): Criteria {
  return {
    ...(age !== undefined && { age }),
    ...(days?.length && { days }),
    ...(freeOnly && { freeOnly }),
    ...(join?.length && { join }),
  };
}

/** How many of those choices are on. */
export function childChoices(criteria: Criteria): number {
  return Object.keys(childCriteria(criteria)).length;
}
