/**
 * Fetches the text of a feed (or of its linked GeoJSON) the careful way: a timeout,
 * a size cap counted while the body streams in, conditional requests, and a few
 * retries with exponential backoff for failures that may pass (network errors,
 * timeouts, 5xx). Never throws: every outcome is a value the UI can show.
 *
 *   const loaded = await loadFeedText(url, { etag: cached.etag, timeoutMs: 10_000 });
 *   if (loaded.status === 'ok') JSON.parse(loaded.text);
 */
import type { FeedFailure } from './model';

export interface LoadOptions {
  /** Give up on one attempt after this long, body included. Default 15 s. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 80 MB (see `DEFAULT_MAX_BYTES`). */
  maxBytes?: number;
  /** Retries after the first attempt, for network errors, timeouts and 5xx only. Default 2. */
  retries?: number;
  /** Wait before the first retry; doubles for each next one. Default 500 ms. */
  retryBaseDelayMs?: number;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
}

export interface ConditionalOptions {
  /** Validators of the copy we hold: the server may answer 304 Not Modified. */
  etag?: string;
  lastModified?: string;
}

export type LoadResult =
  | { status: 'ok'; text: string; etag?: string; lastModified?: string }
  | { status: 'not-modified' }
  | { status: 'failed'; failure: FeedFailure };

export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * A region feed (2,000 buurten, 100,000 activities) is 53 MB of compact JSON; 80 MB leaves
 * half as much again for longer texts or indented JSON. The cap stays to keep a wrong or
 * runaway file from filling a phone's memory (the text, then the parsed objects, take a
 * few times its size). See docs/performance.md.
 */
export const DEFAULT_MAX_BYTES = 80 * 1024 * 1024;

type Attempt = LoadResult & { retry?: boolean };

export async function loadFeedText(url: string, options: LoadOptions & ConditionalOptions = {}): Promise<LoadResult> {
  const retries = Math.max(0, options.retries ?? 2);
  const baseDelay = options.retryBaseDelayMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    const { retry, ...result } = await attemptLoad(url, options);
    if (!retry || attempt >= retries) return result;
    await new Promise((resume) => setTimeout(resume, baseDelay * 2 ** attempt));
  }
}

async function attemptLoad(url: string, options: LoadOptions & ConditionalOptions): Promise<Attempt> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json, application/geo+json;q=0.9, */*;q=0.1' };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const response = await (options.fetch ?? fetch)(url, { headers, signal: controller.signal });

    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return httpFailure(url, response);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      controller.abort();
      return tooLarge(url, maxBytes);
    }
    const text = await readCapped(response, maxBytes, () => controller.abort());
    if (text === undefined) return tooLarge(url, maxBytes);
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return { status: 'ok', text, ...(etag && { etag }), ...(lastModified && { lastModified }) };
  } catch (error) {
    if (controller.signal.aborted) {
      return failed('timeout', `${url} did not answer within ${formatSeconds(timeoutMs)}; try again later.`, true);
    }
    const reason = error instanceof Error ? describeError(error) : String(error);
    return failed('offline', `${url} could not be reached (${reason}). Are you online?`, true);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as text, or returns undefined (and stops the download) once it exceeds `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, abort: () => void): Promise<string | undefined> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).byteLength > maxBytes ? undefined : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      abort();
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function httpFailure(url: string, response: Response): Attempt {
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status === 404) {
    return failed('not-found', `${url} was not found (HTTP 404). Check the address of the feed.`, false);
  }
  return failed(
    'http-error',
    `${url} answered HTTP ${status}${response.status >= 500 ? '; the server has a problem, try again later' : ''}.`,
    response.status >= 500,
  );
}

const tooLarge = (url: string, maxBytes: number): Attempt =>
  failed('too-large', `${url} is larger than ${formatMegabytes(maxBytes)}, the most a feed may be; it was not loaded.`, false);

const failed = (code: FeedFailure['code'], message: string, retry: boolean): Attempt => ({
  status: 'failed',
  failure: { code, message },
  retry,
});

/** Node's fetch hides the useful part ("ECONNREFUSED") in `cause`. */
function describeError(error: Error): string {
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}

const formatSeconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);
export const formatMegabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${bytes} bytes`;
