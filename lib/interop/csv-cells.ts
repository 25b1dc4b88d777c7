/**
 * Cell readers for the spreadsheet columns: each turns the text of one cell into
 * the value a feed field wants, or a reason that says how to write it. They reuse
 * the feed schema's own checks for links, e-mail and phone numbers.
 *
 *   readCell.email('info@kinderwerk.nl'); // { ok: true, value: 'info@kinderwerk.nl' }
 *   readCell.buurtCodes('BU00340101, bu00340102'); // { ok: true, value: ['BU00340101', 'BU00340102'] }
 */
import type { z } from 'zod';
import { BuurtCode, Email, Id, Phone, WebUrl } from '../feed/schema';
import { CATEGORY_WORDS, LOCATION_KIND_WORDS, PROGRAMME_WORDS, REFERRER_WORDS, languageCode } from './dutch-words';
import {
  cleanPhone, parseAgeRange, parseChoice, parseChoices, parseCost, parseDate, parseDecimal, parseJoinMethod, parseList,
  parseWholeNumber, parseYesNo, type Parsed,
} from './dutch-values';
import { normalizePostcode } from '../query/search';
import { parseScheduleText } from './schedule-text';

export type CellReader = (cell: string) => Parsed<unknown>;

/** Reads a cell with a schema of the feed, whose messages already say how to write the value. */
function bySchema<T>(schema: z.ZodType<T>, example: string): (cell: string) => Parsed<T> {
  return (cell) => {
    const result = schema.safeParse(cell);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, reason: `"${cell}": ${result.error.issues[0]?.message ?? 'not valid'} (e.g. ${example})` };
  };
}

/**
 * A phone number; one Excel stored as a number lost its leading 0 (612345678) or
 * its + (31612345678): it is given back, with a warning to format the column as text.
 */
function phone(cell: string): Parsed<string> {
  const cleaned = cleanPhone(cell);
  const restored = /^[1-9]\d{8}$/.test(cleaned) ? `0${cleaned}` : /^31[1-9]\d{8}$/.test(cleaned) ? `+${cleaned}` : undefined;
  if (restored) {
    return { ok: true, value: restored, warning: `"${cell}" looks like a Dutch phone number that lost its leading ${restored[0]} (Excel drops it from numbers); read as ${restored}. Format the column as text` };
  }
  return bySchema(Phone, '036 123 4567')(cleaned);
}

function postcode(cell: string): Parsed<string> {
  const value = normalizePostcode(cell);
  return value ? { ok: true, value } : { ok: false, reason: `"${cell}" is not a Dutch postcode; write it like 1315 AB` };
}

function buurtCodes(cell: string): Parsed<string[]> {
  const codes = parseList(cell).map((code) => code.toUpperCase().replace(/\s/g, ''));
  const wrong = codes.find((code) => !BuurtCode.safeParse(code).success);
  if (wrong) return { ok: false, reason: `"${wrong}" is not a CBS buurt code; write it like BU00340101 (separate several with a comma)` };
  return { ok: true, value: codes };
}

function languages(cell: string): Parsed<string[]> {
  const codes: string[] = [];
  for (const item of parseList(cell)) {
    const code = languageCode(item);
    if (!code) return { ok: false, reason: `"${item}" is not a language; write a code like nl, en, ar, tr or a name like Nederlands` };
    codes.push(code);
  }
  return { ok: true, value: codes };
}

function schedule(cell: string): Parsed<unknown> {
  const { slots, problems } = parseScheduleText(cell);
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
  return { ok: true, value: slots };
}

function coordinate(cell: string): Parsed<number> {
  return parseDecimal(cell);
}

/** Several texts in one cell, one per line or separated by ";" (commas stay, they belong to the text). */
function lines(cell: string): Parsed<string[]> {
  return { ok: true, value: cell.split(/[;\n]/).map((line) => line.trim()).filter((line) => line !== '') };
}

export const readCell = {
  text: (cell: string): Parsed<string> => ({ ok: true, value: cell.trim() }),
  id: bySchema(Id, 'buurthuis-de-schakel'),
  url: bySchema(WebUrl, 'https://kinderwerk.example.org/aanmelden'),
  email: bySchema(Email, 'kinderwerk@example.org'),
  phone,
  date: parseDate,
  wholeNumber: parseWholeNumber,
  coordinate,
  postcode,
  ages: parseAgeRange,
  schedule,
  cost: parseCost,
  join: parseJoinMethod,
  yesNo: parseYesNo,
  list: (cell: string): Parsed<string[]> => ({ ok: true, value: parseList(cell) }),
  lines,
  buurtCode: (cell: string) => bySchema(BuurtCode, 'BU00340101')(cell.trim().toUpperCase()),
  buurtCodes,
  languages,
  referrers: (cell: string) => parseChoices(cell, REFERRER_WORDS),
  category: (cell: string) => parseChoice(cell, CATEGORY_WORDS),
  programme: (cell: string) => parseChoice(cell, PROGRAMME_WORDS),
  locationKind: (cell: string) => parseChoice(cell, LOCATION_KIND_WORDS),
} satisfies Record<string, CellReader>;
