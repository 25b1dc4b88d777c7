/**
 * Readers for spreadsheet cells written by people, mostly in Dutch: ages
 * ("6 t/m 12 jaar", "6 tot 12", "vanaf 6"), costs ("gratis", "€ 1,50 per keer"), how to join
 * ("binnenlopen", "aanmelden", "verwijzing"), yes/no, dates and numbers with a
 * decimal comma. Each returns the value or a reason that says how to write it.
 *
 *   parseAgeRange('6 t/m 12');          // { ok: true, value: { min: 6, max: 12 } }
 *   parseCost('€ 1,50 per keer');       // { ok: true, value: { free: false, amount: 1.5, note: 'per keer' } }
 *   parseJoinMethod('via verwijzing');  // { ok: true, value: 'referral' }
 */
import type { AgeRange, Cost, JoinMethod } from '../feed/schema';

/** A value read, or why not. `warning`: read, but with something the reader should check. */
export type Parsed<T> = { ok: true; value: T; warning?: string } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** A text in quotes for a problem message; a long one cut short, so one huge cell cannot flood a report. */
export function quoted(text: string): string {
  return text.length > 80 ? `"${text.slice(0, 80)}…" (${text.length} characters)` : `"${text}"`;
}

const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const fold = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();

/** "52,37123" or "52.37123" or "1.234,5" (Dutch thousands separator) as a number. */
export function parseDecimal(text: string): Parsed<number> {
  let cleaned = text.trim().replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(cleaned)) cleaned = cleaned.replace(/\./g, '');
  cleaned = cleaned.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return fail(`${quoted(text)} is not a number; write it like 52.37 or 52,37`);
  return ok(Number(cleaned));
}

export function parseWholeNumber(text: string): Parsed<number> {
  const cleaned = text.trim();
  if (!/^\d+$/.test(cleaned)) return fail(`${quoted(text)} is not a whole number; write digits only, e.g. 12`);
  return ok(Number(cleaned));
}

/** The highest age a feed takes (AgeRange in lib/feed/schema.ts): where "vanaf 6" ends. */
const FEED_MAX_AGE = 25;

/** "vanaf 6", "from 6", "6+", "6 jaar en ouder": a lowest age only. */
const OPEN_ENDED_AGE = /^(?:vanaf|from|v\.a\.) ?(\d{1,2})(?: ?(?:jaar|jr|years?))?$|^(\d{1,2}) ?(?:\+|(?:jaar |jr |years )?(?:en ouder|and (?:over|older)))$/;

/**
 * Ages in whole years: "6 t/m 12", "6 tot en met 12 jaar", "6 tot 12", "6-12", "6 to 12",
 * "vanaf 6 tot 12". A lowest age only ("vanaf 6", "6+") runs up to the feed's highest age, 25.
 * Advice never says "6-12": Excel makes that a date.
 */
export function parseAgeRange(text: string): Parsed<AgeRange> {
  const folded = fold(text).replace(/\s+/g, ' ');
  const openEnded = OPEN_ENDED_AGE.exec(folded);
  if (openEnded) return ok({ min: Number(openEnded[1] ?? openEnded[2]), max: FEED_MAX_AGE });
  const cleaned = folded
    .replace(/\b(jaar|jr|years?|yrs?|leeftijd|van|vanaf|from|ages?)\b\.?/g, ' ')
    .replace(/\b(?:tot en met|through|tot|to)\b|t\/m|[-–—]/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^(\d{1,2}) - (\d{1,2})$/.exec(cleaned);
  const single = /^(\d{1,2})$/.exec(cleaned);
  if (single) return ok({ min: Number(single[1]), max: Number(single[1]) });
  if (!match) return fail(`${quoted(text)} is not an age range; write it as 6 t/m 12 or 6 tot 12 (both ages included), or vanaf 6`);
  const min = Number(match[1]);
  const max = Number(match[2]);
  if (min > max) return fail(`${quoted(text)}: the first age is higher than the second; write the youngest age first, e.g. 6 t/m 12`);
  if (max > 25) return fail(`${quoted(text)}: ages above 25 are outside kinderwerk; use ages 0 to 25`);
  return ok({ min, max });
}

const FREE_WORDS = /^(gratis|kosteloos|free|geen( kosten)?|nvt|n\.v\.t\.|0|0,00|€ ?0(,00)?)$/;

const isSeparator = (char: string) => /[\s,:;-]/.test(char);

/** The text without separators (spaces, ",", ":", ";", "-") at either end; a loop, as a regex at the end would be quadratic. */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSeparator(text[start])) start++;
  while (end > start && isSeparator(text[end - 1])) end--;
  return text.slice(start, end);
}

/**
 * The first amount in a text, with the currency and spaces around it: where it starts
 * and ends, so the rest can be the note. Each pattern sees a few characters or runs
 * once, so a long text costs no more than reading it.
 */
function firstAmount(text: string): { value: number; start: number; end: number } | undefined {
  // "1.250,00" and "1.000,-" have Dutch thousands points; "1,50" and "1.50" are decimals; ",-" is ",00".
  const number = /\d{1,3}(?:\.\d{3})+(?:,\d{1,2}|,-)?|\d+(?:[.,]\d{1,2}|,-)?/.exec(text);
  if (!number) return undefined;
  let start = number.index;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  const before = /(?:€|(?<![a-z])euro?)$/i.exec(text.slice(Math.max(0, start - 5), start));
  if (before) start -= before[0].length;
  let end = number.index + number[0].length;
  while (end < text.length && /\s/.test(text[end])) end++;
  const after = /^(?:€|euro?(?![a-z]))/i.exec(text.slice(end, end + 5));
  if (after) end += after[0].length;
  const digits = /^\d{1,3}(?:\.\d{3})+/.test(number[0]) ? number[0].replace(/\./g, '') : number[0];
  return { value: Number(digits.replace(/,-$/, '').replace(',', '.')), start, end };
}

/** A currency other than the euro named in a price text: "£ 3.50", "3.50 GBP", "$5". */
const FOREIGN_CURRENCY = /[£$]|\b(?:gbp|usd|chf|pounds?|dollars?)\b/i;

/** "gratis", "€ 1,50 per keer", "2 euro", "1.50 (met U-pas gratis)". */
export function parseCost(text: string): Parsed<Cost> {
  if (FREE_WORDS.test(fold(text))) return ok({ free: true });
  const trimmed = text.trim();
  const freeWord = /^(gratis|free)\b/.exec(trimmed);
  if (freeWord) {
    const note = trimSeparators(trimmed.slice(freeWord[0].length));
    return ok(note ? { free: true, note } : { free: true });
  }
  const amount = firstAmount(text);
  if (!amount) return fail(`${quoted(text)} is not a cost; write "gratis" or an amount like "€ 1,50 per keer"`);
  const currency = FOREIGN_CURRENCY.exec(text);
  if (currency && amount.value > 0) {
    // The feed's amounts are euros: "£ 3.50" as € 3,50 would be a wrong price, so only the text is kept.
    return { ok: true, value: { free: false, note: trimmed }, warning: `${quoted(text)} is a price in ${currency[0]}, not in euros; it was kept as a note without an amount. Write the price in euros` };
  }
  const note = trimSeparators(text.slice(0, amount.start) + text.slice(amount.end));
  if (amount.value === 0) return ok(note ? { free: true, note } : { free: true });
  return ok(note ? { free: false, amount: amount.value, note } : { free: false, amount: amount.value });
}

const JOIN_WORDS: ReadonlyArray<readonly [JoinMethod, RegExp]> = [
  ['referral', /verwijz|doorverwijz|referral|referred|indicatie/],
  ['sign-up', /aanmeld|opgeven|opgave|inschrijv|sign.?up|register|booking|boeken|reserveren/],
  ['walk-in', /binnenlo|binnen lopen|inloop|vrije inloop|walk.?in|drop.?in|vrij toegankelijk|zo binnen/],
];

/** "binnenlopen" / "inloop" -> walk-in, "aanmelden" / "opgeven" -> sign-up, "verwijzing" -> referral. */
export function parseJoinMethod(text: string): Parsed<JoinMethod> {
  const folded = fold(text);
  for (const [method, pattern] of JOIN_WORDS) if (pattern.test(folded)) return ok(method);
  if (['walk-in', 'sign-up', 'referral'].includes(folded)) return ok(folded as JoinMethod);
  return fail(`${quoted(text)} is not a way to join; write binnenlopen, aanmelden or verwijzing`);
}

/** Guesses the way to join from free text (an application process); undefined when unclear. */
export function guessJoinMethod(text: string): JoinMethod | undefined {
  const folded = fold(text);
  for (const [method, pattern] of JOIN_WORDS) if (pattern.test(folded)) return method;
  return undefined;
}

export function parseYesNo(text: string): Parsed<boolean> {
  const folded = fold(text);
  if (['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x', 'akkoord', 'toestemming'].includes(folded)) return ok(true);
  if (['nee', 'n', 'no', 'false', 'onwaar', '0', 'geen toestemming'].includes(folded)) return ok(false);
  return fail(`${quoted(text)} is not yes or no; write ja or nee`);
}

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2026-03-01", "1-3-2026", "01/03/2026" or "1.3.2026" (day first, as in the Netherlands) -> "2026-03-01". */
export function parseDate(text: string): Parsed<string> {
  const cleaned = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cleaned);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(cleaned);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dutch
      ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
      : [0, 0, 0];
  if (!year || !isRealDate(year, month, day)) {
    return fail(`${quoted(text)} is not a date; write it as 2026-03-01 or 1-3-2026 (day-month-year)`);
  }
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}

/** A list in one cell: "nl, en", "a; b", one per line. */
export function parseList(text: string): string[] {
  return text
    .split(/[,;\n|]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A phone number as the feed wants it: digits, spaces, "+", "-", "(", ")"; dots and slashes become spaces, quotes go. */
export function cleanPhone(text: string): string {
  return text.replace(/["']/g, '').trim().replace(/[./]/g, ' ').replace(/\s+/g, ' ');
}

/** Looks a word up in a vocabulary of Dutch and English words; reasons list the Dutch choices. */
export function parseChoice<T extends string>(
  text: string,
  vocabulary: ReadonlyArray<readonly [T, readonly string[]]>,
): Parsed<T> {
  const folded = fold(text);
  for (const [value, words] of vocabulary) {
    if (value === folded || words.some((word) => fold(word) === folded)) return ok(value);
  }
  for (const [value, words] of vocabulary) {
    if (words.some((word) => folded.includes(fold(word)))) return ok(value);
  }
  const choices = vocabulary.map(([, words]) => words[0]).join(', ');
  return fail(`${quoted(text)} is not one of the choices; write one of: ${choices}`);
}

/** Several choices in one cell ("school, wijkteam"), each at most once, in the order written. */
export function parseChoices<T extends string>(
  text: string,
  vocabulary: ReadonlyArray<readonly [T, readonly string[]]>,
): Parsed<T[]> {
  const values: T[] = [];
  for (const item of parseList(text)) {
    const parsed = parseChoice(item, vocabulary);
    if (!parsed.ok) return parsed;
    if (!values.includes(parsed.value)) values.push(parsed.value);
  }
  return ok(values);
}

/**
 * True when `word` is a word of `words` (the text's words, each with a space
 * before and after) or starts one: "knutsel" in "knutselclub" and "knutselen", as
 * Dutch compounds and verbs need, but not "play" in "display", nor in "played" (an
 * English past tense tells of something done, not of the activity). Words of five
 * letters or more also end a compound: "voetbal" in "jeugdvoetbal".
 */
function matchesAWord(words: string, word: string): boolean {
  for (let at = words.indexOf(` ${word}`); at >= 0; at = words.indexOf(` ${word}`, at + 1)) {
    const restStart = at + 1 + word.length;
    if (words.slice(restStart, words.indexOf(' ', restStart)) !== 'ed') return true;
  }
  return word.length >= 5 && words.includes(`${word} `);
}

/**
 * Guesses a choice from free text (a name, a description, a foreign taxonomy term):
 * the first entry, in vocabulary order, with a word found as a word of the text
 * (see matchesAWord), never inside one.
 * The catch-all last entry ("anders") is never guessed.
 */
export function guessChoice<T extends string>(
  text: string,
  vocabulary: ReadonlyArray<readonly [T, readonly string[]]>,
): T | undefined {
  const words = ` ${fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
  for (const [value, choices] of vocabulary.slice(0, -1)) {
    if (choices.some((word) => matchesAWord(words, fold(word)))) return value;
  }
  return undefined;
}

const HOLIDAY = /vakantie|zomer|herfst|kerst|voorjaar|krokus|kamp|holiday|summer|camp/;

/** True when a name or description speaks of a holiday programme ("zomerkamp", "herfstvakantie", "holiday camp"). */
export function looksLikeHoliday(text: string): boolean {
  return HOLIDAY.test(fold(text));
}
