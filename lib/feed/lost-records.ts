/**
 * Did a new copy of a feed lose so much of the copy shown that it is more likely a
 * broken publication (a wrong path in a publishing job, a list that is no longer a
 * list) than a real change? Every record of a kind gone, or more than half of all
 * records, counts as that. Such a copy does not replace the one shown (source.ts):
 * one mistake would otherwise empty every visitor's map.
 *
 *   lostRecords(cached.counts, fetched.counts); // 'it has 0 activities where the copy in use has 120'
 */
import type { FeedCounts } from './model';

const KINDS = ['buurten', 'wijken', 'organizations', 'locations', 'activities', 'huiskamers', 'contacts'] as const;

/** What the new copy lost, in words; undefined when it kept enough. */
export function lostRecords(shown: FeedCounts, next: FeedCounts): string | undefined {
  const gone = KINDS.filter((kind) => shown[kind].kept > 0 && next[kind].kept === 0);
  if (gone.length > 0) {
    return `it has no ${gone.join(', ')} where the copy in use has ${gone.map((kind) => shown[kind].kept).join(', ')}`;
  }
  const total = (counts: FeedCounts) => KINDS.reduce((sum, kind) => sum + counts[kind].kept, 0);
  if (total(next) < total(shown) / 2) {
    return `it has ${total(next)} buurten, wijken and records where the copy in use has ${total(shown)}, less than half`;
  }
  return undefined;
}
