/**
 * The built feed in the real widget, loaded by publish.html from the site's
 * widget/ folder. The widget reads feeds from addresses only, so the feed gets a
 * preview address on this site that the page answers itself
 * (lib/site/publish/preview-feed.ts); nothing is uploaded.
 */
import { h } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { Lang } from '../../../lib/i18n/language';
import { forgetPreviews, previewAddress } from '../../../lib/site/publish/preview-feed';

export function FeedPreview({ feed, lang }: { feed: unknown; lang: Lang }) {
  const url = useMemo(() => previewAddress(feed), [feed]);
  // The widget keeps each feed it read; earlier previews are of no use to anyone.
  useEffect(() => void forgetPreviews(url), [url]);
  // A new element per build: the widget shows one feed for its lifetime, with its own choices.
  // Its title sits under the page's "Voorbeeld" (h3).
  return h('kinderwerk-kaart', { key: url, feed: url, lang, 'heading-level': '4' });
}
