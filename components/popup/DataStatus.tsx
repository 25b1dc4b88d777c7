/**
 * How current the popup's data is, as one status: when it was fetched (relative
 * and as a date), or that the last refresh failed, why, and from when the data is
 * that the popup shows instead. Another municipality that failed is named apart.
 * The refresh button sits beside it.
 */
import type { FeedFailure } from '../../lib/feed/model';
import { useApp, useFormat, useText } from '../AppContext';

export interface DataStatusProps {
  /** When the data shown was fetched. */
  fetchedAt: string;
  /** Why the last refresh of the data shown failed, if it did. */
  failure?: FeedFailure;
  /** Municipalities of the other feeds whose last refresh failed. */
  othersFailed: readonly string[];
  busy: boolean;
  onRefresh(): void;
}

export function DataStatus({ fetchedAt, failure, othersFailed, busy, onRefresh }: DataStatusProps) {
  const app = useApp();
  const messages = useText();
  const text = messages.extension;
  const format = useFormat();
  const date = format.dateTime(new Date(fetchedAt));
  const relative = format.relativeTime(fetchedAt, app.now.value);

  return (
    <div class={`kwk-popup__status${failure ? ' kwk-popup__status--failed' : ''}`}>
      <p role="status" class="kwk-popup__age">
        {failure
          ? `${text.lastRefreshFailed} ${messages.feedFailures[failure.code]} ${text.showingDataFrom(date, relative)}`
          : text.updatedAt(relative, date)}
        {othersFailed.length > 0 && <> {text.othersFailed(format.list(othersFailed))}</>}
      </p>
      <button type="button" class="kwk-button kwk-button--quiet kwk-popup__refresh" disabled={busy} onClick={onRefresh}>
        {busy ? text.refreshing : failure ? text.refreshAgain : text.refreshNow}
      </button>
    </div>
  );
}
