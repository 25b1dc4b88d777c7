/**
 * A new criteria object with some fields changed. Fields set to `undefined`,
 * `false`, an empty string or an empty list are dropped, so "off" has one shape
 * and the URL hash stays short.
 *
 *   app.criteria.value = withCriteria(app.criteria.value, { age: 8, freeOnly: false });
 */
import type { Criteria } from '../../lib/query/criteria';

type Patch = { [K in keyof Criteria]?: Criteria[K] | undefined };

function isOff(value: unknown): boolean {
  return value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0);
}

export function withCriteria(criteria: Criteria, patch: Patch): Criteria {
  const next: Record<string, unknown> = { ...criteria, ...patch };
  for (const key of Object.keys(next)) {
    if (isOff(next[key])) delete next[key];
  }
  return next as Criteria;
}
