/**
 * The Download feed.json button: a link to the feed as a Blob, saved by the
 * browser under feed.json. The Blob's address is given back when the feed changes.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { FEED_FILE_NAME } from '../../../lib/site/publish/build-feed';

export function DownloadFeed({ feed, label, hint }: { feed: Record<string, unknown>; label: string; hint: string }) {
  // Written as feed:from-csv writes it: two spaces, a line break at the end.
  const href = useMemo(() => URL.createObjectURL(new Blob([`${JSON.stringify(feed, null, 2)}\n`], { type: 'application/json' })), [feed]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <div class="kwk-publish__download">
      <a class="kwk-button" href={href} download={FEED_FILE_NAME} aria-describedby="kwk-publish-download-hint">{label}</a>
      <p id="kwk-publish-download-hint" class="kwk-publish__hint">{hint}</p>
    </div>
  );
}
