/**
 * The popup searches every subscribed municipality at once: buurt and wijk
 * names and codes through each feed's index, close names when a typo matched
 * nothing, postcodes through a point that is then placed in the feed's own buurten.
 */
import { findBuurtCode } from '../../lib/geo/buurt-of-point';
import { foldWords, searchAreas, type AreaMatch, type FeedIndex } from '../../lib/query';
import { areaNamedIn } from '../../lib/query/find-in-text';
import { suggestAreas } from '../../lib/query/suggest';

export interface PopupFeed {
  url: string;
  index: FeedIndex;
}

export interface FeedAreaMatch extends AreaMatch {
  feedUrl: string;
  municipality: string;
}

export function searchFeeds(feeds: readonly PopupFeed[], query: string, limit = 10): FeedAreaMatch[] {
  if (!query.trim()) return [];
  const perFeed = feeds.map((feed) =>
    searchAreas(feed.index, query, limit).map((match) => ({
      ...match,
      feedUrl: feed.url,
      municipality: feed.index.data.meta.municipality.name,
    })),
  );
  // Interleave so the best match of each municipality comes first.
  const merged: FeedAreaMatch[] = [];
  for (let rank = 0; merged.length < limit && perFeed.some((list) => rank < list.length); rank++) {
    for (const list of perFeed) if (rank < list.length && merged.length < limit) merged.push(list[rank]);
  }
  return merged;
}

/** Names close to a query that matched nothing ("Filmwijck" → Filmwijk), closest first, across municipalities. */
export function suggestFeeds(feeds: readonly PopupFeed[], query: string, limit = 5): FeedAreaMatch[] {
  return feeds
    .flatMap((feed) =>
      suggestAreas(feed.index, query, limit).map(({ distance, ...match }) => ({
        match: { ...match, feedUrl: feed.url, municipality: feed.index.data.meta.municipality.name },
        distance,
      })),
    )
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ match }) => match);
}

/** The buurt or wijk a longer text names (a sentence selected on a page), the longest name across municipalities. */
export function areaNamedInFeeds(feeds: readonly PopupFeed[], text: string): FeedAreaMatch | undefined {
  let best: FeedAreaMatch | undefined;
  for (const feed of feeds) {
    const match = areaNamedIn(feed.index, text);
    if (match && (!best || match.name.length > best.name.length)) {
      best = { ...match, feedUrl: feed.url, municipality: feed.index.data.meta.municipality.name };
    }
  }
  return best;
}

/** CBS names its wijken "Wijk 01 Almere Haven"; people type "Almere Haven". */
const CBS_WIJK_PREFIX = /^wijk \d+ /;

/**
 * The buurten and wijken whose name is exactly the query (case and accents
 * aside), a wijk also without its CBS number: what Enter opens.
 */
export function exactFeedMatches(feeds: readonly PopupFeed[], query: string): FeedAreaMatch[] {
  const folded = foldWords(query).join(' ');
  if (!folded) return [];
  return searchFeeds(feeds, query, 50).filter((match) => {
    const name = foldWords(match.name).join(' ');
    return name === folded || (match.kind === 'wijk' && name.replace(CBS_WIJK_PREFIX, '') === folded);
  });
}

/** The buurten (with their feeds) that hold any of the points, most points first: the buurten of a postcode area. */
export function feedAreasAt(feeds: readonly PopupFeed[], points: readonly { lat: number; lon: number }[]): FeedAreaMatch[] {
  const counted = new Map<string, { match: FeedAreaMatch; count: number }>();
  for (const point of points) {
    const match = feedAreaAt(feeds, point.lat, point.lon);
    if (!match) continue;
    const key = `${match.feedUrl} ${match.code}`;
    const seen = counted.get(key);
    if (seen) seen.count++;
    else counted.set(key, { match, count: 1 });
  }
  return [...counted.values()].sort((a, b) => b.count - a.count).map(({ match }) => match);
}

/** The buurt (and its feed) that contains a point, e.g. the centre of a postcode. */
export function feedAreaAt(feeds: readonly PopupFeed[], lat: number, lon: number): FeedAreaMatch | undefined {
  for (const feed of feeds) {
    const code = findBuurtCode(lat, lon, feed.index.data.buurten);
    const area = code ? feed.index.areas.get(code) : undefined;
    if (code && area) {
      return {
        code,
        kind: 'buurt',
        name: area.name ?? code,
        wijkName: area.wijkCode ? feed.index.areas.get(area.wijkCode)?.name : undefined,
        feedUrl: feed.url,
        municipality: feed.index.data.meta.municipality.name,
      };
    }
  }
  return undefined;
}

/** A buurt or wijk code, as typed (any case). */
export function areaByCode(feeds: readonly PopupFeed[], text: string): FeedAreaMatch | undefined {
  const code = text.trim().toUpperCase();
  if (!/^(BU|WK)[0-9A-Z]{6,8}$/.test(code)) return undefined;
  for (const feed of feeds) {
    const area = feed.index.areas.get(code);
    if (area) return { code, kind: area.kind, name: area.name ?? code, feedUrl: feed.url, municipality: feed.index.data.meta.municipality.name };
  }
  return undefined;
}
