/**
 * "Did you mean …?": the buurt and wijk names closest to a query that matched
 * nothing, tolerating small typos ("Filmwijck", "muziekwyk"). Names are folded
 * (case, accents) and the Dutch "ij" is read as "y", as many people type it; then
 * the edit distance (with swapped neighbours counted once) is measured against the
 * start of the name or of any word in it, so "muziekwyk" is one step from
 * "Muziekwijk Noord".
 *
 *   suggestAreas(index, 'Filmwijck');  // [{ name: 'Filmwijk', … }]
 */
import type { AreaMatch } from './search';
import type { FeedIndex } from './feedIndex';
import { foldWords } from './normalize';

/** A close name, with how many edits away it is. */
export interface AreaSuggestion extends AreaMatch {
  distance: number;
}

/** Edits allowed for a query of this length: a short word with two typos is another word. */
function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

/** Folded words with "ij" as "y": 'Muziekwijk Noord' → 'muziekwyk noord'. */
const fuzzyFold = (text: string): string => foldWords(text).join(' ').replaceAll('ij', 'y');

/**
 * The fewest edits (insert, delete, replace, swap two neighbours) that turn `query`
 * into some prefix of `name`: typing "filmwy" is 0 away from "filmwyk noord".
 */
function prefixDistance(query: string, name: string, limit: number): number {
  const rows = query.length + 1;
  const cols = name.length + 1;
  // Three rows of the (query × name) table are enough for the swap rule.
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let best = previous[Math.min(query.length, name.length)];
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = query[i - 1] === name[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && query[i - 1] === name[j - 2] && query[i - 2] === name[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return Infinity;
    [before, previous] = [previous, current];
    if (i === rows - 1) best = Math.min(...current);
  }
  return best;
}

/** Where a word starts in a folded name: the name itself, and after each space. */
function wordStarts(name: string): string[] {
  const starts = [name];
  for (let i = name.indexOf(' '); i !== -1; i = name.indexOf(' ', i + 1)) starts.push(name.slice(i + 1));
  return starts;
}

export function suggestAreas(index: FeedIndex, query: string, limit = 5): AreaSuggestion[] {
  const folded = fuzzyFold(query);
  const limitEdits = allowedEdits(folded.length);
  if (limitEdits === 0) return [];
  const found: AreaSuggestion[] = [];
  for (const area of [...index.areas.wijken.values(), ...index.areas.buurten.values()]) {
    if (!area.name) continue;
    const name = fuzzyFold(area.name);
    const distance = Math.min(...wordStarts(name).map((start) => prefixDistance(folded, start, limitEdits)));
    if (distance > limitEdits) continue;
    const wijkName = area.wijkCode ? index.areas.wijken.get(area.wijkCode)?.name : undefined;
    found.push({ code: area.code, kind: area.kind, name: area.name, wijkName, distance });
  }
  return found
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'nl') || (a.kind === b.kind ? 0 : a.kind === 'buurt' ? -1 : 1))
    .slice(0, limit);
}
