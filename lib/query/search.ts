/**
 * Type-ahead for "which buurt or wijk?": matches names and CBS codes, accents and
 * case ignored. Exact matches first, then names that start with the query, then
 * names with a word that starts with it, then any other place in the name.
 *
 *   searchAreas(index, 'mui');   // Muiderpoort (wijk), Muiderpoort-Oost (buurt), ...
 *   isPostcode('1315 ab');       // true: look it up instead (PDOK Locatieserver)
 */
import type { AreaKind } from './areas';
import type { FeedIndex } from './feedIndex';
import { foldWords, nameSortKey } from './normalize';

export interface AreaMatch {
  code: string;
  kind: AreaKind;
  /** The area's name, or its code when the feed gives no name. */
  name: string;
  /** For a buurt: the name of its wijk, to tell two "Centrum"s apart. */
  wijkName?: string;
}

const Rank = { Exact: 0, Prefix: 1, WordStart: 2, Substring: 3 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

function rankOf(folded: string, query: string): Rank | undefined {
  if (folded === query) return Rank.Exact;
  if (folded.startsWith(query)) return Rank.Prefix;
  if (folded.includes(` ${query}`)) return Rank.WordStart;
  if (folded.includes(query)) return Rank.Substring;
  return undefined;
}

const betterOf = (a: Rank | undefined, b: Rank | undefined): Rank | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

export function searchAreas(index: FeedIndex, query: string, limit = 10): AreaMatch[] {
  const folded = foldWords(query).join(' ');
  if (folded === '') return [];
  const ranked: { match: AreaMatch; rank: Rank; key: string }[] = [];
  for (const area of [...index.areas.wijken.values(), ...index.areas.buurten.values()]) {
    const name = area.name ?? area.code;
    const rank = betterOf(rankOf(foldWords(name).join(' '), folded), rankOf(area.code.toLowerCase(), folded));
    if (rank === undefined) continue;
    const wijkName = area.wijkCode ? index.areas.wijken.get(area.wijkCode)?.name : undefined;
    ranked.push({ match: { code: area.code, kind: area.kind, name, wijkName }, rank, key: nameSortKey(name) });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : kindOrder(a.match, b.match)))
    .slice(0, limit)
    .map(({ match }) => match);
}

/** With equal names, the wijk first: it holds the buurt. */
const kindOrder = (a: AreaMatch, b: AreaMatch): number => (a.kind === b.kind ? 0 : a.kind === 'wijk' ? -1 : 1);

const POSTCODE = /^\s*([1-9]\d{3})\s?([a-zA-Z]{2})\s*$/;

/** True for a full Dutch postcode: four digits (not starting with 0) and two letters, space optional. */
export function isPostcode(text: string): boolean {
  return POSTCODE.test(text);
}

/** '1315ab' → '1315 AB'; undefined when it is not a postcode. */
export function normalizePostcode(text: string): string | undefined {
  const match = POSTCODE.exec(text);
  return match ? `${match[1]} ${match[2].toUpperCase()}` : undefined;
}
