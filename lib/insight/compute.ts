/**
 * Kinderwerk in beeld: every figure per buurt, wijk and the whole municipality from
 * the validated feed, in one pass over its records (a city feed of 20,000
 * activities takes one walk, no record is compared with another). docs/insight.md
 * says in plain words what each figure means and how it is counted.
 *
 *   const insight = computeInsight(result.data);
 *   insight.buurten.find((b) => b.code === 'BU00340202')?.hoursPerWeek;
 */
import type { KinderwerkData } from '../feed/model';
import type { Activity, Huiskamer, Story } from '../feed/schema';
import { indexAreas, isWijkCode, type AreaIndex } from '../query/areas';
import { addActivity, addFte, addHuiskamer, finishTally, newTally, type Tally } from './area-tally';
import { childrenOfArea, childrenOfSum, childrenOfWijk, sourceLine, type ChildrenFigures } from './children-count';
import { littleProvision, longWaitingLists } from './gaps';
import { hoursPerWeekIn } from './offer-hours';
import type { AreaInsight, Insight, InsightStory } from './types';

/** The tallies of every area, and the way from a buurt to its wijk. */
interface Tallies {
  areas: AreaIndex;
  buurten: Map<string, Tally>;
  wijken: Map<string, Tally>;
  gemeente: Tally;
}

function talliesFor(data: KinderwerkData): Tallies {
  const areas = indexAreas(data);
  const buurten = new Map(data.buurten.map((feature) => [feature.properties.code, newTally()]));
  const wijken = new Map([...areas.wijken.keys()].map((code) => [code, newTally()]));
  return { areas, buurten, wijken, gemeente: newTally() };
}

/**
 * Adds one record to each area it is in, once per area: to every buurt in `buurtCodes`,
 * to each of their wijken once, and to the municipality once.
 */
function addToAreas(tallies: Tallies, buurtCodes: Iterable<string>, add: (tally: Tally, buurtCode?: string) => void): void {
  const wijkCodes = new Set<string>();
  for (const code of buurtCodes) {
    const buurt = tallies.buurten.get(code);
    if (buurt) add(buurt, code);
    wijkCodes.add(tallies.areas.wijkOf(code));
  }
  for (const code of wijkCodes) {
    const wijk = tallies.wijken.get(code);
    if (wijk) add(wijk);
  }
  add(tallies.gemeente);
}

/** A fixed place counts in its own buurt; mobile work in every buurt it serves. */
function buurtenOfActivity(activity: Activity, locationBuurt: string | undefined): Set<string> {
  const codes = new Set(activity.servesBuurten);
  if (locationBuurt) codes.add(locationBuurt);
  return codes;
}

function tallyRecords(data: KinderwerkData, tallies: Tallies): void {
  const buurtOfLocation = new Map(data.locations.map((location) => [location.id, location.buurtCode]));
  for (const activity of data.activities) {
    const locationBuurt = activity.locationId ? buurtOfLocation.get(activity.locationId) : undefined;
    addToAreas(tallies, buurtenOfActivity(activity, locationBuurt), (tally, buurtCode) => {
      addActivity(tally, activity);
      // Hours belong to buurten; a wijk's and the municipality's are the sum of their buurten's.
      if (buurtCode) tally.hoursPerWeek += hoursPerWeekIn(activity, buurtCode, locationBuurt);
    });
  }
  for (const huiskamer of data.huiskamers) {
    const buurtCode = buurtOfLocation.get(huiskamer.locationId);
    addToAreas(tallies, buurtCode ? [buurtCode] : [], (tally) => addHuiskamer(tally, huiskamer));
  }
  for (const contact of data.contacts) {
    if (!contact.buurtCodes?.length) continue;
    addToAreas(tallies, new Set(contact.buurtCodes), (tally) => tally.knownFaces++);
  }
  for (const organization of data.organizations) {
    for (const { areaCode, fte } of organization.staffing ?? []) {
      if (isWijkCode(areaCode)) {
        const wijk = tallies.wijken.get(areaCode);
        if (wijk) addFte(wijk, fte);
        addFte(tallies.gemeente, fte);
      } else {
        addToAreas(tallies, [areaCode], (tally) => addFte(tally, fte));
      }
    }
  }
}

/** Hours are counted per buurt; wijk and municipality hours are their buurten's sum. */
function sumHours(tallies: Tallies): void {
  for (const [code, buurt] of tallies.buurten) {
    const wijk = tallies.wijken.get(tallies.areas.wijkOf(code));
    if (wijk) wijk.hoursPerWeek += buurt.hoursPerWeek;
    tallies.gemeente.hoursPerWeek += buurt.hoursPerWeek;
  }
}

const toStory = ({ id, title, text, date, buurtCode, activityId, huiskamerId }: Story): InsightStory => ({
  id, title, text, date,
  ...(buurtCode !== undefined && { buurtCode }),
  ...(activityId !== undefined && { activityId }),
  ...(huiskamerId !== undefined && { huiskamerId }),
});

function sourcesOf(data: KinderwerkData): string[] {
  const lines = new Set<string>();
  for (const feature of [...data.buurten, ...data.wijken]) {
    const source = feature.properties.childrenSource;
    if (source) lines.add(sourceLine(source));
  }
  lines.add(data.meta.boundaryAttribution);
  return [...lines];
}

export function computeInsight(data: KinderwerkData): Insight {
  const tallies = talliesFor(data);
  tallyRecords(data, tallies);
  sumHours(tallies);
  const { areas } = tallies;

  const buurtChildren = new Map<string, ChildrenFigures>();
  const buurten: AreaInsight[] = data.buurten.map((feature) => {
    const { code, name, wijkCode } = feature.properties;
    const children = childrenOfArea(feature.properties);
    buurtChildren.set(code, children);
    return finishTally(tallies.buurten.get(code) ?? newTally(), { code, level: 'buurt', name, wijkCode, ...children });
  });

  const wijkFeatures = new Map(data.wijken.map((feature) => [feature.properties.code, feature]));
  const wijken: AreaInsight[] = [...tallies.wijken].map(([code, tally]) => {
    const feature = wijkFeatures.get(code);
    const parts = areas.buurtenOf(code).flatMap((buurt) => buurtChildren.get(buurt) ?? []);
    const children = childrenOfWijk(feature?.properties, parts);
    return finishTally(tally, { code, level: 'wijk', name: feature?.properties.name ?? code, ...children });
  });

  const byWijken = childrenOfSum(wijken);
  const { code, name } = data.meta.municipality;
  const gemeente = finishTally(tallies.gemeente, {
    code, level: 'gemeente', name, ...(byWijken.children !== null ? byWijken : childrenOfSum(buurten)),
  });

  const buurtOfLocation = new Map(data.locations.map((location) => [location.id, location.buurtCode ?? '']));
  const buurtOf = (huiskamer: Huiskamer) => buurtOfLocation.get(huiskamer.locationId) ?? '';
  return {
    gemeente,
    wijken,
    buurten,
    gaps: [...littleProvision(buurten), ...longWaitingLists(data.huiskamers, buurtOf)],
    stories: data.stories
      .filter((story) => story.publicationConsent)
      .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
      .map(toStory),
    generatedAt: data.meta.generatedAt,
    sources: sourcesOf(data),
  };
}
