/**
 * What a problem of the feed builder means, in a few plain words of the page's own
 * language. The problem's text is the feed tools' (English, the same as
 * `npm run feed:from-csv` prints, so the page and the command line can be compared);
 * the meaning stands next to it for a reader who does not read English well.
 * A problem is known by the fixed words of the library's text; one that matches
 * none gets no meaning (the exact text is still there).
 *
 *   problemMeaning('"6 tot" is not an age range; write it as 6 t/m 12 …');   // 'age'
 */

export const PROBLEM_MEANINGS = [
  'age', 'time', 'day', 'date', 'number', 'choice', 'empty', 'reference', 'consent', 'coordinates',
  'address', 'web', 'email', 'column', 'file', 'publisher', 'licence', 'nothing',
] as const;
export type ProblemMeaning = (typeof PROBLEM_MEANINGS)[number];

/** The first pattern that fits wins: a reference to a row left out is about that row, not this cell. */
const PATTERNS: [ProblemMeaning, RegExp][] = [
  ['reference', /is not an id or name in |was left out because of its own problems/],
  ['consent', /did not consent/],
  ['column', /^unknown column/],
  ['file', /not a known file/],
  ['publisher', /^no publisher given/],
  ['licence', /^no licence given/],
  ['age', /is not an age range/],
  ['time', /is not a time range/],
  ['day', /is not a day\b/],
  ['date', /is not a date|^no date in rows?\b/],
  ['number', /is not a whole number/],
  ['choice', /is not a way to join|is not one of the choices/],
  ['coordinates', /no coordinates|look swapped|outside every buurt/],
  ['address', /is not a Dutch postcode|the address is incomplete/],
  ['web', /must be a web address/],
  ['email', /not a valid e-mail address/],
  ['empty', /^empty;/],
  ['nothing', /^no activity, huiskamer or contact came through/],
];

export function problemMeaning(reason: string): ProblemMeaning | undefined {
  return PATTERNS.find(([, pattern]) => pattern.test(reason))?.[0];
}
