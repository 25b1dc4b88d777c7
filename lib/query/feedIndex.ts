/**
 * Everything the filters need, worked out once per feed so a filter pass over a
 * city (20,000 activities) stays well inside one frame: lookups by id, the buurten
 * and wijken each record belongs to, folded search text, and name order.
 *
 *   const index = createFeedIndex(data);
 *   filterActivities(index, { area: 'WK036301', age: 8 }, new Date());
 *
 * A region (100,000 activities) takes seconds to index, so the work is written as
 * steps (`feedIndexSteps`, a few records each): `createFeedIndex` runs them at once,
 * `createFeedIndexInChunks` (feedIndexInChunks.ts) pauses between slices.
 */
import type { KinderwerkData } from '../feed/model';
import type { Activity, Contact, Huiskamer, Location, Organization } from '../feed/schema';
import type { LatLon } from '../geo/distance';
import { enOfferLabels as en, nlOfferLabels as nl } from '../i18n/offer-labels';
import { indexAreas, type AreaIndex } from './areas';
import type { ActivityHit, HuiskamerHit } from './hits';
import { foldText, nameSortKey } from './normalize';
import { buildColumnsSteps, CATEGORY_BITS, JOIN_BITS, type Columns, type OfferFacts } from './columns';
import { compileSchedule } from './schedule';
import { sortInSteps } from './sortInSteps';
import { runSteps, stepEndsAfter } from '../steps';

/** Where an offer is. Shared by every offer with the same location, organisation and buurten. */
interface Placement {
  location?: Location;
  organization?: Organization;
  /** The buurten it is in (its location's) or visits (`servesBuurten`). */
  buurtCodes: readonly string[];
  /** The wijken of those buurten. */
  wijkCodes: readonly string[];
  /** Buurt and wijk codes together: what the area filter looks in. */
  areaCodes: readonly string[];
  /** Where it is: the location, or the centres of the buurten a mobile activity visits. */
  places: readonly LatLon[];
  /** Folded names of the location, its street and city, the organisation, the buurten and wijken. */
  text: string;
}

/** What activity and huiskamer entries share: where they are, how to find them, what the filters test. */
interface EntryBase extends OfferFacts, Omit<Placement, 'text'> {
  /**
   * Folded texts a search looks in (every word in one of them): the offer's own, and texts
   * shared with others, like its kind's labels and its placement's names. Shared, not copied
   * into one string per offer, which took megabytes for a city.
   */
  searchTexts: readonly string[];
}

export interface ActivityEntry extends EntryBase {
  activity: Activity;
  /** The hit a filter returns when no distance is asked: the same object every pass. */
  hit: ActivityHit;
}

export interface HuiskamerEntry extends EntryBase {
  huiskamer: Huiskamer;
  hit: HuiskamerHit;
}

export interface FeedIndex {
  data: KinderwerkData;
  areas: AreaIndex;
  locations: Map<string, Location>;
  organizations: Map<string, Organization>;
  contacts: Map<string, Contact>;
  activitiesById: Map<string, ActivityEntry>;
  huiskamersById: Map<string, HuiskamerEntry>;
  /** In name order (see `nameSortKey`). */
  activities: readonly ActivityEntry[];
  /** The same activities, position for position, as filter columns. */
  activityColumns: Columns;
  /** In name order. */
  huiskamers: readonly HuiskamerEntry[];
  huiskamerColumns: Columns;
  /** In name order. */
  contactList: readonly Contact[];
  contactsByBuurt: Map<string, Contact[]>;
}

const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> =>
  new Map(records.map((record) => [record.id, record]));

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/**
 * Sorts on precomputed keys, then id, so equal names keep a stable order. Many records
 * share a name ("Voetbal" at fifty places; a city feed had 441 names for 20,000
 * activities), so each name is sorted once and the records by its rank, a number: two
 * equal keys compared as strings were read to the end, twice.
 */
function* sortByName<T>(items: readonly T[], name: (item: T) => string, id: (item: T) => string): Generator<void, T[]> {
  const rankOfKey = new Map<string, number>();
  const keys: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const key = nameSortKey(name(items[i]));
    keys.push(key);
    if (!rankOfKey.has(key)) rankOfKey.set(key, 0);
    if (stepEndsAfter(i)) yield;
  }
  const keysInOrder = yield* sortInSteps([...rankOfKey.keys()], (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [rank, key] of keysInOrder.entries()) rankOfKey.set(key, rank);
  const ranked: { item: T; rank: number; id: string }[] = [];
  for (let i = 0; i < items.length; i++) {
    ranked.push({ item: items[i], rank: rankOfKey.get(keys[i])!, id: id(items[i]) });
    if (stepEndsAfter(i)) yield;
  }
  const sorted = yield* sortInSteps(ranked, (a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.map(({ item }) => item);
}

/** `items.map(make)`, in steps. */
function* mapSteps<T, U>(items: readonly T[], make: (item: T) => U): Generator<void, U[]> {
  const made: U[] = [];
  for (let i = 0; i < items.length; i++) {
    made.push(make(items[i]));
    if (stepEndsAfter(i)) yield;
  }
  return made;
}

function* groupByBuurt<T extends { buurtCodes: readonly string[] }>(entries: readonly T[]): Generator<void, Map<string, T[]>> {
  const groups = new Map<string, T[]>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    for (const code of entry.buurtCodes) {
      const group = groups.get(code);
      if (group) group.push(entry);
      else groups.set(code, [entry]);
    }
    if (stepEndsAfter(i)) yield;
  }
  return groups;
}


function describePlacement(
  record: { locationId?: string; organizationId?: string; servesBuurten?: readonly string[] },
  locations: Map<string, Location>,
  organizations: Map<string, Organization>,
  areas: AreaIndex,
): Placement {
  const location = record.locationId ? locations.get(record.locationId) : undefined;
  const organization = organizations.get(record.organizationId ?? location?.organizationId ?? '');
  const buurtCodes = unique([...(location?.buurtCode ? [location.buurtCode] : []), ...(record.servesBuurten ?? [])]);
  const wijkCodes = unique(buurtCodes.map(areas.wijkOf));
  // concat, not spread: a spread list keeps room for more, 11,000 times in a city's index.
  const areaCodes = buurtCodes.concat(wijkCodes);
  const places: LatLon[] = location
    ? [{ lat: location.latitude, lon: location.longitude }]
    : buurtCodes.flatMap((code) => areas.buurten.get(code)?.centre ?? []);
  const names = [location?.name, location?.address?.street, location?.address?.city, organization?.name];
  const text = foldText([...names, ...areaCodes.map((code) => areas.get(code)?.name)].filter(Boolean).join(' | '));
  return { location, organization, buurtCodes, wijkCodes, areaCodes, places, text };
}

/** Category and programme names in both languages, so "sport" and "sports", "knutselen" and "crafts" all find them. */
const labelsInBothLanguages = <K extends string>(pick: (messages: typeof nl) => Record<K, string>): Record<K, string> =>
  Object.fromEntries(
    Object.entries<string>(pick(nl)).map(([key, dutch]) => [key, foldText(`${dutch} | ${pick(en)[key as K]}`)]),
  ) as Record<K, string>;
const ACTIVITY_LABELS = labelsInBothLanguages((m) => m.categories);
const PROGRAMME_LABELS = labelsInBothLanguages((m) => m.programmes);
const HUISKAMER_LABEL = foldText(nl.locationKinds.huiskamer);

export function createFeedIndex(data: KinderwerkData): FeedIndex {
  return runSteps(feedIndexSteps(data));
}

/** The index, built a few records (or one small whole, like the buurten) per step. */
export function* feedIndexSteps(data: KinderwerkData): Generator<void, FeedIndex> {
  const areas = indexAreas(data);
  yield;
  const locations = byId(data.locations);
  const organizations = byId(data.organizations);

  /**
   * Where a record is, and the folded words a search finds it by there. Many
   * activities share a location, so each placement is worked out once.
   */
  type Placed = { locationId?: string; organizationId?: string; servesBuurten?: readonly string[] };
  const placementIn = (cache: Map<string, Placement>, key: string, record: Placed): Placement => {
    let placement = cache.get(key);
    if (!placement) {
      placement = describePlacement(record, locations, organizations, areas);
      cache.set(key, placement);
    }
    return placement;
  };
  const visitingPlacements = new Map<string, Placement>();
  // Most records visit no other buurten: found by location, then organisation, without building a key string.
  const placementsByLocation = new Map<string, Map<string, Placement>>();
  const place = (record: Placed): Placement => {
    if (record.servesBuurten !== undefined) {
      return placementIn(visitingPlacements, `${record.locationId ?? ''}|${record.organizationId ?? ''}|${record.servesBuurten.join(',')}`, record);
    }
    const locationKey = record.locationId ?? '';
    let atLocation = placementsByLocation.get(locationKey);
    if (!atLocation) placementsByLocation.set(locationKey, (atLocation = new Map()));
    return placementIn(atLocation, record.organizationId ?? '', record);
  };

  /** The labels of a category and programme, one string for each pair in the feed. */
  const kindTexts = new Map<string, string>();
  const kindText = ({ category, programme }: Activity): string => {
    const key = `${category}|${programme}`;
    let text = kindTexts.get(key);
    if (text === undefined) kindTexts.set(key, (text = `${ACTIVITY_LABELS[category]} | ${PROGRAMME_LABELS[programme]}`));
    return text;
  };

  /** Folded once per name and description: an organisation runs the same activity in many buurthuizen. */
  const ownTexts = new Map<string, string>();
  const ownText = (text: string): string => {
    let folded = ownTexts.get(text);
    if (folded === undefined) ownTexts.set(text, (folded = foldText(text)));
    return folded;
  };

  // Entries are written out field by field: object spread is many times slower in V8, and a city has 20,000.
  const activitiesInOrder = yield* sortByName(data.activities, (a) => a.name, (a) => a.id);
  const activities = yield* mapSteps(activitiesInOrder, (activity): ActivityEntry => {
    const { location, organization, buurtCodes, wijkCodes, areaCodes, places, text } = place(activity);
    const searchTexts = [ownText(`${activity.name} | ${activity.description ?? ''}`), kindText(activity), text];
    return {
      activity,
      hit: { kind: 'activity', activity, location, organization, buurtCodes },
      ageRange: activity.ageRange,
      free: activity.cost.free,
      joinBit: JOIN_BITS[activity.join.method],
      categoryBit: CATEGORY_BITS[activity.category],
      schedule: compileSchedule(activity),
      location, organization, buurtCodes, wijkCodes, areaCodes, places, searchTexts,
    };
  });

  const huiskamersInOrder = yield* sortByName(data.huiskamers, (h) => h.name, (h) => h.id);
  const huiskamers = yield* mapSteps(huiskamersInOrder, (huiskamer): HuiskamerEntry => {
    const { location, organization, buurtCodes, wijkCodes, areaCodes, places, text } = place(huiskamer);
    const own = [huiskamer.name, huiskamer.description ?? '', ...(huiskamer.goals ?? [])];
    const searchTexts = [ownText(own.join(' | ')), HUISKAMER_LABEL, text];
    return {
      huiskamer,
      hit: { kind: 'huiskamer', huiskamer, location, organization, buurtCodes },
      ageRange: huiskamer.ageRange,
      // A huiskamer without a stated cost is free (the municipality pays); joining is always by referral.
      free: huiskamer.cost?.free ?? true,
      joinBit: JOIN_BITS.referral,
      categoryBit: 0,
      schedule: compileSchedule(huiskamer),
      location, organization, buurtCodes, wijkCodes, areaCodes, places, searchTexts,
    };
  });

  const contactList = yield* sortByName(data.contacts, (c) => c.name, (c) => c.id);
  const contactsByBuurt = yield* groupByBuurt(contactList.map((contact) => ({ contact, buurtCodes: unique(contact.buurtCodes ?? []) })));
  const activityColumns = yield* buildColumnsSteps(activities);
  const huiskamerColumns = yield* buildColumnsSteps(huiskamers);
  // Looked up only once something is selected: made then, not before the first view.
  let activitiesById: Map<string, ActivityEntry> | undefined;
  let huiskamersById: Map<string, HuiskamerEntry> | undefined;

  return {
    data,
    areas,
    locations,
    organizations,
    contacts: byId(data.contacts),
    get activitiesById() {
      return (activitiesById ??= new Map(activities.map((entry) => [entry.activity.id, entry])));
    },
    get huiskamersById() {
      return (huiskamersById ??= new Map(huiskamers.map((entry) => [entry.huiskamer.id, entry])));
    },
    activities,
    activityColumns,
    huiskamers,
    huiskamerColumns,
    contactList,
    contactsByBuurt: new Map([...contactsByBuurt].map(([code, list]) => [code, list.map((item) => item.contact)])),
  };
}
