/**
 * Text folding for search and sorting: lower case, accents and ligatures removed.
 * "Café 't Hoekje" folds to "cafe 't hoekje", so a search for "cafe" finds it.
 *
 *   foldText('Speeltuin Ëiland');   // 'speeltuin eiland'
 *   queryWords("Café 't Hoekje!");  // ['cafe', 't', 'hoekje']
 *
 * Folding runs over every record when a feed is indexed (20,000 activities in a
 * city feed), so it avoids Unicode-property regexes on the common, plain-ASCII path.
 */

// NFKD splits "é" into "e" + a combining accent and the ligature "ĳ" into "ij"; the marks are then dropped.
const COMBINING_MARKS = /\p{M}+/gu;
// Any UTF-16 code unit above 0x7f (the regex has no u flag, so it reads code units).
const NON_ASCII = /[\u0080-\uffff]/;
/** ASCII punctuation and spacing, plus the Unicode spaces, dashes and quotes people type. */
const SEPARATORS = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000]+/g;

export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The words of a text, folded: letters and digits between spaces and punctuation. */
export function foldWords(text: string): string[] {
  return foldText(text).split(SEPARATORS).filter((word) => word.length > 0);
}

/** The words of a search query, folded. Empty when the query holds no letters or digits. */
export const queryWords = foldWords;

/**
 * True when every query word occurs in one of the folded texts. A word holds no space or
 * punctuation, so this is the same as looking in the texts joined with ' | '.
 */
export function matchesAllWords(foldedTexts: readonly string[], words: readonly string[]): boolean {
  for (const word of words) {
    if (!someIncludes(foldedTexts, word)) return false;
  }
  return true;
}

// A loop, not texts.some(): this runs for every offer on every keystroke.
function someIncludes(texts: readonly string[], word: string): boolean {
  for (const text of texts) {
    if (text.includes(word)) return true;
  }
  return false;
}

/**
 * A key whose plain string order is Dutch name order: case and accents ignored,
 * leading punctuation skipped, numbers by value ("Groep 2" before "Groep 10").
 * Sorting 20,000 names on keys is several times faster than with Intl.Collator.
 */
export function nameSortKey(name: string): string {
  // foldWords(name).join(' '), written without the arrays: it runs once per record of a feed.
  const words = foldText(name).replace(SEPARATORS, ' ').trim();
  return DIGIT.test(words) ? words.replace(DIGITS, padNumber) : words;
}

const DIGIT = /\d/;
const DIGITS = /\d+/g;
const padNumber = (digits: string): string => digits.padStart(12, '0');
