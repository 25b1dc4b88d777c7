/**
 * Notices about the data as a whole, above both the list and the map, so every
 * view says what went wrong: a failed load, stale cache, example data, data the
 * browser does not keep, a background map that cannot be shown, and the folded
 * problem report for publishers. The list shows loading and "nothing
 * found" in its own place (see ResultList).
 *
 *   <StatusBanner />
 */
import { useApp } from '../AppContext';
import { AppNotices } from './AppNotices';
import { ExampleNotice } from './ExampleNotice';
import { FeedFailed } from './FeedFailed';
import { ProblemReport } from './ProblemReport';
import { StaleNotice } from './StaleNotice';

export function StatusBanner() {
  const feed = useApp().feed.value;
  if (feed.phase === 'failed') return <FeedFailed failure={feed.failure} />;
  if (feed.phase !== 'ready' && feed.phase !== 'stale') return null;
  return (
    <div class="kwk-status">
      {feed.phase === 'stale' && <StaleNotice fetchedAt={feed.fetchedAt} />}
      {feed.data.meta.example === true && <ExampleNotice />}
      <AppNotices />
      <ProblemReport problems={feed.problems} />
    </div>
  );
}
