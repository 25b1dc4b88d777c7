/**
 * Places a location from an HSDS or OpenActive source: checks its coordinates
 * (missing, impossible, swapped, outside the Netherlands) and gives it a buurt
 * code by point-in-polygon. A location with unusable coordinates but a known
 * buurt code is placed inside that buurt; without either it is left out.
 *
 *   if (placeSourceLocation(draft, work.buurten, (reason, severity) => work.report(place, reason, severity))) ...
 */
import { checkCoordinates } from './coordinates';
import type { BuurtIndex } from './import-context';
import type { ImportProblem } from './import-problem';

export type Reporter = (reason: string, severity?: ImportProblem['severity']) => void;

/** Returns false when the location cannot be placed on the map. */
export function placeSourceLocation(record: Record<string, unknown>, buurten: BuurtIndex, report: Reporter): boolean {
  const check = checkCoordinates(record.latitude as number | undefined, record.longitude as number | undefined);
  const code = record.buurtCode as string | undefined;
  const checkable = buurten.features.length > 0;
  if (code !== undefined && checkable && !buurten.has(code)) {
    report(`buurt code ${code} is not one of the buurten given; it was left out`);
    delete record.buurtCode;
  }
  if (check.ok) {
    if (record.buurtCode === undefined && checkable) {
      const found = buurten.find(check.lat, check.lon);
      if (found) record.buurtCode = found;
    }
    return true;
  }
  const inside = typeof record.buurtCode === 'string' ? buurten.pointIn(record.buurtCode) : undefined;
  if (!inside) {
    report(`${check.reason}. This location was left out`, 'error');
    return false;
  }
  record.latitude = inside.lat;
  record.longitude = inside.lon;
  report(`${check.reason}. Placed in the middle of buurt ${String(record.buurtCode)} instead`);
  return true;
}
