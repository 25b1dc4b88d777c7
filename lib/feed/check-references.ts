/**
 * Cross-record checks, after every list has been checked on its own: does each
 * reference point at a record that exists (and was kept)? A missing place drops
 * the record, because it could not be shown anywhere; any other broken reference
 * is removed with a warning and the record stays. Locations without a buurt code
 * get one from their coordinates.
 *
 *   const { records, dropped } = yield* checkReferences(records, buurten, hiddenContactIds, log);
 */
import type { Kept } from './check-list';
import type { RecordTypes } from './list-rules';
import type { ProblemLog } from './problem-log';
import type { FeedProblem } from './model';
import type { Activity, BuurtFeature, Contact, Huiskamer, Location, RecordKind } from './schema';
import { buurtLocatorSteps, type BuurtLocator } from '../geo/buurt-of-point';

export type KeptRecords = { [K in RecordKind]: Kept<RecordTypes[K]>[] };

interface Context {
  log: ProblemLog;
  buurten: BuurtLocator;
  buurtCodes: ReadonlySet<string>;
  organizationIds: ReadonlySet<string>;
  locationIds: ReadonlySet<string>;
  contactIds: ReadonlySet<string>;
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
  buurten: readonly BuurtFeature[],
  hiddenContactIds: ReadonlySet<string>,
  log: ProblemLog,
): Generator<void, { records: KeptRecords; dropped: Record<RecordKind, number> }> {
  const idsOf = (list: Kept<{ id: string }>[]) => new Set(list.map((entry) => entry.value.id));
  const ctx: Context = {
    log,
    buurten: yield* buurtLocatorSteps(buurten),
    buurtCodes: new Set(buurten.map((b) => b.properties.code)),
    organizationIds: idsOf(records.organizations),
    locationIds: idsOf(records.locations),
    contactIds: idsOf(records.contacts),
    hiddenContactIds,
  };
  const dropped: Record<RecordKind, number> = { organizations: 0, locations: 0, activities: 0, huiskamers: 0, contacts: 0 };

  function* keepWhere<K extends RecordKind>(kind: K, check: (entry: Kept<RecordTypes[K]>, report: Reporter) => boolean) {
    const kept: Kept<RecordTypes[K]>[] = [];
    for (const entry of records[kind]) {
      if (check(entry, reporterFor(ctx, kind, entry))) kept.push(entry);
      else dropped[kind]++;
      yield;
    }
    return kept;
  }

  const checked: KeptRecords = {
    organizations: records.organizations,
    locations: yield* keepWhere('locations', (entry, report) => placeLocation(entry.value, ctx, report)),
    activities: yield* keepWhere('activities', (entry, report) => linkActivity(entry.value, ctx, report)),
    huiskamers: yield* keepWhere('huiskamers', (entry, report) => linkHuiskamer(entry.value, ctx, report)),
    contacts: yield* keepWhere('contacts', (entry, report) => linkContact(entry.value, ctx, report)),
  };
  return { records: checked, dropped };
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
  return true;
}

function linkContact(contact: Contact, ctx: Context, report: Reporter): boolean {
  checkOrganization(contact, ctx, report);
  if (contact.buurtCodes) contact.buurtCodes = knownBuurten(contact.buurtCodes, '.buurtCodes', ctx, report);
  return true;
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
