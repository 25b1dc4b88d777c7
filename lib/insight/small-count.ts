/**
 * A count as the municipality view and the CSV export show it: 1 to 4 become "< 5",
 * so that a small group of children cannot be singled out; 0 stays "0" (nobody to
 * single out), and unknown stays unknown.
 *
 *   smallCount(3);    // '< 5'
 *   smallCount(12);   // 12
 *   smallCount(null); // null
 */
import { SMALL_COUNT } from './types';

export const SMALL_COUNT_TEXT = '< 5';

export function smallCount(n: number | null): number | typeof SMALL_COUNT_TEXT | null {
  if (n === null) return null;
  return n > 0 && n < SMALL_COUNT ? SMALL_COUNT_TEXT : n;
}
