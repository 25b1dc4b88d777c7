/**
 * What each buurt and wijk has on offer after the filters: counts of activities and
 * huiskamers, which colour the parents' map. The municipality's figures (children,
 * places, waiting lists, reach) are lib/insight's, over the whole feed.
 *
 *   const totals = neighbourhoodTotals(index, { age: 8 });
 *   totals.get('BU03630101')?.activities; // 4
 *
 * The criteria narrow what is counted (age, days, categories, ...); `area` and
 * `near` are ignored, because the map shows every area side by side. An activity
 * that visits two buurten counts once in each, and once in a wijk that holds both.
 * Without an area the list's hits are the very offers counted, so passing them
 * (`found`) spares a second pass over the feed:
 *
 *   neighbourhoodTotals(index, criteria, now, { activities, huiskamers });
 */
import type { Criteria } from './criteria';
import type { Area, AreaIndex, AreaKind } from './areas';
import type { FeedIndex } from './feedIndex';
import type { ActivityHit, HuiskamerHit } from './hits';
import { matchingPositions } from './filter';

export interface AreaTotals {
  code: string;
  kind: AreaKind;
  name?: string;
  activities: number;
  huiskamers: number;
}

function emptyTotals(area: Area): AreaTotals {
  return { code: area.code, kind: area.kind, name: area.name, activities: 0, huiskamers: 0 };
}

/** The hits already found for the same criteria, to count instead of querying again. */
export interface FoundHits {
  activities: readonly Pick<ActivityHit, 'buurtCodes'>[];
  huiskamers: readonly Pick<HuiskamerHit, 'buurtCodes'>[];
}

/** The buurten and wijken an offer counts in: its buurten, and each of their wijken once. */
function areasOf(areas: AreaIndex, buurtCodes: readonly string[]): readonly string[] {
  if (buurtCodes.length === 1) return [buurtCodes[0], areas.wijkOf(buurtCodes[0])];
  return [...buurtCodes, ...new Set(buurtCodes.map(areas.wijkOf))];
}

/** A zero for every buurt and wijk the feed knows, by code. */
function noTotals(areas: AreaIndex): Map<string, AreaTotals> {
  const totals = new Map<string, AreaTotals>();
  for (const area of [...areas.buurten.values(), ...areas.wijken.values()]) totals.set(area.code, emptyTotals(area));
  return totals;
}

function add(totals: Map<string, AreaTotals>, kind: 'activities' | 'huiskamers', areaCodesOfEach: Iterable<readonly string[]>): void {
  for (const codes of areaCodesOfEach) {
    for (const code of codes) {
      const area = totals.get(code);
      if (area) area[kind] += 1;
    }
  }
}

/**
 * Totals for every buurt and wijk, counting `found`: hits of criteria without an area.
 * Needs only the areas, so the map can count before a big feed's index is ready (first-map.ts).
 */
export function totalsOfHits(areas: AreaIndex, found: FoundHits): Map<string, AreaTotals> {
  const totals = noTotals(areas);
  // Hits at one place share their list of buurten: work out its areas once per list, not once per hit.
  const areasByBuurten = new Map<readonly string[], readonly string[]>();
  const areasOfHit = ({ buurtCodes }: { buurtCodes: readonly string[] }): readonly string[] => {
    let codes = areasByBuurten.get(buurtCodes);
    if (!codes) areasByBuurten.set(buurtCodes, (codes = areasOf(areas, buurtCodes)));
    return codes;
  };
  add(totals, 'activities', found.activities.map(areasOfHit));
  add(totals, 'huiskamers', found.huiskamers.map(areasOfHit));
  return totals;
}

/**
 * Totals for every buurt and wijk the feed knows, by code. `found` are the hits for
 * these criteria; they are counted when the criteria name no area (an area narrows the hits).
 */
export function neighbourhoodTotals(index: FeedIndex, criteria: Criteria = {}, now: Date = new Date(), found?: FoundHits): Map<string, AreaTotals> {
  if (found && criteria.area === undefined) return totalsOfHits(index.areas, found);
  const totals = noTotals(index.areas);
  const counted = { ...criteria, area: undefined };
  add(totals, 'activities', matchingPositions(index.activityColumns, index.activities, counted, now).map((i) => index.activities[i].areaCodes));
  add(totals, 'huiskamers', matchingPositions(index.huiskamerColumns, index.huiskamers, counted, now).map((i) => index.huiskamers[i].areaCodes));
  return totals;
}

/** Totals for one buurt or wijk; undefined when the feed does not know the code. */
export function areaTotals(index: FeedIndex, code: string, criteria: Criteria = {}, now: Date = new Date()): AreaTotals | undefined {
  const area = index.areas.get(code);
  if (!area) return undefined;
  const totals = emptyTotals(area);
  const counted = { ...criteria, area: code };
  totals.activities = matchingPositions(index.activityColumns, index.activities, counted, now).length;
  totals.huiskamers = matchingPositions(index.huiskamerColumns, index.huiskamers, counted, now).length;
  return totals;
}
