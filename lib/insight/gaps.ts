/**
 * The short list of gaps a policy officer reads first (docs/insight.md explains the rules):
 * buurten with many children and little provision, and huiskamers with a long waiting list.
 *
 *   const gaps = [...littleProvision(insight.buurten), ...longWaitingLists(data.huiskamers, buurtOfLocation)];
 */
import type { Huiskamer } from '../feed/schema';
import type { AreaInsight, Gap } from './types';

/** At most this many gaps of each kind: a short list, not a second table. */
export const MAX_GAPS = 10;
/** A wait this long counts as a long waiting list, whatever the places. */
export const LONG_WAIT_WEEKS = 8;

/** The value a quarter (0.25) or half (0.5) of the way up a list sorted low to high, taking the lower one on a tie. */
export function lowerQuantile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.floor((sorted.length - 1) * fraction)];
}

/**
 * Buurten with at least the median number of children (of buurten whose children are
 * known and more than 0) whose hours of activity per week per 1,000 children are in the
 * lowest quarter of those buurten; most children first.
 */
export function littleProvision(buurten: readonly AreaInsight[]): Gap[] {
  const counted = buurten.filter((buurt) => buurt.children !== null && buurt.children > 0);
  if (counted.length === 0) return [];
  const hoursPerThousand = (buurt: AreaInsight) => (buurt.hoursPerWeek / (buurt.children ?? 1)) * 1000;
  const medianChildren = lowerQuantile(counted.map((b) => b.children ?? 0).sort((a, b) => a - b), 0.5);
  const lowestQuarter = lowerQuantile(counted.map(hoursPerThousand).sort((a, b) => a - b), 0.25);
  return counted
    .filter((buurt) => (buurt.children ?? 0) >= medianChildren && hoursPerThousand(buurt) <= lowestQuarter)
    .sort((a, b) => (b.children ?? 0) - (a.children ?? 0) || a.name.localeCompare(b.name))
    .slice(0, MAX_GAPS)
    .map((buurt) => ({
      kind: 'little-provision',
      code: buurt.code,
      name: buurt.name,
      children: buurt.children ?? 0,
      hoursPerWeek: buurt.hoursPerWeek,
      placesPerDay: buurt.placesPerDay,
    }));
}

/** Waiting list ÷ places; a waiting list where there are no places at all weighs most. */
const pressure = (waiting: number, places: number): number => (places > 0 ? waiting / places : Infinity);

/**
 * Huiskamers whose waiting list is at least their places per day, or where a child
 * waits `LONG_WAIT_WEEKS` or longer; the highest waiting pressure first.
 */
export function longWaitingLists(huiskamers: readonly Huiskamer[], buurtOf: (huiskamer: Huiskamer) => string): Gap[] {
  const gaps: Extract<Gap, { kind: 'long-waiting-list' }>[] = [];
  for (const huiskamer of huiskamers) {
    const list = huiskamer.waitingList;
    if (!list || list.count === 0) continue;
    const long = list.count >= huiskamer.placesPerDay || (list.expectedWeeks ?? 0) >= LONG_WAIT_WEEKS;
    if (!long) continue;
    gaps.push({
      kind: 'long-waiting-list',
      huiskamerId: huiskamer.id,
      name: huiskamer.name,
      buurtCode: buurtOf(huiskamer),
      waitingList: list.count,
      placesPerDay: huiskamer.placesPerDay,
      ...(list.expectedWeeks !== undefined ? { expectedWeeks: list.expectedWeeks } : {}),
    });
  }
  return gaps
    .sort((a, b) => pressure(b.waitingList, b.placesPerDay) - pressure(a.waitingList, a.placesPerDay)
      || (b.expectedWeeks ?? 0) - (a.expectedWeeks ?? 0) || a.name.localeCompare(b.name))
    .slice(0, MAX_GAPS);
}
