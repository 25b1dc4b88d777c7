/**
 * The validators of the copy of a feed we hold (ETag, Last-Modified, a hash of its
 * bytes) and the two questions a refresh asks about them: may they go along as
 * conditional request headers, and does a full answer show the same file again?
 *
 *   const headers = conditionalHeaders(url, held);   // {} on a cross-origin page
 *   if (sameValidators(held, { etag, lastModified })) // unchanged: skip the body
 */

export interface HeldValidators {
  etag?: string;
  lastModified?: string;
  /** `createContentHash()` of the body we hold (content-hash.ts). */
  contentHash?: string;
}

/**
 * If-None-Match and If-Modified-Since are not CORS-safelisted request headers: on a
 * request to another origin the browser first sends a preflight (OPTIONS), which
 * static hosts that only add `Access-Control-Allow-Origin: *` do not answer, and the
 * refresh fails. So they go along only where no preflight can follow: to the page's
 * own origin, and outside a browser (Node, whose fetch has no HTTP cache). Elsewhere
 * the browser's HTTP cache sends its own validators (the loader asks for `no-cache`).
 */
export function conditionalHeaders(url: string, held: HeldValidators, pageOrigin = currentOrigin()): Record<string, string> {
  if (pageOrigin !== undefined && originOf(url) !== pageOrigin) return {};
  return {
    ...(held.etag && { 'if-none-match': held.etag }),
    ...(held.lastModified && { 'if-modified-since': held.lastModified }),
  };
}

/**
 * Whether a full (200) answer carries the validators of the copy we hold: the browser
 * answers a revalidation its cache made with the cached body as a plain 200. ETags are
 * compared when both sides have one (weakly: `W/"7"` is `"7"`), because Last-Modified
 * misses a file that changed twice within a second; a cross-origin answer shows its
 * ETag to scripts only when the server exposes it, so often Last-Modified is all there is.
 */
export function sameValidators(held: HeldValidators, answer: { etag?: string; lastModified?: string }): boolean {
  if (held.etag && answer.etag) return opaqueTag(held.etag) === opaqueTag(answer.etag);
  return held.lastModified !== undefined && held.lastModified === answer.lastModified;
}

const opaqueTag = (etag: string) => etag.trim().replace(/^W\//, '');

/** The origin of the page or worker we run in; undefined outside a browser. */
function currentOrigin(): string | undefined {
  return (globalThis as { location?: { origin?: string } }).location?.origin;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
