/**
 * A `fetch` for the page followers (fetch-pages.ts) that loads through the feed
 * loader, so every page of an HSDS or OpenActive source gets the feed's timeout,
 * retries and size cap, the cap counted over all pages together. A page that
 * cannot be read for a reason that may pass (offline, timeout, too large, server
 * error) is kept as the failure: a source read only in part is not used at all,
 * so the cached copy stays. A missing page (404) is left to the page follower,
 * which reports it and goes on with the rest.
 *
 *   const pages = limitedFetch({ timeoutMs: 10_000 }, firstPageBytes);
 *   const { documents } = await fetchRpdePages(url, { firstPage, fetch: pages.fetch });
 *   if (pages.failure()) return { status: 'failed', failure: pages.failure() };
 */
import { DEFAULT_MAX_BYTES, formatMegabytes, loadFeedText, type LoadOptions, type LoadResult } from '../feed/load';
import type { FeedFailure } from '../feed/model';

export interface LimitedFetch {
  fetch: typeof fetch;
  /** The first failure that makes the source unusable, if any. */
  failure(): FeedFailure | undefined;
}

/** `alreadyRead`: bytes of the pages read before (the first page, read to detect the format). */
export function limitedFetch(limits: LoadOptions, alreadyRead = 0): LimitedFetch {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  let read = alreadyRead;
  let failure: FeedFailure | undefined;

  const limited = async (input: RequestInfo | URL): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (failure) throw new Error(failure.message);
    const remaining = maxBytes - read;
    const loaded = remaining > 0 ? await loadFeedText(url, { ...limits, maxBytes: remaining }) : undefined;
    if (loaded?.status === 'ok') {
      read += loaded.byteLength;
      return new Response(loaded.text, { status: 200, headers: { 'content-type': 'application/json' } });
    }
    if (loaded?.status === 'failed' && loaded.failure.code === 'not-found') return new Response(null, { status: 404 });
    failure = pageFailure(url, loaded, read, maxBytes);
    throw new Error(failure.message);
  };
  return { fetch: limited, failure: () => failure };
}

function pageFailure(url: string, loaded: LoadResult | undefined, read: number, maxBytes: number): FeedFailure {
  if (loaded?.status === 'not-modified') {
    return { code: 'http-error', message: `${url} answered "304 Not Modified" to a request for the whole page.` };
  }
  if (loaded?.status === 'failed' && (loaded.failure.code !== 'too-large' || read === 0)) return loaded.failure;
  return {
    code: 'too-large',
    message: `${url} and the pages before it are together larger than ${formatMegabytes(maxBytes)}, the most a feed may be; it was not loaded.`,
  };
}
