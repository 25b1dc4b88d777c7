/**
 * The order of the municipality's table: by name, or by one figure, up or down. Unknown
 * figures go last either way, so "onbekend" never poses as the lowest or highest.
 *
 *   sortAreas(insight.buurten, { key: 'waitingList', direction: 'descending' }, 'nl');
 */
import type { AreaInsight, InsightMeasure } from '../../lib/insight/types';
import { measureValue } from './figures';

export type SortKey = 'name' | InsightMeasure;

export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export const BY_NAME: SortOrder = { key: 'name', direction: 'ascending' };

export function sortAreas(areas: readonly AreaInsight[], order: SortOrder, lang: string): AreaInsight[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const sign = order.direction === 'ascending' ? 1 : -1;
  const byName = (a: AreaInsight, b: AreaInsight) => collator.compare(a.name, b.name);
  const { key } = order;
  if (key === 'name') return [...areas].sort((a, b) => sign * byName(a, b));
  return [...areas].sort((a, b) => {
    const x = measureValue(a, key);
    const y = measureValue(b, key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}

/** The order after choosing a column: a new column starts high for figures (the largest first), a name A–Z. */
export function nextOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}
