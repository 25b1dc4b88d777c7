/**
 * The buurten and wijken of a feed, for the configurator's "start with" choice: the
 * same loading and validation as the widget (lib/feed/fetch-feed.ts) and the same list
 * as the extension's options (each wijk followed by its buurten). Loaded on demand: the
 * configurator's first view does not wait for zod and the feed code.
 *
 *   const result = await loadFeedAreas('https://data.voorbeeldstad.nl/kinderwerk.json');
 *   if (result.ok) result.areas;   // [{ code: 'WK003401', name: 'Almere Haven', kind: 'wijk' }, …]
 *   else failureText(result.failure, 'nl');   // the widget's own words for it
 */
import '../zod-jitless';
import { areasOf, type AreaChoice } from '../extension/area-choices';
import { fetchFeed } from '../feed/fetch-feed';
import type { FeedFailure } from '../feed/model';
import { t, type Lang } from '../i18n';

export type FeedAreas =
  | { ok: true; municipality: string; areas: AreaChoice[] }
  | { ok: false; failure: FeedFailure };

/** Never throws. */
export async function loadFeedAreas(url: string): Promise<FeedAreas> {
  const fetched = await fetchFeed(url, {});
  if (fetched.status === 'failed') return { ok: false, failure: fetched.failure };
  // No validators were sent, so "not modified" cannot come back; say so plainly if it does.
  if (fetched.status === 'not-modified') return { ok: false, failure: { code: 'unreachable', message: 'no answer' } };
  const { data } = fetched.result;
  return { ok: true, municipality: data.meta.municipality.name, areas: areasOf(data) };
}

/** Why a feed could not be used, in the words the widget itself would show. */
export function failureText(failure: FeedFailure, lang: Lang): string {
  return t(lang).feedFailures[failure.code];
}
