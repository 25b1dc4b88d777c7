/**
 * Feeds may give their buurten and wijken as a link, `{ "url": "almere-buurten.geojson" }`,
 * relative to the feed itself. This loads those links and puts the GeoJSON in their
 * place, so validation always sees inline FeatureCollections. The caller decides
 * how a URL is loaded (HTTP with limits, or a file on disk) and which schemes are allowed.
 *
 *   const resolved = await resolveLinkedNeighbourhoods(json, feedUrl, (url) => loadFeedText(url.href, limits));
 */
import type { LoadResult } from './load';
import type { FeedFailure } from './model';
import { isObject } from './validate-structure';

export type LoadLinked = (url: URL) => Promise<LoadResult>;

export type Resolved = { ok: true; feed: unknown } | { ok: false; failure: FeedFailure };

const PARTS = ['buurten', 'wijken'] as const;

export async function resolveLinkedNeighbourhoods(
  feed: unknown,
  baseUrl: string | URL,
  load: LoadLinked,
  allowedProtocols: readonly string[] = ['http:', 'https:'],
): Promise<Resolved> {
  // Anything odd is left for validation to report; only well-formed links are followed.
  if (!isObject(feed) || !isObject(feed.neighbourhoods)) return { ok: true, feed };
  const neighbourhoods = feed.neighbourhoods;
  const results = await Promise.all(
    PARTS.map(async (part): Promise<Resolved> => {
      const link = neighbourhoods[part];
      if (!isObject(link) || typeof link.url !== 'string' || link.type !== undefined) return { ok: true, feed: link };
      return loadLink(`neighbourhoods.${part}`, link.url, baseUrl, load, allowedProtocols);
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

async function loadLink(
  path: string,
  link: string,
  baseUrl: string | URL,
  load: LoadLinked,
  allowedProtocols: readonly string[],
): Promise<Resolved> {
  const fail = (message: string): Resolved => ({ ok: false, failure: { code: 'invalid-structure', message } });
  let url: URL;
  try {
    url = new URL(link, baseUrl);
  } catch {
    return fail(`${path} links to ${JSON.stringify(link)}, which is not a valid address.`);
  }
  // A file next to the feed is always fine: that is how the extension reads its bundled example feed.
  const base = new URL(baseUrl);
  const besideFeed = url.protocol === base.protocol && url.host === base.host && url.host !== '';
  if (!allowedProtocols.includes(url.protocol) && !besideFeed) {
    return fail(`${path} links to ${url.href}; only ${allowedProtocols.join(' or ')} addresses can be loaded.`);
  }
  const loaded = await load(url);
  if (loaded.status === 'not-modified') {
    return fail(`${path} links to ${url.href}, which answered "304 Not Modified" to a request for the whole file.`);
  }
  if (loaded.status === 'failed') {
    return fail(`${path} links to ${url.href}, which could not be loaded: ${loaded.failure.message}`);
  }
  try {
    return { ok: true, feed: JSON.parse(loaded.text) as unknown };
  } catch (error) {
    return fail(`${path} links to ${url.href}, which is not valid JSON: ${(error as Error).message}.`);
  }
}
