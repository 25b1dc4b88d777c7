/**
 * Cross-record checks, after every list has been checked on its own: does each
 * reference point at a record that exists (and was kept)? A missing place drops
 * the record, because it could not be shown anywhere; any other broken reference
 * is removed with a warning and the record stays. Locations without a buurt code
 * get one from their coordinates.
 *
 *   const { records, dropped } = yield* checkReferences(records, { buurten, wijken }, hiddenContactIds, log);
 */
import type { Kept } from './check-list';
import type { RecordTypes } from './list-rules';
import type { ProblemLog } from './problem-log';
import type { FeedProblem } from './model';
import type {
  Activity, BuurtFeature, Contact, Huiskamer, Location, Organization, Partner, RecordKind, Story, WijkFeature,
} from './schema';
import { buurtLocatorSteps, type BuurtLocator } from '../geo/buurt-of-point';

export type KeptRecords = { [K in RecordKind]: Kept<RecordTypes[K]>[] };

interface Context {
  log: ProblemLog;
  buurten: BuurtLocator;
  buurtCodes: ReadonlySet<string>;
  /** Buurt and wijk codes: where staffing may be counted. */
  areaCodes: ReadonlySet<string>;
  organizationIds: ReadonlySet<string>;
  locationIds: ReadonlySet<string>;
  contactIds: ReadonlySet<string>;
  activityIds: ReadonlySet<string>;
  huiskamerIds: ReadonlySet<string>;
  /** Contacts left out for lack of consent: references to them vanish without a word. */
  hiddenContactIds: ReadonlySet<string>;
}

type Reporter = (field: string, reason: string, severity?: FeedProblem['severity']) => void;

function reporterFor(ctx: Context, kind: RecordKind, entry: Kept<{ id: string }>): Reporter {
  return (field, reason, severity = 'warning') =>
    ctx.log.add(kind, entry.index, { path: `${kind}[${entry.index}]${field}`, id: entry.value.id, kind, reason, severity });
}

export function* checkReferences(
  records: KeptRecords,
  areas: { buurten: readonly BuurtFeature[]; wijken: readonly WijkFeature[] },
  hiddenContactIds: ReadonlySet<string>,
  log: ProblemLog,
): Generator<void, { records: KeptRecords; dropped: Record<RecordKind, number> }> {
  const idsOf = (list: Kept<{ id: string }>[]) => new Set(list.map((entry) => entry.value.id));
  const { buurten, wijken } = areas;
  const buurtCodes = new Set(buurten.map((b) => b.properties.code));
  const ctx: Context = {
    log,
    buurten: yield* buurtLocatorSteps(buurten),
    buurtCodes,
    // A wijk is known from its own boundary or from the buurten that name it.
    areaCodes: new Set([...buurtCodes, ...wijken.map((w) => w.properties.code), ...buurten.map((b) => b.properties.wijkCode)]),
    organizationIds: idsOf(records.organizations),
    locationIds: idsOf(records.locations),
    contactIds: idsOf(records.contacts),
    activityIds: new Set(),
    huiskamerIds: new Set(),
    hiddenContactIds,
  };
  const dropped: Record<RecordKind, number> = {
    organizations: 0, locations: 0, activities: 0, huiskamers: 0, contacts: 0, stories: 0,
  };

  function* keepWhere<K extends RecordKind>(kind: K, check: (entry: Kept<RecordTypes[K]>, report: Reporter) => boolean) {
    const kept: Kept<RecordTypes[K]>[] = [];
    for (const entry of records[kind]) {
      if (check(entry, reporterFor(ctx, kind, entry))) kept.push(entry);
      else dropped[kind]++;
      yield;
    }
    return kept;
  }

  const organizations = yield* keepWhere('organizations', (entry, report) => checkStaffing(entry.value, ctx, report));
  const locations = yield* keepWhere('locations', (entry, report) => placeLocation(entry.value, ctx, report));
  const activities = yield* keepWhere('activities', (entry, report) => linkActivity(entry.value, ctx, report));
  const huiskamers = yield* keepWhere('huiskamers', (entry, report) => linkHuiskamer(entry.value, ctx, report));
  // Stories may name an activity or huiskamer only when that one was kept.
  ctx.activityIds = idsOf(activities);
  ctx.huiskamerIds = idsOf(huiskamers);
  const checked: KeptRecords = {
    organizations,
    locations,
    activities,
    huiskamers,
    contacts: yield* keepWhere('contacts', (entry, report) => linkContact(entry.value, ctx, report)),
    stories: yield* keepWhere('stories', (entry, report) => linkStory(entry.value, ctx, report)),
  };
  return { records: checked, dropped };
}

/** Staffing counts only in a buurt or wijk of this feed. Always keeps the organization. */
function checkStaffing(organization: Organization, ctx: Context, report: Reporter): boolean {
  organization.staffing = organization.staffing?.filter((entry, i) => {
    if (ctx.areaCodes.has(entry.areaCode)) return true;
    report(`.staffing[${i}].areaCode`, `"${entry.areaCode}" is not a buurt or wijk of this feed; this staffing was ignored`);
    return false;
  });
  if (organization.staffing === undefined) delete organization.staffing;
  return true;
}

function placeLocation(location: Location, ctx: Context, report: Reporter): boolean {
  checkOrganization(location, ctx, report);
  const given = location.buurtCode;
  if (given !== undefined && ctx.buurtCodes.has(given)) return true;
  const derived = ctx.buurten.find(location.latitude, location.longitude);
  if (derived !== undefined) location.buurtCode = derived;
  else delete location.buurtCode;
  if (given !== undefined) {
    report(
      '.buurtCode',
      derived !== undefined
        ? `buurt "${given}" is not among the buurten of this feed; the coordinates lie in ${derived}, which is used instead`
        : `buurt "${given}" is not among the buurten of this feed, and the coordinates lie outside every buurt of the feed; the location has no buurt`,
    );
  } else if (derived === undefined) {
    report(
      '',
      'the coordinates lie outside every buurt of the feed; check latitude and longitude, or give the location a buurtCode of this feed',
    );
  }
  return true;
}

function linkActivity(activity: Activity, ctx: Context, report: Reporter): boolean {
  if (!hasKnownLocation(activity.locationId, ctx, report)) return false;
  checkOrganization(activity, ctx, report);
  checkContacts(activity, ctx, report);
  checkPartners(activity, ctx, report);
  if (activity.servesBuurten) {
    activity.servesBuurten = knownBuurten(activity.servesBuurten, '.servesBuurten', ctx, report);
    if (activity.locationId === undefined && activity.servesBuurten.length === 0) {
      report(
        '.servesBuurten',
        'none of the buurten in servesBuurten is in this feed and there is no locationId, so the activity has no place on the map; give a locationId or a buurt of this feed',
        'error',
      );
      return false;
    }
  }
  if (activity.visits) activity.visits = servedVisits(activity, report);
  return true;
}

/** A visit counts only in a buurt the activity serves (and so in this feed). */
function servedVisits(activity: Activity, report: Reporter): Activity['visits'] {
  const served = new Set(activity.servesBuurten ?? []);
  return activity.visits?.filter((visit, i) => {
    if (served.has(visit.buurtCode)) return true;
    report(`.visits[${i}].buurtCode`, `buurt "${visit.buurtCode}" is not in servesBuurten (or not in this feed); this visit was ignored. Add the buurt to servesBuurten`);
    return false;
  });
}

function linkHuiskamer(huiskamer: Huiskamer, ctx: Context, report: Reporter): boolean {
  if (!hasKnownLocation(huiskamer.locationId, ctx, report)) return false;
  checkOrganization(huiskamer, ctx, report);
  checkContacts(huiskamer, ctx, report);
  checkPartners(huiskamer, ctx, report);
  return true;
}

function linkContact(contact: Contact, ctx: Context, report: Reporter): boolean {
  checkOrganization(contact, ctx, report);
  if (contact.buurtCodes) contact.buurtCodes = knownBuurten(contact.buurtCodes, '.buurtCodes', ctx, report);
  return true;
}

/** A story keeps its text when a buurt, activity or huiskamer it names is not in the feed; only that link goes. */
function linkStory(story: Story, ctx: Context, report: Reporter): boolean {
  if (story.buurtCode !== undefined && !ctx.buurtCodes.has(story.buurtCode)) {
    report('.buurtCode', `buurt "${story.buurtCode}" is not among the buurten of this feed; the link to it was ignored`);
    delete story.buurtCode;
  }
  if (story.activityId !== undefined && !ctx.activityIds.has(story.activityId)) {
    report('.activityId', `activityId "${story.activityId}" matches no activity in this feed; the link to it was ignored`);
    delete story.activityId;
  }
  if (story.huiskamerId !== undefined && !ctx.huiskamerIds.has(story.huiskamerId)) {
    report('.huiskamerId', `huiskamerId "${story.huiskamerId}" matches no huiskamer in this feed; the link to it was ignored`);
    delete story.huiskamerId;
  }
  return true;
}

function checkPartners(record: { partners?: Partner[] }, ctx: Context, report: Reporter): void {
  if (!record.partners) return;
  record.partners = record.partners.filter((partner, i) => {
    if (ctx.organizationIds.has(partner.organizationId)) return true;
    report(
      `.partners[${i}].organizationId`,
      `organizationId "${partner.organizationId}" matches no organization in this feed; this partner was ignored. Add the organization to "organizations"`,
    );
    return false;
  });
}

function hasKnownLocation(locationId: string | undefined, ctx: Context, report: Reporter): boolean {
  if (locationId === undefined || ctx.locationIds.has(locationId)) return true;
  report(
    '.locationId',
    `locationId "${locationId}" matches no location in this feed (or that location was left out for a problem of its own); fix the id or the location`,
    'error',
  );
  return false;
}

function checkOrganization(record: { organizationId?: string }, ctx: Context, report: Reporter): void {
  const id = record.organizationId;
  if (id === undefined || ctx.organizationIds.has(id)) return;
  delete record.organizationId;
  report('.organizationId', `organizationId "${id}" matches no organization in this feed; the link to it was ignored`);
}

function checkContacts(record: { contactIds?: string[] }, ctx: Context, report: Reporter): void {
  if (!record.contactIds) return;
  record.contactIds = record.contactIds.filter((id, i) => {
    if (ctx.contactIds.has(id)) return true;
    if (!ctx.hiddenContactIds.has(id)) {
      report(`.contactIds[${i}]`, `contact "${id}" matches no contact in this feed; the link to it was ignored`);
    }
    return false;
  });
}

function knownBuurten(codes: string[], field: string, ctx: Context, report: Reporter): string[] {
  return codes.filter((code, i) => {
    if (ctx.buurtCodes.has(code)) return true;
    report(`${field}[${i}]`, `buurt "${code}" is not among the buurten of this feed; it was ignored`);
    return false;
  });
}
