/**
 * The figures of a feed, computed once per feed data and shared by every view that asks
 * (the municipality's table and map, the popup's key figures).
 *
 *   const insight = insightOf(index.data);
 */
import type { KinderwerkData } from '../../lib/feed/model';
import { computeInsight } from '../../lib/insight/compute';
import type { Insight } from '../../lib/insight/types';

const computed = new WeakMap<KinderwerkData, Insight>();

export function insightOf(data: KinderwerkData): Insight {
  let insight = computed.get(data);
  if (!insight) {
    insight = computeInsight(data);
    computed.set(data, insight);
  }
  return insight;
}
