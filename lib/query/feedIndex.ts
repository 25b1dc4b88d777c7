/**
 * Everything the filters need, worked out once per feed so a filter pass over a
 * city (20,000 activities) stays well inside one frame: lookups by id, the buurten
 * and wijken each record belongs to, folded search text, and name order.
 *
 *   const index = createFeedIndex(data);
 *   filterActivities(index, { area: 'WK036301', age: 8 }, new Date());
 */
import type { KinderwerkData } from '../feed/model';
import type { Activity, Contact, Huiskamer, Location, Organization } from '../feed/schema';
import type { LatLon } from '../geo/distance';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { indexAreas, type AreaIndex } from './areas';
import { foldText } from './normalize';

/** What activity and huiskamer entries share: where they are and how to find them by text. */
interface EntryBase {
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
  /** Folded text that a search looks in. */
  searchText: string;
}

export interface ActivityEntry extends EntryBase {
  activity: Activity;
}

export interface HuiskamerEntry extends EntryBase {
  huiskamer: Huiskamer;
}

export interface FeedIndex {
  data: KinderwerkData;
  areas: AreaIndex;
  locations: Map<string, Location>;
  organizations: Map<string, Organization>;
  contacts: Map<string, Contact>;
  activitiesById: Map<string, ActivityEntry>;
  huiskamersById: Map<string, HuiskamerEntry>;
  /** In name order (Dutch collation). */
  activities: readonly ActivityEntry[];
  /** In name order (Dutch collation). */
  huiskamers: readonly HuiskamerEntry[];
  /** In name order. */
  contactList: readonly Contact[];
  activitiesByBuurt: Map<string, ActivityEntry[]>;
  huiskamersByBuurt: Map<string, HuiskamerEntry[]>;
  contactsByBuurt: Map<string, Contact[]>;
}

/** Dutch order: case and accents ignored, "Groep 2" before "Groep 10". */
export const dutchCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> =>
  new Map(records.map((record) => [record.id, record]));

const unique = (values: readonly string[]): string[] => [...new Set(values)];

function groupByBuurt<T extends { buurtCodes: readonly string[] }>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const code of entry.buurtCodes) {
      const group = groups.get(code);
      if (group) group.push(entry);
      else groups.set(code, [entry]);
    }
  }
  return groups;
}

export function createFeedIndex(data: KinderwerkData): FeedIndex {
  const areas = indexAreas(data);
  const locations = byId(data.locations);
  const organizations = byId(data.organizations);

  const describe = (
    locationId: string | undefined,
    organizationId: string | undefined,
    servesBuurten: readonly string[],
    texts: readonly (string | undefined)[],
  ): EntryBase => {
    const location = locationId ? locations.get(locationId) : undefined;
    const organization = organizations.get(organizationId ?? location?.organizationId ?? '');
    const buurtCodes = unique([...(location?.buurtCode ? [location.buurtCode] : []), ...servesBuurten]);
    const wijkCodes = unique(buurtCodes.map(areas.wijkOf));
    const places: LatLon[] = location
      ? [{ lat: location.latitude, lon: location.longitude }]
      : buurtCodes.flatMap((code) => areas.buurten.get(code)?.centre ?? []);
    const areaNames = [...buurtCodes, ...wijkCodes].map((code) => areas.get(code)?.name);
    const searchText = foldText(
      [...texts, location?.name, location?.address?.street, location?.address?.city, organization?.name, ...areaNames]
        .filter(Boolean)
        .join(' | '),
    );
    return { location, organization, buurtCodes, wijkCodes, areaCodes: [...buurtCodes, ...wijkCodes], places, searchText };
  };

  const activities = data.activities
    .map((activity): ActivityEntry => ({
      activity,
      ...describe(activity.locationId, activity.organizationId, activity.servesBuurten ?? [], [
        activity.name,
        activity.description,
        nl.categories[activity.category],
        en.categories[activity.category],
        nl.programmes[activity.programme],
        en.programmes[activity.programme],
      ]),
    }))
    .sort((a, b) => dutchCollator.compare(a.activity.name, b.activity.name));

  const huiskamers = data.huiskamers
    .map((huiskamer): HuiskamerEntry => ({
      huiskamer,
      ...describe(huiskamer.locationId, huiskamer.organizationId, [], [
        huiskamer.name,
        huiskamer.description,
        ...(huiskamer.goals ?? []),
        nl.locationKinds.huiskamer,
      ]),
    }))
    .sort((a, b) => dutchCollator.compare(a.huiskamer.name, b.huiskamer.name));

  const contactList = [...data.contacts].sort((a, b) => dutchCollator.compare(a.name, b.name));
  const contactsByBuurt = groupByBuurt(contactList.map((contact) => ({ contact, buurtCodes: unique(contact.buurtCodes ?? []) })));

  return {
    data,
    areas,
    locations,
    organizations,
    contacts: byId(data.contacts),
    activitiesById: new Map(activities.map((entry) => [entry.activity.id, entry])),
    huiskamersById: new Map(huiskamers.map((entry) => [entry.huiskamer.id, entry])),
    activities,
    huiskamers,
    contactList,
    activitiesByBuurt: groupByBuurt(activities),
    huiskamersByBuurt: groupByBuurt(huiskamers),
    contactsByBuurt: new Map([...contactsByBuurt].map(([code, list]) => [code, list.map((item) => item.contact)])),
  };
}
