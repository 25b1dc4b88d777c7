/**
 * Completes spreadsheet rows into feed records where people leave things out
 * or half-fill them: a location with only a buurt code gets a point in that
 * buurt, a location with coordinates gets its buurt code, a half-filled address
 * or date range is set aside with a warning, an empty kind or category becomes
 * "other". Each change is reported at its file, row and column.
 *
 *   completeLocation(row, frame.buurten, report);
 */
import { checkCoordinates } from './coordinates';
import type { DraftRow } from './csv-rows';
import type { BuurtIndex } from './import-context';
import type { ImportProblem } from './import-problem';

/** Reports a problem at this row; `field` picks the column the row used for it. */
export type RowReporter = (severity: ImportProblem['severity'], reason: string, field?: string) => void;

const ADDRESS_FIELDS = ['street', 'number', 'postcode', 'city'] as const;

function completeAddress(record: Record<string, unknown>, report: RowReporter): void {
  const address = record.address as Record<string, unknown> | undefined;
  if (!address) return;
  const missing = ADDRESS_FIELDS.filter((field) => address[field] === undefined);
  if (missing.length === 0) return;
  delete record.address;
  report('warning', 'the address is incomplete, so it was left out; fill in straat, huisnummer, postcode and plaats', `address.${missing[0]}`);
}

/** Places the location: coordinates checked and given a buurt code, or a point inside the named buurt. */
function placeLocation(record: Record<string, unknown>, buurten: BuurtIndex, report: RowReporter): boolean {
  const code = record.buurtCode as string | undefined;
  const lat = record.latitude as number | undefined;
  const lon = record.longitude as number | undefined;
  const given = lat !== undefined || lon !== undefined;
  const check = checkCoordinates(lat, lon);
  // Without boundaries (only a link to them) buurt codes cannot be checked; they are kept as given.
  const unchecked = buurten.features.length === 0;
  const knownCode = code !== undefined && (unchecked || buurten.has(code));

  if (check.ok) {
    if (unchecked) return true;
    const found = buurten.find(check.lat, check.lon);
    // A point outside every buurt is reported by the feed validation at the end.
    if (code === undefined) {
      if (found) record.buurtCode = found;
    } else if (!knownCode) {
      if (found) record.buurtCode = found;
      else delete record.buurtCode;
      report('warning', `"${code}" is not one of the buurten given with --buurten; ${found ? `used ${found}, where the coordinates lie` : 'the buurtcode was left out'}`, 'buurtCode');
    } else if (found && found !== code) {
      report('warning', `the coordinates lie in buurt ${found}, not in ${code}; kept ${code}. Check which one is right`, 'buurtCode');
    }
    return true;
  }
  if (unchecked) {
    report('error', `${check.reason}. Without --buurten the location cannot be placed in its buurt. This row was left out`, 'latitude');
    return false;
  }
  if (given) report(knownCode ? 'warning' : 'error', `${check.reason}${knownCode ? '. Used a point in the buurt instead' : '. This row was left out'}`, lat === undefined ? 'longitude' : 'latitude');
  if (code === undefined) {
    if (!given) report('error', 'no coordinates and no buurtcode; fill in breedtegraad and lengtegraad, or a buurtcode. This row was left out', 'latitude');
    return false;
  }
  if (!knownCode) {
    report('error', `"${code}" is not one of the buurten given with --buurten, so the location cannot be placed; check the code or add coordinates. This row was left out`, 'buurtCode');
    return false;
  }
  const point = buurten.pointIn(code);
  if (!point) return false;
  record.latitude = point.lat;
  record.longitude = point.lon;
  if (!given) report('warning', `no coordinates; placed in the middle of buurt ${code}. Add breedtegraad and lengtegraad for an exact marker`, 'latitude');
  return true;
}

/** Returns false when the row cannot become a location. */
export function completeLocation(row: DraftRow, buurten: BuurtIndex, report: RowReporter): boolean {
  const { record } = row;
  record.kind ??= 'other';
  completeAddress(record, report);
  return placeLocation(record, buurten, report);
}

function completeDateRange(record: Record<string, unknown>, report: RowReporter): void {
  const range = record.dateRange as { startDate?: string; endDate?: string } | undefined;
  if (!range || (range.startDate && range.endDate)) return;
  delete record.dateRange;
  report('warning', 'give both startdatum and einddatum, or neither; the dates were left out', range.startDate ? 'dateRange.endDate' : 'dateRange.startDate');
}

export function completeActivity(row: DraftRow, report: RowReporter): void {
  const { record } = row;
  if (record.category === undefined) {
    record.category = 'other';
    if (row.columns.category) report('warning', 'empty; used "anders". Fill in a soort so families can filter on it', 'category');
  }
  completeDateRange(record, report);
}

export function completeHuiskamer(row: DraftRow, today: string, report: RowReporter): void {
  const waiting = row.record.waitingList as { count?: number; countedOn?: string } | undefined;
  if (!waiting) return;
  if (waiting.count === undefined) {
    delete row.record.waitingList;
    report('warning', 'a peildatum without a wachtlijst number; fill in the number of children waiting. The waiting list was left out', 'waitingList.count');
  } else if (waiting.countedOn === undefined) {
    waiting.countedOn = today;
    report('warning', `empty; used today (${today}). Fill in the date the waiting list was counted`, 'waitingList.countedOn');
  }
}

/** Every staffing entry gets the date of `inzet_peildatum`, or today with a warning. */
export function completeStaffing(row: DraftRow, today: string, report: RowReporter): void {
  const { record } = row;
  const countedOn = record._staffingCountedOn as string | undefined;
  delete record._staffingCountedOn;
  const staffing = record.staffing as { areaCode: string; fte: number; countedOn?: string }[] | undefined;
  if (!staffing?.length) return;
  for (const entry of staffing) entry.countedOn = countedOn ?? today;
  if (countedOn === undefined) report('warning', `no inzet_peildatum; used today (${today}). Fill in the date the FTE were counted`, '_staffingCountedOn');
}

/** Reach counts need their period; counts without one are set aside with a warning. */
export function completeReach(row: DraftRow, report: RowReporter): void {
  const reach = row.record.reach as { period?: unknown; children?: number; visits?: number; parents?: number } | undefined;
  if (!reach) return;
  const counted = reach.children !== undefined || reach.visits !== undefined || reach.parents !== undefined;
  if (reach.period && counted) return;
  delete row.record.reach;
  report(
    'warning',
    reach.period
      ? 'a bereik_periode without a count; fill in bereik_kinderen, bereik_bezoeken or bereik_ouders. The reach was left out'
      : 'reach counts without a period; fill in bereik_periode (e.g. 1-1-2026 t/m 30-6-2026). The reach was left out',
    reach.period ? 'reach.children' : 'reach.period',
  );
}
