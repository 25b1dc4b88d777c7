/**
 * Lets the real widget show a feed that exists only in this page. The widget
 * reads feeds from http(s) addresses only, so the builder gives each build an
 * address of its own on this site (`preview/feed-<n>.json`, never on the server)
 * and answers the widget's request for it from memory. Other requests go out as
 * always. A new address per build, because the widget keeps each feed it read in
 * IndexedDB and would show the earlier build first, or keep it when the new one
 * has far fewer records; `forgetPreviews` removes those copies again.
 *
 *   const url = previewAddress(feed);            // 'https://kaart.example.nl/preview/feed-1.json'
 *   widget.setAttribute('feed', url);
 */
import { openFeedStore } from '../../store/cache';

const PREVIEW_PATH = 'preview/feed-';
const served = new Map<string, string>();
let count = 0;
let installed = false;

const isPreview = (url: string) => url.startsWith(new URL(PREVIEW_PATH, document.baseURI).href);

function answerPreviews(): void {
  if (installed) return;
  installed = true;
  const pageFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const body = served.get(url.split('#')[0]);
    if (body === undefined) return pageFetch(input, init);
    return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
  };
}

/** An address on this site that answers with `feed`, for this page only. Only the newest build is kept. */
export function previewAddress(feed: unknown): string {
  answerPreviews();
  served.clear();
  count += 1;
  const url = new URL(`${PREVIEW_PATH}${count}.json`, document.baseURI).href;
  served.set(url, JSON.stringify(feed));
  return url;
}

/** Removes the widget's cached copies of earlier previews (of this visit and of earlier ones). Never throws. */
export async function forgetPreviews(keep?: string): Promise<void> {
  const store = await openFeedStore();
  try {
    const cached = await store.list();
    await Promise.all(cached.filter(({ url }) => isPreview(url) && url !== keep).map(({ url }) => store.delete(url)));
  } catch {
    // The database could not be read or written: the copies stay until the next visit.
  } finally {
    store.close();
  }
}
