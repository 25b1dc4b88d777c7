/**
 * What a search in the popup comes to when the user presses Enter or Zoek: one
 * buurt to open, a few to choose from (a postcode area spans several buurten; two
 * municipalities may both have a "Centrum"), or nothing, with the closest names.
 * Never silent: every outcome but a plain name match carries a message. Text from
 * the context menu may be a whole address or sentence: a postcode, CBS code or
 * known name inside it is found too.
 *
 *   const outcome = await resolveSearch(feeds, 'Filmwijck', lookups, t('nl').extension);
 *   // { kind: 'nothing', message: 'Niets gevonden voor "Filmwijck".', suggestions: [Filmwijk] }
 */
import type { Messages } from '../../lib/i18n/nl';
import { postcodeArea, type PostcodeAreaLookup, type PostcodeLookup } from '../../lib/lookup/postcode';
import { foldWords, normalizePostcode } from '../../lib/query';
import { areaCodeInText, postcodeInText } from '../../lib/query/find-in-text';
import {
  areaByCode, areaNamedInFeeds, exactFeedMatches, feedAreaAt, feedAreasAt, searchFeeds, suggestFeeds, type FeedAreaMatch, type PopupFeed,
} from './search-feeds';

export interface SearchLookups {
  lookupPostcode(text: string): Promise<PostcodeLookup>;
  lookupPostcodeArea(text: string): Promise<PostcodeAreaLookup>;
}

export type SearchOutcome =
  | { kind: 'open'; match: FeedAreaMatch; message?: string }
  | { kind: 'choose'; message: string; matches: FeedAreaMatch[] }
  | { kind: 'nothing'; message: string; hint?: string; suggestions: FeedAreaMatch[] };

type Text = Messages['extension'];

export async function resolveSearch(feeds: readonly PopupFeed[], query: string, lookups: SearchLookups, text: Text): Promise<SearchOutcome> {
  const byCode = areaByCode(feeds, query);
  if (byCode) return { kind: 'open', match: byCode };
  const postcode = normalizePostcode(query);
  if (postcode) return resolvePostcode(feeds, postcode, lookups, text);
  const area = postcodeArea(query);
  if (area) return resolvePostcodeArea(feeds, area, lookups, text);
  return resolveName(feeds, query, text) ?? resolveInText(feeds, query, lookups, text);
}

/** A text longer than a name: a selected address or sentence. */
const isLongText = (query: string) => foldWords(query).length >= 3;

async function resolveInText(feeds: readonly PopupFeed[], query: string, lookups: SearchLookups, text: Text): Promise<SearchOutcome> {
  const named = areaNamedInFeeds(feeds, query);
  const postcode = postcodeInText(query);
  if (postcode) {
    const outcome = await resolvePostcode(feeds, postcode, lookups, text);
    // An address whose postcode PDOK cannot place may still name its buurt.
    if (outcome.kind === 'open' || !named) return outcome;
  }
  const code = areaCodeInText(query);
  const byCode = code ? areaByCode(feeds, code) : undefined;
  if (byCode) return { kind: 'open', match: byCode };
  if (named) return { kind: 'open', match: named, message: text.foundInText(named.name) };
  if (isLongText(query)) return nothing(text.nothingInText);
  const suggestions = suggestFeeds(feeds, query);
  return { kind: 'nothing', message: text.nothingFound(query.trim()), hint: suggestions.length ? undefined : text.nothingFoundHint, suggestions };
}

async function resolvePostcode(feeds: readonly PopupFeed[], postcode: string, lookups: SearchLookups, text: Text): Promise<SearchOutcome> {
  const hit = await lookups.lookupPostcode(postcode);
  if (hit.status === 'unavailable') return nothing(text.postcodeUnavailable);
  if (hit.status === 'not-found') return nothing(text.postcodeNotFound(postcode));
  const match = feedAreaAt(feeds, hit.lat, hit.lon);
  if (!match) return nothing(text.postcodeOutside(postcode));
  return { kind: 'open', match, message: text.postcodeFound(postcode, match.name) };
}

async function resolvePostcodeArea(feeds: readonly PopupFeed[], area: string, lookups: SearchLookups, text: Text): Promise<SearchOutcome> {
  const hit = await lookups.lookupPostcodeArea(area);
  if (hit.status === 'unavailable') return nothing(text.postcodeUnavailable);
  if (hit.status === 'not-found') return nothing(text.postcodeNotFound(area));
  const matches = feedAreasAt(feeds, hit.points);
  if (matches.length === 0) return nothing(text.postcodeOutside(area));
  if (matches.length === 1) return { kind: 'open', match: matches[0], message: text.postcodeFound(area, matches[0].name) };
  return { kind: 'choose', message: text.postcodeAreaSeveral(area), matches };
}

/** A name typed (or part of one); undefined when no name matches. */
function resolveName(feeds: readonly PopupFeed[], query: string, text: Text): SearchOutcome | undefined {
  const exact = preferLiteral(exactFeedMatches(feeds, query), query);
  if (exact.length === 1 || (exact.length > 1 && exact.every((match) => match.feedUrl === exact[0].feedUrl))) {
    return { kind: 'open', match: exact[0] };
  }
  if (exact.length > 1) return { kind: 'choose', message: text.sameName, matches: exact };
  const best = searchFeeds(feeds, query, 1)[0];
  return best ? { kind: 'open', match: best } : undefined;
}

/** "Centrum" is the buurt Centrum before the wijk "Wijk 00 Centrum", which matched only without its number. */
function preferLiteral(matches: FeedAreaMatch[], query: string): FeedAreaMatch[] {
  const folded = foldWords(query).join(' ');
  const literal = matches.filter((match) => foldWords(match.name).join(' ') === folded);
  return literal.length ? literal : matches;
}

function nothing(message: string): SearchOutcome {
  return { kind: 'nothing', message, suggestions: [] };
}
