/**
 * Text folding for search: lower case, accents and ligatures removed, punctuation
 * turned into spaces. "Café 't Hoekje" and "cafe t hoekje" fold to the same string.
 *
 *   foldText('Speeltuin Ëiland!'); // 'speeltuin eiland '
 */

// NFKD splits "é" into "e" + a combining accent and the ligature "ĳ" into "ij"; the marks are then dropped.
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(NOT_LETTER_OR_DIGIT, ' ');
}

/** The words of a search query, folded. Empty when the query holds no letters or digits. */
export function queryWords(query: string): string[] {
  return foldText(query).split(' ').filter((word) => word.length > 0);
}

/** True when every query word occurs somewhere in the folded haystack. */
export function matchesAllWords(foldedHaystack: string, words: readonly string[]): boolean {
  for (const word of words) {
    if (!foldedHaystack.includes(word)) return false;
  }
  return true;
}
