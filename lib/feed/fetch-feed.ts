/**
 * Loads a feed from its URL and validates it: the whole way from an address to
 * data the cache can store. Linked buurten and wijken are fetched with the same
 * limits; validation pauses between records so a page stays responsive. An Open
 * Referral HSDS or OpenActive address works too: the format is told from the
 * content, and the source is converted with what `convert` says about the
 * municipality (lib/interop/direct-source.ts).
 *
 *   const fetched = await fetchFeed(url, { etag: cached?.etag, lastModified: cached?.lastModified, contentHash: cached?.contentHash });
 *   if (fetched.status === 'ok') store(fetched.result.data, fetched.etag, fetched.contentHash);
 *
 *   await fetchFeed('https://example.org/api/services', { convert: { buurtenUrl: 'https://example.org/buurten.geojson' } });
 */
import type { ConvertSettings } from '../interop/direct-source';
import { detectFeedFormat } from '../interop/detect-format';
import { loadFeedText, type ConditionalOptions, type FetchedText, type LoadOptions } from './load';
import { resolveLinkedNeighbourhoods } from './linked-neighbourhoods';
import { parseFeedJson } from './parse-json';
import { nextMacrotask } from '../steps';
import type { FeedFailure, FeedProblem, ValidationResult } from './model';
import { validateFeedInChunks } from './validate';

export type { ConvertSettings } from '../interop/direct-source';
// feed:check parses files on disk the same way.
export { parseFeedJson } from './parse-json';

export type FetchFeedOptions = LoadOptions & ConditionalOptions & {
  /** For an HSDS or OpenActive address: the municipality and its buurten. Ignored for a kinderwerk feed. */
  convert?: ConvertSettings;
};

export type FetchFeedResult =
  | { status: 'ok'; result: Extract<ValidationResult, { ok: true }>; etag?: string; lastModified?: string; contentHash?: string }
  | { status: 'not-modified' }
  | { status: 'failed'; failure: FeedFailure };

/** Never throws. `options` may be `{}`; etag, lastModified and contentHash say "not modified" to the same file. */
export async function fetchFeed(address: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  const url = absoluteUrl(address);
  const loaded = await loadFeedText(url, options);
  if (loaded.status !== 'ok') return loaded;
  // Nothing holds the text once it is parsed: a region's is over 100 MB in memory.
  const { text, ...about } = loaded;

  // The text's last chunks and its parse would otherwise be one long task.
  await nextMacrotask();
  const parsed = parseFeedJson(text, url, about.escapes);
  if (!parsed.ok) return { status: 'failed', failure: parsed.failure };
  try {
    return await readFeed(url, parsed.value, about, options);
  } catch (error) {
    // Whatever a document does that no check foresaw (nesting that exhausts the stack, say), it is the document's failure.
    const why = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return { status: 'failed', failure: { code: 'invalid-structure', message: `${url} could not be read (${why}).` } };
  }
}

/** Converts (HSDS, OpenActive), loads the linked boundaries and validates: everything after the text is in. */
async function readFeed(
  url: string,
  json: unknown,
  loaded: Omit<Extract<FetchedText, { status: 'ok' }>, 'text'>,
  options: FetchFeedOptions,
): Promise<FetchFeedResult> {
  const { etag: _etag, lastModified: _lastModified, contentHash: _contentHash, convert, ...limits } = options;
  let feed = json;
  let conversionProblems: FeedProblem[] | undefined;
  const format = detectFeedFormat(feed);
  if (format === 'hsds' || format === 'openactive') {
    const firstPageBytes = loaded.byteLength;
    // Loaded only for these formats: the converters are a fifth of the widget, and most
    // municipalities publish a kinderwerk feed.
    const { convertDirectSource } = await import('../interop/direct-source');
    const direct = await convertDirectSource({ url, format, firstPage: feed, firstPageBytes }, convert ?? {}, limits);
    if (!direct.ok) return { status: 'failed', failure: direct.failure };
    feed = direct.feed;
    conversionProblems = direct.problems;
  }

  const resolved = await resolveLinkedNeighbourhoods(feed, url, (linked) => loadFeedText(linked.href, limits));
  if (!resolved.ok) return { status: 'failed', failure: resolved.failure };

  // The JSON was parsed here for this, so its valid parts become the data without a copy.
  const result = await validateFeedInChunks(resolved.feed, { reuseInput: true });
  if (!result.ok) return { status: 'failed', failure: result.failure };
  if (conversionProblems) {
    // The converted feed depends on more than this page (the next pages, the buurten,
    // the settings), so the first page's validators and hash cannot say it is unchanged.
    return { status: 'ok', result: { ...result, problems: [...conversionProblems, ...result.problems] } };
  }
  return {
    status: 'ok',
    result,
    ...(loaded.etag && { etag: loaded.etag }),
    ...(loaded.lastModified && { lastModified: loaded.lastModified }),
    contentHash: loaded.contentHash,
  };
}

/**
 * A relative feed address (`feeds/almere.json`) means: relative to the page. Linked
 * GeoJSON is resolved against the feed's own address, so that must be absolute.
 */
function absoluteUrl(address: string): string {
  try {
    return new URL(address, globalThis.location?.href).href;
  } catch {
    return address;
  }
}
