/**
 * The popup searches every subscribed municipality at once: buurt and wijk
 * names and codes through each feed's index, postcodes through a point that
 * is then placed in the feed's own buurten.
 */
import { findBuurtCode } from '../../lib/geo/buurt-of-point';
import { searchAreas, type AreaMatch, type FeedIndex } from '../../lib/query';

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
