/**
 * Names for CBS codes as people say them: "Filmwijk", not "BU00340202". A code the
 * feed gives no name for stays a code rather than disappearing.
 *
 *   areaName(index, 'BU00340202'); // 'Filmwijk'
 */
import type { FeedIndex } from '../../lib/query';

export function areaName(index: FeedIndex | undefined, code: string): string {
  return index?.areas.get(code)?.name ?? code;
}

export function areaNames(index: FeedIndex | undefined, codes: readonly string[]): string[] {
  return codes.map((code) => areaName(index, code));
}
