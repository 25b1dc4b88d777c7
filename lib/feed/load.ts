/**
 * Fetches the text of a feed (or of its linked GeoJSON) the careful way: one time
 * limit for the whole load, a size cap counted while the body streams in,
 * revalidation of the copy we hold, and a few retries with exponential backoff, while
 * time is left, for failures that may pass (network errors, 5xx). Never throws:
 * every outcome is a value the UI can show.
 *
 *   const loaded = await loadFeedText(url, { etag: cached.etag, contentHash: cached.contentHash, timeoutMs: 10_000 });
 *   if (loaded.status === 'ok') JSON.parse(loaded.text);
 *
 * "Not modified" comes from a 304, from a 200 with the held copy's validators (the
 * browser's HTTP cache revalidated and hands back its body), or from a 200 whose body
 * hashes the same: conditional headers of our own would cost a CORS preflight on
 * another origin (validators.ts).
 */
import { createContentHash } from './content-hash';
import { NarrowJsonText } from './narrow-json-text';
import type { FeedFailure } from './model';
import { conditionalHeaders, sameValidators, type HeldValidators } from './validators';
import { nextMacrotask, SLICE_MS } from '../steps';

export interface LoadOptions {
  /** Give up after this long: all attempts, their bodies and the waits between them together. Default 15 s. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 80 MB (see `DEFAULT_MAX_BYTES`). */
  maxBytes?: number;
  /** Retries after the first attempt, for network errors and 5xx only, while time is left. Default 2. */
  retries?: number;
  /** Wait before the first retry; doubles for each next one. Default 500 ms. */
  retryBaseDelayMs?: number;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
}

/** Validators of the copy we hold: with them, an unchanged file answers "not modified". */
export type ConditionalOptions = HeldValidators;

export interface LoadedText {
  status: 'ok';
  text: string;
  /**
   * Where characters outside Latin-1 were written as `\uXXXX` escapes, to keep the text one
   * byte a character in memory (narrow-json-text.ts); it parses the same. `parseFeedJson`
   * takes them to name a broken document's line and column as it was sent.
   */
  escapes?: readonly number[];
  etag?: string;
  lastModified?: string;
  contentHash?: string;
}

/** What a loader of a feed or of its linked files answers (files on disk too). */
export type LoadResult = LoadedText | { status: 'not-modified' } | { status: 'failed'; failure: FeedFailure };

/** What `loadFeedText` answers: the text also with its size in bytes as it came. */
export type FetchedText = Exclude<LoadResult, LoadedText> | (LoadedText & { byteLength: number });

export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * A region feed (2,000 buurten, 100,000 activities) is 53 MB of compact JSON; 80 MB leaves
 * half as much again for longer texts or indented JSON. The cap stays to keep a wrong or
 * runaway file from filling a phone's memory (the text, then the parsed objects, take a
 * few times its size). See docs/performance.md.
 */
export const DEFAULT_MAX_BYTES = 80 * 1024 * 1024;

type Attempt = FetchedText & { retry?: boolean };

export async function loadFeedText(url: string, options: LoadOptions & ConditionalOptions = {}): Promise<FetchedText> {
  const retries = Math.max(0, options.retries ?? 2);
  const baseDelay = options.retryBaseDelayMs ?? 500;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // One deadline for every attempt: a silent server is reported after the time the docs promise, not three times it.
  const deadline = performance.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const { retry, ...result } = await attemptLoad(url, options, deadline - performance.now(), timeoutMs);
    const wait = baseDelay * 2 ** attempt;
    if (!retry || attempt >= retries || performance.now() + wait >= deadline) return result;
    await new Promise((resume) => setTimeout(resume, wait));
  }
}

/** `timeLeft`: what is left of the whole time, `timeoutMs`, that the message names. */
async function attemptLoad(url: string, options: LoadOptions & ConditionalOptions, timeLeft: number, timeoutMs: number): Promise<Attempt> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, timeLeft));
  try {
    const headers = { accept: 'application/json, application/geo+json;q=0.9, */*;q=0.1', ...conditionalHeaders(url, options) };
    // no-cache: the browser's HTTP cache asks the server whether its copy is still
    // good (with the validators it stored, no preflight) instead of serving it unasked.
    const response = await (options.fetch ?? fetch)(url, { headers, cache: 'no-cache', signal: controller.signal });

    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return httpFailure(url, response);
    }
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    if (sameValidators(options, { etag, lastModified })) {
      void response.body?.cancel().catch(() => undefined);
      return { status: 'not-modified' };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      controller.abort();
      return tooLarge(url, maxBytes);
    }
    const body = await readCapped(response, maxBytes, () => controller.abort());
    if (body === undefined) return tooLarge(url, maxBytes);
    if (body.contentHash === options.contentHash) return { status: 'not-modified' };
    return { status: 'ok', ...body, ...(etag && { etag }), ...(lastModified && { lastModified }) };
  } catch (error) {
    if (controller.signal.aborted) {
      return failed('timeout', `${url} did not answer within ${formatSeconds(timeoutMs)}; try again later.`, true);
    }
    return unreachable(url, error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads the body as text with the hash of its bytes, or returns undefined (and stops
 * the download) once it exceeds `maxBytes`.
 */
async function readCapped(
  response: Response,
  maxBytes: number,
  abort: () => void,
): Promise<{ text: string; escapes?: readonly number[]; byteLength: number; contentHash: string } | undefined> {
  const hash = createContentHash();
  if (!response.body) {
    const text = await response.text();
    const bytes = new TextEncoder().encode(text);
    hash.update(bytes);
    return bytes.byteLength > maxBytes ? undefined : { text, byteLength: bytes.byteLength, contentHash: hash.digest() };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const narrow = new NarrowJsonText();
  let received = 0;
  let sliceStart = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // Chunks the browser holds already come as microtasks, all in one task: pause now and then.
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextMacrotask();
      sliceStart = performance.now();
    }
    received += value.byteLength;
    if (received > maxBytes) {
      abort();
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    hash.update(value);
    narrow.add(decoder.decode(value, { stream: true }));
  }
  narrow.add(decoder.decode());
  const { text, escapes } = narrow.finish();
  return { text, ...(escapes.length > 0 && { escapes }), byteLength: received, contentHash: hash.digest() };
}

/**
 * A request that got no answer at all. Offline only when the browser knows it is;
 * otherwise the host is down, the address is wrong, or the server refused this page
 * (a CORS error looks the same to a script).
 */
function unreachable(url: string, error: unknown): Attempt {
  const reason = error instanceof Error ? describeError(error) : String(error);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return failed('offline', `${url} could not be loaded: this device is offline (${reason}).`, true);
  }
  return failed(
    'unreachable',
    `${url} could not be reached (${reason}). Check the address; the server may be down, or may not allow this page to read it (CORS).`,
    true,
  );
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
