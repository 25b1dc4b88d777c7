/**
 * What each buurt and wijk has: counts of activities, huiskamers and kinderwerkers,
 * huiskamer places and waiting lists, and offers per 1,000 children, which is what
 * colours the map and tells a policy maker where little is on offer.
 *
 *   const totals = neighbourhoodTotals(index, { age: 8 });
 *   totals.get('BU03630101')?.perThousandChildren; // 12.5, or null when children are unknown
 *
 * The criteria narrow what is counted (age, days, categories, ...); `area` and
 * `near` are ignored, because the map shows every area side by side. An activity
 * that visits two buurten counts once in each, and once in a wijk that holds both.
 * Without an area the list's hits are the very offers counted, so passing them
 * (`found`) spares a second pass over the feed:
 *
 *   neighbourhoodTotals(index, criteria, now, { activities, huiskamers });
 */
import type { Huiskamer } from '../feed/schema';
import type { Criteria } from './criteria';
import type { Area, AreaKind } from './areas';
import type { FeedIndex } from './feedIndex';
import type { ActivityHit, HuiskamerHit } from './hits';
import { contactsForArea } from './contacts';
import { matchingPositions } from './filter';

export interface AreaTotals {
  code: string;
  kind: AreaKind;
  name?: string;
  activities: number;
  huiskamers: number;
  /** Huiskamer places per day, summed. */
  placesPerDay: number;
  /** Children enrolled in huiskamers; null when no huiskamer there says. */
  enrolled: number | null;
  /** Children on huiskamer waiting lists; null when no huiskamer there says. */
  waitingList: number | null;
  contacts: number;
  /** Children living there; null when unknown. */
  children: number | null;
  /** (activities + huiskamers) per 1,000 children; null when children are unknown or 0. */
  perThousandChildren: number | null;
}

function emptyTotals(area: Area): AreaTotals {
  return {
    code: area.code, kind: area.kind, name: area.name,
    activities: 0, huiskamers: 0, placesPerDay: 0, enrolled: null, waitingList: null, contacts: 0,
    children: area.children, perThousandChildren: null,
  };
}

const addKnown = (sum: number | null, value: number | undefined): number | null =>
  value === undefined ? sum : (sum ?? 0) + value;

function addHuiskamer(totals: AreaTotals, huiskamer: Huiskamer): void {
  totals.huiskamers += 1;
  totals.placesPerDay += huiskamer.placesPerDay;
  totals.enrolled = addKnown(totals.enrolled, huiskamer.enrolled);
  totals.waitingList = addKnown(totals.waitingList, huiskamer.waitingList?.count);
}

function finish(totals: AreaTotals): AreaTotals {
  const offers = totals.activities + totals.huiskamers;
  totals.perThousandChildren = totals.children ? (offers / totals.children) * 1000 : null;
  return totals;
}

/** The hits already found for the same criteria, to count instead of querying again. */
export interface FoundHits {
  activities: readonly ActivityHit[];
  huiskamers: readonly HuiskamerHit[];
}

/** The buurten and wijken an offer counts in: its buurten, and each of their wijken once. */
function areasOf(index: FeedIndex, buurtCodes: readonly string[]): readonly string[] {
  if (buurtCodes.length === 1) return [buurtCodes[0], index.areas.wijkOf(buurtCodes[0])];
  return [...buurtCodes, ...new Set(buurtCodes.map(index.areas.wijkOf))];
}

/** Kinderwerkers per buurt and wijk do not depend on the filters: counted once per index. */
const contactCounts = new WeakMap<FeedIndex, Map<string, number>>();

function contactsPerArea(index: FeedIndex): Map<string, number> {
  let counts = contactCounts.get(index);
  if (counts) return counts;
  counts = new Map();
  for (const contact of index.contactList) {
    const buurtCodes = [...new Set(contact.buurtCodes ?? [])];
    for (const code of areasOf(index, buurtCodes)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  contactCounts.set(index, counts);
  return counts;
}

/**
 * Totals for every buurt and wijk the feed knows, by code. `found` are the hits for
 * these criteria; they are counted when the criteria name no area (an area narrows the hits).
 */
export function neighbourhoodTotals(index: FeedIndex, criteria: Criteria = {}, now: Date = new Date(), found?: FoundHits): Map<string, AreaTotals> {
  const totals = new Map<string, AreaTotals>();
  for (const area of [...index.areas.buurten.values(), ...index.areas.wijken.values()]) {
    totals.set(area.code, emptyTotals(area));
  }
  const counted = { ...criteria, area: undefined };
  const hits = found && criteria.area === undefined ? found : undefined;
  // Hits at one place share their list of buurten: work out its areas once per list, not once per hit.
  const areasByBuurten = new Map<readonly string[], readonly string[]>();
  const areasOfHit = ({ buurtCodes }: { buurtCodes: readonly string[] }): readonly string[] => {
    let codes = areasByBuurten.get(buurtCodes);
    if (!codes) areasByBuurten.set(buurtCodes, (codes = areasOf(index, buurtCodes)));
    return codes;
  };
  const activityAreas = hits
    ? hits.activities.map(areasOfHit)
    : matchingPositions(index.activityColumns, index.activities, counted, now).map((i) => index.activities[i].areaCodes);
  for (const codes of activityAreas) {
    for (const code of codes) {
      const area = totals.get(code);
      if (area) area.activities += 1;
    }
  }
  const huiskamers = hits
    ? hits.huiskamers.map((hit) => ({ huiskamer: hit.huiskamer, areaCodes: areasOfHit(hit) }))
    : matchingPositions(index.huiskamerColumns, index.huiskamers, counted, now).map((i) => index.huiskamers[i]);
  for (const entry of huiskamers) {
    for (const code of entry.areaCodes) {
      const area = totals.get(code);
      if (area) addHuiskamer(area, entry.huiskamer);
    }
  }
  for (const [code, count] of contactsPerArea(index)) {
    const area = totals.get(code);
    if (area) area.contacts = count;
  }
  for (const area of totals.values()) finish(area);
  return totals;
}

/** Totals for one buurt or wijk; undefined when the feed does not know the code. */
export function areaTotals(index: FeedIndex, code: string, criteria: Criteria = {}, now: Date = new Date()): AreaTotals | undefined {
  const area = index.areas.get(code);
  if (!area) return undefined;
  const totals = emptyTotals(area);
  const counted = { ...criteria, area: code };
  totals.activities = matchingPositions(index.activityColumns, index.activities, counted, now).length;
  for (const i of matchingPositions(index.huiskamerColumns, index.huiskamers, counted, now)) {
    addHuiskamer(totals, index.huiskamers[i].huiskamer);
  }
  totals.contacts = contactsForArea(index, code).length;
  return finish(totals);
}
