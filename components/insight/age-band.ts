/**
 * The age band children are counted in ("Kinderen (4 tot 12 jaar)"), and whether every
 * area shares one, so the table can say it once in the header.
 */
import type { Formatter, Messages } from '../../lib/i18n';
import type { AgeRange } from '../../lib/feed/schema';
import type { AreaInsight } from '../../lib/insight/types';

/** The column or figure name for children, with their age band when the data says it. */
export function childrenLabel(ages: AgeRange | null | undefined, text: Messages, format: Formatter): string {
  return ages ? `${text.insight.measures.children} (${format.ageRange(ages)})` : text.insight.measures.children;
}

/** The band all areas with a known band share; undefined when they differ or none says. */
export function sameAgeBand(areas: readonly AreaInsight[]): AgeRange | undefined {
  const bands = areas.map((area) => area.childrenAges).filter((band): band is AgeRange => band !== null);
  const first = bands[0];
  return first && bands.every((band) => band.min === first.min && band.max === first.max) ? first : undefined;
}
