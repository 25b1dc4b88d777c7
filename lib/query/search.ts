/**
 * Type-ahead for "which buurt or wijk?": matches names and CBS codes, accents and
 * case ignored. Exact matches first, then names that start with the query, then
 * names with a word that starts with it, then any other place in the name.
 *
 *   searchAreas(index, 'mui');   // Muiderpoort (wijk), Muiderpoort-Oost (buurt), ...
 *   isPostcode('1315 ab');       // true: look it up instead (PDOK Locatieserver)
 */
import type { AreaIndex, AreaKind } from './areas';
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

interface Candidate {
  match: AreaMatch;
  foldedName: string;
  foldedCode: string;
  key: string;
}

/** Folded names per feed, made on the first keystroke and kept while the feed's index lives. */
const candidatesOf = new WeakMap<AreaIndex, Candidate[]>();

function candidates(areas: AreaIndex): Candidate[] {
  let list = candidatesOf.get(areas);
  if (!list) {
    list = [...areas.wijken.values(), ...areas.buurten.values()].map((area) => {
      const name = area.name ?? area.code;
      const wijkName = area.wijkCode ? areas.wijken.get(area.wijkCode)?.name : undefined;
      return {
        match: { code: area.code, kind: area.kind, name, wijkName },
        foldedName: foldWords(name).join(' '),
        foldedCode: area.code.toLowerCase(),
        key: nameSortKey(name),
      };
    });
    candidatesOf.set(areas, list);
  }
  return list;
}

export function searchAreas(index: FeedIndex, query: string, limit = 10): AreaMatch[] {
  const folded = foldWords(query).join(' ');
  if (folded === '') return [];
  const ranked: { candidate: Candidate; rank: Rank }[] = [];
  for (const candidate of candidates(index.areas)) {
    const rank = betterOf(rankOf(candidate.foldedName, folded), rankOf(candidate.foldedCode, folded));
    if (rank !== undefined) ranked.push({ candidate, rank });
  }
  return ranked
    .map(({ candidate, rank }) => ({ match: { ...candidate.match }, rank, key: candidate.key }))
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : kindOrder(a.match, b.match)))
    .slice(0, limit)
    .map(({ match }) => match);
}

/** With equal names, the wijk first: it holds the buurt. */
const kindOrder = (a: AreaMatch, b: AreaMatch): number => (a.kind === b.kind ? 0 : a.kind === 'wijk' ? -1 : 1);

const POSTCODE = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/;

/** True for a full Dutch postcode: four digits (not starting with 0) and two letters, space optional. */
export function isPostcode(text: string): boolean {
  return POSTCODE.test(text);
}

/** '1315ab' → '1315 AB'; undefined when it is not a postcode. The importers read postcodes with it too. */
export function normalizePostcode(text: string): string | undefined {
  const match = POSTCODE.exec(text);
  return match ? `${match[1]} ${match[2].toUpperCase()}` : undefined;
}
