/**
 * Feeds may give their buurten and wijken as a link, `{ "url": "almere-buurten.geojson" }`,
 * relative to the feed itself. This loads those links and puts the GeoJSON in their
 * place, so validation always sees inline FeatureCollections. The caller decides
 * how a URL is loaded (HTTP with limits, or a file on disk) and which schemes are allowed.
 * `loadLinkedGeoJson` loads one such file; an HSDS or OpenActive source's buurten
 * address is loaded with it too (lib/interop/direct-source.ts).
 *
 *   const resolved = await resolveLinkedNeighbourhoods(json, feedUrl, (url) => loadFeedText(url.href, limits));
 *   const buurten = await loadLinkedGeoJson('buurten.geojson', sourceUrl, load, 'buurten');
 */
import type { LoadResult } from './load';
import type { FeedFailure } from './model';
import { parseFeedJson } from './parse-json';
import { quoteValue } from './readable-issue';
import { isObject } from './validate-structure';

export type LoadLinked = (url: URL) => Promise<LoadResult>;

export type Resolved = { ok: true; feed: unknown } | { ok: false; failure: FeedFailure };

export type LinkedGeoJson = { ok: true; json: unknown; url: URL } | { ok: false; failure: FeedFailure };

const PARTS = ['buurten', 'wijken'] as const;
const WEB = ['http:', 'https:'] as const;

export async function resolveLinkedNeighbourhoods(
  feed: unknown,
  baseUrl: string | URL,
  load: LoadLinked,
  allowedProtocols: readonly string[] = WEB,
): Promise<Resolved> {
  // Anything odd is left for validation to report; only well-formed links are followed.
  if (!isObject(feed) || !isObject(feed.neighbourhoods)) return { ok: true, feed };
  const neighbourhoods = feed.neighbourhoods;
  const results = await Promise.all(
    PARTS.map(async (part): Promise<Resolved> => {
      const link = neighbourhoods[part];
      if (!isObject(link) || typeof link.url !== 'string' || link.type !== undefined) return { ok: true, feed: link };
      const linked = await loadLinkedGeoJson(link.url, baseUrl, load, `neighbourhoods.${part}`, allowedProtocols);
      return linked.ok ? { ok: true, feed: linked.json } : linked;
    }),
  );
  const failure = results.find((r) => !r.ok);
  if (failure) return failure;
  const resolved = { ...neighbourhoods };
  PARTS.forEach((part, i) => {
    const result = results[i];
    if (result.ok && result.feed !== undefined) resolved[part] = result.feed;
  });
  return { ok: true, feed: { ...feed, neighbourhoods: resolved } };
}

/**
 * Loads one linked GeoJSON file, `link` resolved against `base`. `name` says in a
 * failure which link it is (`neighbourhoods.buurten`). A failed load keeps its
 * reason (not found, timeout, offline); a file that is no JSON fails as `not-json`.
 * Never throws.
 */
export async function loadLinkedGeoJson(
  link: string,
  base: string | URL,
  load: LoadLinked,
  name: string,
  allowedProtocols: readonly string[] = WEB,
): Promise<LinkedGeoJson> {
  const fail = (code: FeedFailure['code'], message: string): LinkedGeoJson => ({ ok: false, failure: { code, message } });
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    return fail('invalid-structure', `${name} links to ${quoteValue(link)}, which is not a valid address.`);
  }
  // A file next to the feed is always fine: that is how the extension reads its bundled example feed.
  const from = new URL(base);
  const besideFeed = url.protocol === from.protocol && url.host === from.host && url.host !== '';
  if (!allowedProtocols.includes(url.protocol) && !besideFeed) {
    return fail('invalid-structure', `${name} links to ${url.href}; only ${allowedProtocols.join(' or ')} addresses can be loaded.`);
  }
  const loaded = await load(url);
  if (loaded.status === 'not-modified') {
    return fail('http-error', `${name} links to ${url.href}, which answered "304 Not Modified" to a request for the whole file.`);
  }
  if (loaded.status === 'failed') return fail(loaded.failure.code, `${name} could not be loaded: ${loaded.failure.message}`);
  const parsed = parseFeedJson(loaded.text, `${name} (${url.href})`, loaded.escapes);
  return parsed.ok ? { ok: true, json: parsed.value, url } : parsed;
}
