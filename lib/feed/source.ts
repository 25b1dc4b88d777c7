/**
 * A feed as the UI sees it, stale-while-revalidate: the cached copy at once, then a
 * conditional fetch behind it, then the new data, or the old data marked stale when
 * the refresh failed. A feed that fails to load never replaces good cached data, and
 * neither does one that lost most of it (lost-records.ts) until a week has passed.
 * New data is shown as soon as it is validated; its IndexedDB write goes on behind
 * it (a failed write keeps the copy saved earlier, and `refreshFeed` reports it).
 *
 *   const watch = watchFeed(url, { store, onState: (state) => (app.feed.value = state) });
 *   refreshButton.onclick = () => watch.refresh();
 *
 * The extension's background worker refreshes without a UI:
 *
 *   const outcome = await refreshFeed(url, { store });
 */
import { fetchFeed as fetchFeedOverHttp } from './fetch-feed';
import { lostRecords } from './lost-records';
import type { FeedCounts, FeedFailure, FeedProblem, KinderwerkData } from './model';
import { FeedStoreError, type CachedFeed, type FeedStore, type FeedStoreErrorReason, type FirstView } from '../store/feed-store';

/** The feed data on screen, with the date it was fetched or last confirmed unchanged. */
export interface ShownFeed {
  data: KinderwerkData;
  problems: FeedProblem[];
  counts: FeedCounts;
  /** ISO 8601; shown as "bijgewerkt op …" when the feed is stale. */
  fetchedAt: string;
}

export type FeedState =
  /** Nothing to list yet; on a return visit maybe the boundaries and first map of the cached feed, for the map. */
  | { phase: 'loading'; first?: FirstView }
  /** Data to show: from the cache at first, then what the refresh brought or confirmed. */
  | (ShownFeed & { phase: 'ready' })
  /** The refresh failed; the cached data is still shown. */
  | (ShownFeed & { phase: 'stale'; failure: FeedFailure })
  /** The refresh failed and nothing is cached. */
  | { phase: 'failed'; failure: FeedFailure };

export type FetchFeed = typeof fetchFeedOverHttp;
/** Timeout, size cap, retries and the fetch function, passed on to `fetchFeed`. */
export type FetchLimits = Omit<Parameters<FetchFeed>[1], 'etag' | 'lastModified' | 'contentHash'>;

export interface RefreshOptions {
  store: FeedStore;
  /** Default: the real HTTP loader. Tests pass their own. */
  fetchFeed?: FetchFeed;
  limits?: FetchLimits;
  /** The clock for `fetchedAt`. */
  now?: () => Date;
  /** Told when new data could not be saved (it is on screen from memory), and when a later save worked. */
  onSaved?: (failure: FeedStoreErrorReason | undefined) => void;
}

export type RefreshOutcome =
  | { status: 'updated'; feed: CachedFeed; saveFailure?: FeedStoreErrorReason }
  | { status: 'not-modified'; feed: CachedFeed }
  | { status: 'failed'; failure: FeedFailure; cached?: CachedFeed };

/** Fetches the feed once, conditionally on the cached copy, and updates the cache. Never throws. */
export async function refreshFeed(url: string, options: RefreshOptions): Promise<RefreshOutcome> {
  return revalidate(url, await readCache(options.store, url), options);
}

export interface FeedWatch {
  /** Fetches again (a second call while one runs joins it). Resolves when the new state is out and saved. */
  refresh(): Promise<void>;
  /** No more states after this; a refresh under way is left to finish silently. */
  stop(): void;
}

export interface WatchOptions extends RefreshOptions {
  onState: (state: FeedState) => void;
  /**
   * A copy on screen already (the first-screen copy, lib/store/first-screen.ts): no
   * "loading" state, and the cached copy follows only when it differs.
   */
  shown?: CachedFeed;
  /** Told of every copy shown from the cache or the network, for the first-screen copy. */
  onCopy?: (entry: CachedFeed) => void;
  /**
   * A whole fetch already under way (`fetchAtOnce`), started before the store was open
   * because this is likely a first visit; used by the first refresh instead of a
   * conditional one. A cached copy with the same bytes stays on screen.
   */
  early?: Promise<FetchResponse>;
}

/**
 * Fetches the feed whole, at once: on a first visit IndexedDB has no copy to ask about,
 * and opening and reading it first would keep the request waiting for nothing.
 */
export function fetchAtOnce(url: string, options: Pick<RefreshOptions, 'fetchFeed' | 'limits'> = {}): Promise<FetchResponse> {
  return fetchSafely(options.fetchFeed ?? fetchFeedOverHttp, url, { ...options.limits });
}

export function watchFeed(url: string, options: WatchOptions): FeedWatch {
  let stopped = false;
  const { shown } = options;
  let current: FeedState = shown ? readyState(shown) : { phase: 'loading' };
  let running: Promise<void> | undefined;
  let { early } = options;
  const emit = (state: FeedState) => {
    if (stopped) return;
    current = state;
    options.onState(state);
  };
  const lastShown = (): CachedFeed | undefined =>
    current.phase === 'ready' || current.phase === 'stale' ? { url, ...shownPart(current) } : undefined;

  const update = async (cached: CachedFeed | undefined) => {
    // New data is on screen before it is in IndexedDB: writing a city's feed takes hundreds of milliseconds.
    const answer = early;
    early = undefined;
    const outcome = await revalidate(url, cached, options, (fresh) => {
      emit(readyState(fresh));
      if (!stopped) options.onCopy?.(fresh);
    }, answer);
    if (outcome.status !== 'updated') emit(stateAfter(outcome, lastShown()));
    else if (!stopped) options.onSaved?.(outcome.saveFailure);
  };
  const run = (work: () => Promise<void>) => {
    running = work().finally(() => (running = undefined));
    return running;
  };

  emit(current);
  void run(async () => {
    const reading = readCache(options.store, url);
    // The boundaries and first map are read beside the whole copy and come much sooner: the map need not wait.
    if (!shown) {
      void readFirstView(options.store, url).then((first) => {
        if (first && current.phase === 'loading') emit({ phase: 'loading', first });
      });
    }
    let cached = await reading;
    // The same data as the copy on screen: keep its objects, so nothing is indexed or drawn again.
    if (cached && shown && sameData(shown, cached)) cached = { ...cached, data: shown.data, problems: shown.problems };
    if (cached && !(cached.data === shown?.data && cached.fetchedAt === shown.fetchedAt)) emit(readyState(cached));
    if (cached && !stopped) options.onCopy?.(cached);
    await update(cached);
  });

  return {
    refresh() {
      if (running) return running;
      return run(async () => update(await readCache(options.store, url)));
    },
    stop() {
      stopped = true;
    },
  };
}

/**
 * `beforeSave` receives new data before the cache write starts; the outcome comes once the
 * write has ended. `early` is a whole fetch started before the cache was read.
 */
async function revalidate(
  url: string,
  cached: CachedFeed | undefined,
  options: RefreshOptions,
  beforeSave?: (fresh: CachedFeed) => void,
  early?: Promise<FetchResponse>,
): Promise<RefreshOutcome> {
  const fetchFeed = options.fetchFeed ?? fetchFeedOverHttp;
  const fetchedAt = (options.now?.() ?? new Date()).toISOString();
  const validators = cached ? { etag: cached.etag, lastModified: cached.lastModified, contentHash: cached.contentHash } : {};
  let response = await (early ?? fetchSafely(fetchFeed, url, { ...options.limits, ...validators }));
  // Fetched whole before the cache was read, and the same bytes as the cached copy: nothing changed.
  if (early && response.status === 'ok' && cached?.contentHash !== undefined && response.contentHash === cached.contentHash) {
    response = { status: 'not-modified' };
  }
  // Not modified, but the copy it refers to is gone (another tab deleted it): fetch in full.
  if (response.status === 'not-modified' && !cached) response = await fetchSafely(fetchFeed, url, { ...options.limits });

  if (response.status === 'failed') return { status: 'failed', failure: response.failure, cached };
  if (response.status === 'not-modified') {
    if (!cached) return { status: 'failed', failure: NOT_MODIFIED_WITHOUT_COPY };
    const feed = { ...cached, fetchedAt };
    // A failed touch only costs an extra full download next time.
    await within(options.store.touch(url, fetchedAt), CACHE_READ_WAIT_MS, 'The saved copy could not be marked in time.').catch(() => undefined);
    return { status: 'not-modified', feed };
  }
  const { data, problems, counts } = response.result;
  const refused = cached && refusedForLoss(url, cached, response.result, fetchedAt);
  if (refused) return { status: 'failed', failure: refused, cached };
  const feed: CachedFeed = {
    url, data, problems, counts, fetchedAt,
    ...(response.etag ? { etag: response.etag } : {}),
    ...(response.lastModified ? { lastModified: response.lastModified } : {}),
    ...(response.contentHash ? { contentHash: response.contentHash } : {}),
  };
  beforeSave?.(feed);
  try {
    await within(options.store.put(feed), CACHE_WRITE_WAIT_MS, 'The feed could not be saved in time; it is used until the page is closed.');
    return { status: 'updated', feed };
  } catch (error) {
    return { status: 'updated', feed, saveFailure: error instanceof FeedStoreError ? error.reason : 'write-failed' };
  }
}

/** How long a copy that lost most records is refused: after this, the publisher's newest word counts. */
export const KEEP_AGAINST_LOSS_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A new copy that lost most of the one in use (lost-records.ts) does not replace it for
 * a week after the one in use was last confirmed: long enough for a publisher to see
 * the mistake, and visitors see the last good data, marked stale, meanwhile.
 */
function refusedForLoss(url: string, cached: CachedFeed, next: Pick<ShownFeed, 'counts' | 'problems'>, now: string): FeedFailure | undefined {
  const lost = lostRecords(cached.counts, next.counts);
  if (!lost || Date.parse(now) - Date.parse(cached.fetchedAt) >= KEEP_AGAINST_LOSS_MS) return undefined;
  const errors = next.problems.filter((problem) => problem.severity === 'error').length;
  const why = errors > 0 ? ` ${errors} of its records or lists were left out for errors.` : '';
  return {
    code: 'lost-records',
    message: `The new copy of ${url} was not used, because ${lost}.${why} The copy of ${cached.fetchedAt} stays in use until the feed is whole again, or for at most a week.`,
  };
}

const NOT_MODIFIED_WITHOUT_COPY: FeedFailure = {
  code: 'http-error',
  message: 'The server answered "304 Not Modified" to a request that asked for the whole feed.',
};

type FetchResponse = Awaited<ReturnType<FetchFeed>>;

/** fetchFeed reports failures as values; this also turns an unexpected throw into one. */
async function fetchSafely(fetchFeed: FetchFeed, url: string, options: Parameters<FetchFeed>[1]): Promise<FetchResponse> {
  try {
    return await fetchFeed(url, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'failed', failure: { code: 'http-error', message: `The feed could not be loaded: ${reason}` } };
  }
}

/**
 * How long a cache read or write may take before the feed goes on without it: some
 * browsers (private modes) leave IndexedDB requests unanswered, and a visitor must not
 * wait for ever on a cache when the network can answer. A write gets longer, as a
 * region feed takes a while to save.
 */
export const CACHE_READ_WAIT_MS = 3_000;
const CACHE_WRITE_WAIT_MS = 15_000;

/** `work`, or the rejection `late` when it does not settle within `ms`. */
function within<T>(work: Promise<T>, ms: number, late: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FeedStoreError('write-failed', late)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** A cache that cannot be read, or does not answer in time, counts as empty: the feed is fetched instead. */
async function readCache(store: FeedStore, url: string): Promise<CachedFeed | undefined> {
  try {
    return await within(store.get(url), CACHE_READ_WAIT_MS, 'The saved copy of the feed could not be read in time.');
  } catch {
    return undefined;
  }
}

/**
 * The same data: from the same bytes (content hash), or without a hash, the very same copy
 * (fetched or confirmed at the same moment). A "304 Not Modified" moves only the date.
 */
function sameData(a: CachedFeed, b: CachedFeed): boolean {
  if (a.url !== b.url) return false;
  return a.contentHash !== undefined ? a.contentHash === b.contentHash : a.fetchedAt === b.fetchedAt && b.contentHash === undefined;
}

async function readFirstView(store: FeedStore, url: string): Promise<FirstView | undefined> {
  try {
    return await within(store.getFirstView?.(url) ?? Promise.resolve(undefined), CACHE_READ_WAIT_MS, 'The saved map could not be read in time.');
  } catch {
    return undefined;
  }
}

function stateAfter(outcome: RefreshOutcome, shown: CachedFeed | undefined): FeedState {
  if (outcome.status === 'failed') {
    const fallback = outcome.cached ?? shown;
    return fallback
      ? { phase: 'stale', ...shownPart(fallback), failure: outcome.failure }
      : { phase: 'failed', failure: outcome.failure };
  }
  return readyState(outcome.feed);
}

/** The state that shows `feed`. */
export function readyState(feed: ShownFeed): FeedState {
  return { phase: 'ready', ...shownPart(feed) };
}

function shownPart(feed: ShownFeed): ShownFeed {
  return { data: feed.data, problems: feed.problems, counts: feed.counts, fetchedAt: feed.fetchedAt };
}
