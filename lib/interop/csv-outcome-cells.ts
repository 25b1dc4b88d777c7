/**
 * Cell readers for the v1.1 columns that tell a municipality what kinderwerk is
 * for and whom it reaches: aims, partners, the reach period and staffing. Several
 * entries in one cell are separated by ";" or a new line (a comma is a decimal
 * comma in "1,5").
 *
 *   readOutcomeCell.aims('talenten, gezond');               // ['talent-development', 'healthy-growing-up']
 *   readOutcomeCell.partners('school=OBS De Regenboog');    // [{ type: 'school', organizationId: 'OBS De Regenboog' }]
 *   readOutcomeCell.period('1-1-2026 t/m 30-6-2026');       // { startDate: '2026-01-01', endDate: '2026-06-30' }
 *   readOutcomeCell.staffing('WK003402=1,5; BU00340202=0,8'); // [{ areaCode: 'WK003402', fte: 1.5 }, …]
 */
import { AreaCode } from '../feed/schema';
import type { Aim, PartnerType } from '../insight/types';
import { parseChoice, parseChoices, parseDate, parseDecimal, quoted, type Parsed } from './dutch-values';
import { AIM_WORDS, PARTNER_TYPE_WORDS } from './dutch-words';

const entries = (cell: string): string[] => cell.split(/[;\n]/).map((entry) => entry.trim()).filter(Boolean);

/** "a = b" or "a: b"; the first "=" or ":" splits. */
function pair(entry: string): [string, string] | undefined {
  const at = entry.search(/[=:]/);
  return at > 0 ? [entry.slice(0, at).trim(), entry.slice(at + 1).trim()] : undefined;
}

function partners(cell: string): Parsed<{ type: PartnerType; organizationId: string }[]> {
  const values: { type: PartnerType; organizationId: string }[] = [];
  for (const entry of entries(cell)) {
    const parts = pair(entry);
    if (!parts || !parts[1]) {
      return { ok: false, reason: `${quoted(entry)}: write the kind of partner, "=" and the organisation from organisaties.csv, e.g. school=OBS De Regenboog (separate several with ";")` };
    }
    const type = parseChoice(parts[0], PARTNER_TYPE_WORDS);
    if (!type.ok) return type;
    values.push({ type: type.value, organizationId: parts[1] });
  }
  return { ok: true, value: values };
}

/** Two dates with "t/m", "tot en met", "tot", "to" or a dash with spaces around it between them. */
function period(cell: string): Parsed<{ startDate: string; endDate: string }> {
  const ends = cell.trim().split(/\s+(?:t\/m|tot en met|tot|to|-|–)\s+/i);
  if (ends.length !== 2) {
    return { ok: false, reason: `${quoted(cell)} is not a period; write two dates with t/m between them, e.g. 1-1-2026 t/m 30-6-2026` };
  }
  const start = parseDate(ends[0]);
  if (!start.ok) return start;
  const end = parseDate(ends[1]);
  if (!end.ok) return end;
  return { ok: true, value: { startDate: start.value, endDate: end.value } };
}

function staffing(cell: string): Parsed<{ areaCode: string; fte: number }[]> {
  const values: { areaCode: string; fte: number }[] = [];
  for (const entry of entries(cell)) {
    const parts = pair(entry);
    const code = parts?.[0].toUpperCase().replace(/\s/g, '') ?? '';
    if (!parts || !AreaCode.safeParse(code).success) {
      return { ok: false, reason: `${quoted(entry)}: write a CBS wijk or buurt code, "=" and the FTE, e.g. WK003402=1,5 (separate several with ";")` };
    }
    const fte = parseDecimal(parts[1]);
    if (!fte.ok) return fte;
    values.push({ areaCode: code, fte: fte.value });
  }
  return { ok: true, value: values };
}

export const readOutcomeCell = {
  aims: (cell: string): Parsed<Aim[]> => parseChoices(cell, AIM_WORDS),
  partners,
  period,
  staffing,
};
