/**
 * A buurt hidden in a longer text, for "Zoek kinderwerk in deze buurt" on text a
 * kinderwerker selected on a page: an address ("Greta Garbostraat 3, 1325 RB
 * Almere") holds a postcode, a sentence may name a buurt or wijk.
 *
 *   postcodeInText('Greta Garbostraat 3, 1325 RB Almere'); // '1325 RB'
 *   areaNamedIn(index, 'Veel te doen in de Filmwijk');     // { name: 'Filmwijk', … }
 */
import type { FeedIndex } from './feedIndex';
import { foldWords } from './normalize';
import type { AreaMatch } from './search';

/**
 * A postcode inside a text. The letters must be capitals ("1325 RB") or follow the
 * digits at once ("1325rb"), so "in 2024 is het" is no postcode.
 */
const POSTCODE_IN_TEXT = /(?:^|[^\p{L}\p{N}])([1-9]\d{3})(?: ?([A-Z]{2})|([a-zA-Z]{2}))(?![\p{L}\p{N}])/u;

/** The first postcode in the text, written as '1325 RB'; undefined when there is none. */
export function postcodeInText(text: string): string | undefined {
  const match = POSTCODE_IN_TEXT.exec(text);
  return match ? `${match[1]} ${(match[2] ?? match[3]).toUpperCase()}` : undefined;
}

/** A CBS buurt or wijk code inside a text, in capitals. */
export function areaCodeInText(text: string): string | undefined {
  return /\b((?:BU|WK)\d{4}[0-9A-Z]{2,4})\b/i.exec(text)?.[1].toUpperCase();
}

/** CBS names its wijken "Wijk 01 Almere Haven"; a text says "Almere Haven". */
const CBS_WIJK_PREFIX = /^wijk \d+ /;

/**
 * The buurt or wijk whose whole name occurs in the text as words of their own; the
 * longest name wins ("Muziekwijk Noord" over a buurt "Noord"), a buurt before a
 * wijk of the same name.
 */
export function areaNamedIn(index: FeedIndex, text: string): AreaMatch | undefined {
  const haystack = ` ${foldWords(text).join(' ')} `;
  let best: { match: AreaMatch; length: number } | undefined;
  for (const area of [...index.areas.buurten.values(), ...index.areas.wijken.values()]) {
    if (!area.name) continue;
    const folded = foldWords(area.name).join(' ');
    const name = area.kind === 'wijk' ? folded.replace(CBS_WIJK_PREFIX, '') : folded;
    if (name.length < 3 || !haystack.includes(` ${name} `)) continue;
    if (best && best.length >= name.length) continue;
    const wijkName = area.wijkCode ? index.areas.wijken.get(area.wijkCode)?.name : undefined;
    best = { match: { code: area.code, kind: area.kind, name: area.name, wijkName }, length: name.length };
  }
  return best?.match;
}
