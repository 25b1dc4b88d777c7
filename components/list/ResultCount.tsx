/**
 * "12 activiteiten en 2 huiskamers in Filmwijk", in a polite live region: a
 * screen reader hears the new count after every filter change. The region is
 * always in the DOM (empty while loading), because a live region that appears
 * together with its text is often not announced.
 */
import { useApp, useFormat, useText } from '../AppContext';
import { areaName } from './area-name';

export function ResultCount() {
  const app = useApp();
  const text = useText();
  const format = useFormat();
  const feed = app.feed.value;
  // Empty until the index is ready too: a big feed is indexed in slices after it arrives.
  const ready = (feed.phase === 'ready' || feed.phase === 'stale') && app.index.value !== undefined;
  const area = app.criteria.value.area;
  const counts = format.list([
    text.list.activitiesCount(app.activities.value.length),
    text.list.huiskamersCount(app.huiskamers.value.length),
  ]);
  return (
    <p class="kwk-count" role="status">
      {ready ? text.list.summary(counts, area ? areaName(app.index.value, area) : undefined) : ''}
    </p>
  );
}
