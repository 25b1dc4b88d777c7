/**
 * One figure of an area as a number (to sort and shade by) and as text (to read): the
 * municipality's table, its map and the popup's key figures all say a figure this way.
 *
 *   measureValue(filmwijk, 'placesPerThousandChildren'); // 41.7, or null when unknown
 *   figureText(filmwijk, 'waitingList', text, format);   // '12', '< 5' or 'onbekend'
 */
import type { Formatter, Messages } from '../../lib/i18n';
import { smallCount } from '../../lib/insight/small-count';
import type { AreaInsight, InsightMeasure } from '../../lib/insight/types';

/** Counts of children: a small one could point at one family, so it reads "< 5" (smallCount). */
const COUNTS_OF_CHILDREN: ReadonlySet<InsightMeasure> = new Set(['children', 'enrolled', 'waitingList', 'reachChildren']);

/** Shares (0–1) shown and shaded as whole percentages. */
const SHARES: ReadonlySet<InsightMeasure> = new Set(['shareFree', 'shareWalkIn']);

/** Decimals shown for each measure that is not a whole count. */
const DIGITS: ReadonlyMap<InsightMeasure, number> = new Map([
  ['hoursPerWeek', 1],
  ['placesPerThousandChildren', 1],
  ['waitingPressure', 2],
  ['fte', 1],
]);

/** The figure as a number; null when the data does not say (never 0 for "unknown"). */
export function measureValue(area: AreaInsight, measure: InsightMeasure): number | null {
  switch (measure) {
    case 'reachChildren':
      return area.reach.children;
    default:
      return area[measure];
  }
}

/** Whether the figure is a share, shown and shaded as a percentage. */
export function isShare(measure: InsightMeasure): boolean {
  return SHARES.has(measure);
}

/** Digits after the decimal point for this measure (shares count as whole percentages). */
export function measureDigits(measure: InsightMeasure): number {
  return DIGITS.get(measure) ?? 0;
}

/** The number as it is shaded on the map: shares as percentages, all else as is. */
export function shadeValue(area: AreaInsight, measure: InsightMeasure): number | null {
  const value = measureValue(area, measure);
  return value !== null && SHARES.has(measure) ? Math.round(value * 100) : value;
}

/** A number of this measure as text: "< 5" for a small count of children, "12,5", "75%". */
export function numberText(value: number, measure: InsightMeasure, text: Messages, format: Formatter): string {
  const small = COUNTS_OF_CHILDREN.has(measure) ? smallCount(value) : value;
  if (typeof small === 'string') return small;
  if (SHARES.has(measure)) return text.insight.percent(format.number(Math.round(value * 100)));
  return format.number(value, measureDigits(measure));
}

/**
 * The figure as a reader sees it in a table cell. Kinderwerkers read as FTE where an
 * organization published staffing, else as the known faces there.
 */
export function figureText(area: AreaInsight, measure: InsightMeasure, text: Messages, format: Formatter): string {
  if (measure === 'fte') {
    return area.fte === null ? text.insight.knownFaces(area.knownFaces) : text.insight.fte(format.number(area.fte, 1));
  }
  const value = measureValue(area, measure);
  return value === null ? text.insight.unknown : numberText(value, measure, text, format);
}
