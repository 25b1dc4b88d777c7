/**
 * Open Referral HSDS 3.0 JSON to a kinderwerk feed. Services become activities
 * (or huiskamers, when our export marked them so), with their locations
 * (`service_at_locations`), schedules, ages, costs, contacts and phones.
 * Whatever cannot be mapped is reported with its HSDS path and id; the rest comes
 * through. Meta and buurten come from the context (command-line arguments).
 *
 *   const result = importHsds([{ name: 'services.json', json }], { municipality: { code: 'GM0034', name: 'Almere' }, buurten });
 *   result.feed; result.problems; // [{ severity, file, path: 'contents[2].schedules[0]', id, reason }]
 */
import { forEachInSteps, runSteps } from '../steps';
import { CATEGORY_WORDS, PROGRAMME_WORDS, REFERRER_WORDS } from './dutch-words';
import { cleanPhone, guessChoice, looksLikeHoliday, parseChoice } from './dutch-values';
import { finishImport, type ImportResult } from './finish-import';
import { lastChecked, takeContact, takeLocation, takeOrganization } from './hsds-entities';
import { readOutcomes } from './hsds-outcomes';
import { readHsdsDocuments, type Found, type SourceDocument } from './hsds-read';
import { readSchedules, type ScheduleAt } from './hsds-schedule';
import { readAges, readCost, readJoinMethod, readLanguages, readServiceAreaBuurten, type FieldReporter } from './hsds-service-fields';
import { attributeValue, attributeValues, foreignTermNames } from './hsds-vocabulary';
import { buildFrame, type ImportContext, type SourceFacts } from './import-context';
import { asNumber, asRecord, asRecords, asString, optional, type JsonRecord } from './json-read';
import { createSourceWork, type SourcePlace, type SourceWork } from './source-work';

/** HSDS service fields the feed has no place for (alert, eligibility_description, required_documents: reported per record). */
const SERVICE_FIELDS_NOT_KEPT = ['alternate_name', 'interpretation_services', 'wait_time', 'accreditations', 'licenses', 'assurer_email', 'funding', 'program'];

const sub = (found: Found, part: string): SourcePlace => ({ file: found.file, path: found.path ? `${found.path}.${part}` : part, id: asString(found.record.id) });

function organizationOf(found: Found, work: SourceWork): string | undefined {
  const nested = asRecord(found.record.organization) ?? found.organization;
  if (nested) return takeOrganization({ record: nested, file: found.file, path: found.organization ? found.path.replace(/\.services\[\d+\]$/, '') : sub(found, 'organization').path }, work);
  const sourceId = asString(found.record.organization_id);
  if (!sourceId) return undefined;
  const id = work.known('organizations', sourceId);
  if (!id && !work.seen('organizations', sourceId)) work.report(sub(found, 'organization_id'), `organization ${sourceId} is not in the data; the organization was left out`);
  return id;
}

function contactsOf(owners: readonly { record: JsonRecord; place: SourcePlace }[], work: SourceWork, organizationId?: string): string[] {
  const ids = owners.flatMap(({ record, place }) =>
    asRecords(record.contacts).map((contact, i) =>
      takeContact({ record: contact, file: place.file, path: `${place.path ? `${place.path}.` : ''}contacts[${i}]` }, work, organizationId)),
  );
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** The places this service runs at: one entry per service_at_location, each with its own schedules. */
function placesOf(found: Found, work: SourceWork, organizationId?: string) {
  return asRecords(found.record.service_at_locations).map((sal, i) => {
    const place = sub(found, `service_at_locations[${i}]`);
    const nested = asRecord(sal.location);
    const locationSourceId = asString(sal.location_id) ?? asString(nested?.id);
    let locationId: string | undefined;
    if (nested) locationId = takeLocation({ record: nested, file: found.file, path: `${place.path}.location` }, work, organizationId);
    else if (locationSourceId) {
      locationId = work.known('locations', locationSourceId);
      if (!locationId && !work.seen('locations', locationSourceId)) work.report(place, `location ${locationSourceId} is not in the data; give the location nested in service_at_locations or in locations.json`, 'warning');
    }
    return { sal, place, locationId, locationSourceId };
  });
}

function takeNestedLocations(found: Found, work: SourceWork): void {
  const organizationId = organizationOf(found, work);
  asRecords(found.record.service_at_locations).forEach((sal, i) => {
    const nested = asRecord(sal.location);
    if (nested) takeLocation({ record: nested, file: found.file, path: `${sub(found, `service_at_locations[${i}]`).path}.location` }, work, organizationId);
  });
}

interface ServiceBasics {
  id: string;
  found: Found;
  organizationId?: string;
  contactIds: string[];
  report: FieldReporter;
}

function activityFrom(basics: ServiceBasics, schedules: ScheduleAt[], work: SourceWork, locationId?: string, servesBuurten?: string[]): Record<string, unknown> | undefined {
  const { found, report } = basics;
  const service = found.record;
  const ageRange = readAges(service, report);
  if (!ageRange) return undefined;
  const read = readSchedules(schedules, (path, reason, severity) => work.report({ file: found.file, path, id: asString(service.id) }, reason, severity), work.today);
  const text = [asString(service.name), asString(service.description), ...foreignTermNames(service)].filter(Boolean).join(' ');
  const categoryText = attributeValue(service, 'category');
  const category = categoryText ? parseChoice(categoryText, CATEGORY_WORDS) : undefined;
  const programmeText = attributeValue(service, 'programme');
  const programme = programmeText ? parseChoice(programmeText, PROGRAMME_WORDS) : undefined;
  const guessedCategory = category?.ok ? category.value : guessChoice(text, CATEGORY_WORDS);
  if (!guessedCategory) report('name', 'could not tell what kind of activity this is from its name, description or taxonomy terms; used "other"');
  const phone = asString(asRecords(service.phones)[0]?.number);
  const remaining = asNumber(attributeValue(service, 'remaining-places'));
  return {
    id: basics.id,
    lastVerified: lastChecked(service, sub(found, 'assured_date'), work, service.assured_date),
    name: asString(service.name),
    ...optional('description', asString(service.description)),
    category: guessedCategory ?? 'other',
    programme: programme?.ok ? programme.value : read.dateRange ? (looksLikeHoliday(text) ? 'holiday' : 'course') : 'weekly',
    ...optional('organizationId', basics.organizationId),
    ageRange,
    schedule: read.slots,
    ...optional('dateRange', read.dateRange),
    cost: readCost(service, report),
    join: {
      method: readJoinMethod(service, report),
      ...optional('instructions', asString(service.application_process)),
      ...optional('url', read.link),
      ...optional('phone', phone ? cleanPhone(phone) : undefined),
      ...optional('email', asString(service.email)),
    },
    ...optional('languages', readLanguages(service)),
    ...optional('locationId', locationId),
    ...optional('servesBuurten', servesBuurten && servesBuurten.length > 0 ? servesBuurten : undefined),
    ...optional('visits', readVisits(service)),
    ...optional('contactIds', basics.contactIds.length > 0 ? basics.contactIds : undefined),
    ...optional('url', asString(service.url)),
    ...optional('remainingPlaces', remaining),
    ...readOutcomes(service, (sourceId) => work.known('organizations', sourceId)),
  };
}

/** Our own `visit` attributes ("BU00340204 TU,WE"); validation reports a bad code or day. */
function readVisits(service: JsonRecord): { buurtCode: string; byDay: string[] }[] | undefined {
  const visits = attributeValues(service, 'visit').map((value) => {
    const [buurtCode = '', days = ''] = value.trim().split(/\s+/);
    return { buurtCode, byDay: days.split(',').filter(Boolean) };
  });
  return visits.length > 0 ? visits : undefined;
}

/** The ages line our own export writes; anything else in eligibility_description is the publisher's words. */
const EXPORTED_AGES = /^\d{1,2} t\/m \d{1,2} jaar$/;
const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`;

/** Source fields the feed has no place for, said per record, so nothing goes without a word. */
function reportUnkept(service: JsonRecord, report: FieldReporter): void {
  const alert = asString(service.alert);
  if (alert) report('alert', `alert ${quote(alert)} was not taken over: the feed has no field for a notice. Put it in the description if it still matters`);
  const eligibility = asString(service.eligibility_description)?.trim();
  const agesGiven = asNumber(service.minimum_age) !== undefined || asNumber(service.maximum_age) !== undefined;
  if (eligibility && agesGiven && !EXPORTED_AGES.test(eligibility)) {
    report('eligibility_description', `eligibility_description ${quote(eligibility)} was not taken over (the ages come from minimum_age and maximum_age); say who may join in the description`);
  }
  const documents = asRecords(service.required_documents).map((d) => asString(d.document)).filter((d): d is string => d !== undefined);
  if (documents.length > 0) {
    report('required_documents', `required_documents (${documents.map(quote).join(', ')}) were not taken over: the feed has no field for them. Name them in the joining instructions (application_process)`);
  }
  const extension = asRecords(service.phones)[0]?.extension;
  if (asString(extension) ?? asNumber(extension)) {
    report('phones[0].extension', `extension ${String(extension)} was left out: the feed keeps a phone number without extension. Give a number that reaches the right person`);
  }
}

function huiskamerFrom(basics: ServiceBasics, schedules: ScheduleAt[], work: SourceWork, locationId: string): Record<string, unknown> | undefined {
  const { found, report } = basics;
  const service = found.record;
  const ageRange = readAges(service, report);
  if (!ageRange) return undefined;
  const read = readSchedules(schedules, (path, reason, severity) => work.report({ file: found.file, path, id: asString(service.id) }, reason, severity), work.today);
  const waiting = asNumber(attributeValue(service, 'waiting-list'));
  const countedOn = attributeValue(service, 'waiting-list-counted-on');
  const expectedWeeks = asNumber(attributeValue(service, 'waiting-list-weeks'));
  const referrers = attributeValues(service, 'referrer').map((r) => parseChoice(r, REFERRER_WORDS)).flatMap((r) => (r.ok ? [r.value] : []));
  const goals = attributeValues(service, 'goal');
  const hasCost = asRecords(service.cost_options).length > 0 || asString(service.fees_description) !== undefined;
  return {
    id: basics.id,
    lastVerified: lastChecked(service, sub(found, 'assured_date'), work, service.assured_date),
    name: asString(service.name),
    ...optional('description', asString(service.description)),
    ...optional('organizationId', basics.organizationId),
    locationId,
    schedule: read.slots,
    ageRange,
    placesPerDay: asNumber(attributeValue(service, 'places-per-day')),
    ...optional('enrolled', asNumber(attributeValue(service, 'enrolled'))),
    ...optional('waitingList', waiting !== undefined
      ? { count: waiting, countedOn: countedOn ?? work.today, ...optional('expectedWeeks', expectedWeeks) }
      : undefined),
    referrers,
    ...optional('intake', asString(service.application_process)),
    ...optional('goals', goals.length > 0 ? goals : undefined),
    ...optional('cost', hasCost ? readCost(service, report) : undefined),
    ...optional('contactIds', basics.contactIds.length > 0 ? basics.contactIds : undefined),
    ...readOutcomes(service, (sourceId) => work.known('organizations', sourceId)),
  };
}

const SKIPPED_STATUS = ['inactive', 'defunct', 'temporarily closed'];

function takeService(found: Found, work: SourceWork): void {
  const service = found.record;
  const sourceId = asString(service.id);
  if (!sourceId) return void work.report(sub(found, 'id'), 'this service has no id; it was left out. Give every service an id', 'error');
  if (work.seen('activities', sourceId)) return;
  work.remember('activities', sourceId, sourceId);
  const status = asString(service.status);
  if (status && SKIPPED_STATUS.includes(status)) return void work.report(sub(found, 'status'), `status is "${status}"; the service was left out`);
  const organizationId = organizationOf(found, work);
  const report: FieldReporter = (field, reason, severity) => work.report(sub(found, field), reason, severity);
  reportUnkept(service, report);
  work.notKept('service', SERVICE_FIELDS_NOT_KEPT, service, { file: found.file, path: found.path, id: sourceId });
  const places = placesOf(found, work, organizationId);
  const owners = [{ record: service, place: { file: found.file, path: found.path } }, ...places.map((p) => ({ record: p.sal, place: p.place }))];
  // A service's contact belongs to an organization only when it says so (organization_id).
  const contactIds = contactsOf(owners, work);
  const serviceSchedules = asRecords(service.schedules).map((record, i) => ({ record, path: sub(found, `schedules[${i}]`).path }));
  const huiskamer = attributeValue(service, 'record') === 'huiskamer';
  const kind = huiskamer ? 'huiskamers' : 'activities';
  const usable = places.filter((p) => p.locationId !== undefined);
  const buurten = readServiceAreaBuurten(service);

  if (usable.length === 0) {
    const reason = places.length > 0 ? 'none of its locations could be used (see their problems)' : 'it has no service_at_locations';
    if (huiskamer || buurten.length === 0) {
      return void work.report(sub(found, places.length > 0 ? 'service_at_locations' : 'id'), `${reason}${huiskamer ? '' : ' and no service_areas with CBS buurt codes'}; this service was left out`, 'error');
    }
    const record = activityFrom({ id: work.idFor(kind, sourceId, attributeValue(service, 'feed-id')), found, organizationId, contactIds, report }, serviceSchedules, work, undefined, buurten);
    if (record) work.add(kind, record, { file: found.file, path: found.path, id: sourceId });
    return;
  }
  usable.forEach((place, i) => {
    const own = asRecords(place.sal.schedules).map((record, j) => ({ record, path: `${place.place.path}.schedules[${j}]` }));
    const id = usable.length === 1 ? work.idFor(kind, sourceId, attributeValue(service, 'feed-id')) : work.idFor(kind, `${sourceId}:${i + 1}`);
    const basics = { id, found, organizationId, contactIds, report };
    const record = huiskamer
      ? huiskamerFrom(basics, [...serviceSchedules, ...own], work, place.locationId!)
      : activityFrom(basics, [...serviceSchedules, ...own], work, place.locationId, buurten);
    if (record) work.add(kind, record, { file: found.file, path: found.path, id: sourceId });
  });
}

/** Stories our export put with its metadata (index.json `kinderwerkkaart.stories`); validation checks each. */
function takeStories(documents: readonly SourceDocument[], work: SourceWork): void {
  for (const { name, json } of documents) {
    const stories = asRecords(asRecord(asRecord(json)?.kinderwerkkaart)?.stories);
    stories.forEach((story, i) => {
      const sourceId = asString(story.id) ?? `story-${i + 1}`;
      work.add('stories', { ...story, id: work.idFor('stories', sourceId, asString(story.id)) }, { file: name, path: `kinderwerkkaart.stories[${i}]`, id: sourceId });
    });
  }
}

/** Publisher facts from an API root document (`GET /`) or our export's index.json. */
function sourceFacts(documents: readonly SourceDocument[]): SourceFacts {
  for (const { json } of documents) {
    const root = asRecord(json);
    const publisher = asRecord(root?.publisher);
    if (!publisher) continue;
    const ours = asRecord(root?.kinderwerkkaart);
    const municipality = asRecord(ours?.municipality);
    return {
      municipalityCode: asString(municipality?.code),
      municipalityName: asString(municipality?.name),
      boundaryAttribution: asString(ours?.boundaryAttribution),
      example: ours?.example === true,
      language: asString(ours?.language),
      publisherName: asString(publisher.name),
      publisherUrl: asString(publisher.website),
      publisherEmail: asString(publisher.email),
      license: asString(ours?.license),
      licenseUrl: asString(ours?.licenseUrl),
    };
  }
  return {};
}

export function importHsds(documents: readonly SourceDocument[], context: ImportContext): ImportResult {
  return runSteps(importHsdsSteps(documents, context));
}

/** `importHsds` as steps, so the widget can convert a large source in slices, the page answering in between. */
export function* importHsdsSteps(documents: readonly SourceDocument[], context: ImportContext): Generator<void, ImportResult> {
  const frame = buildFrame(context, sourceFacts(documents));
  const now = context.now ?? new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const work = createSourceWork(frame.buurten, today);
  const entities = readHsdsDocuments(documents.filter((d) => !asRecord(d.json)?.publisher));
  const placeOf = (found: Found): SourcePlace => ({ file: found.file, path: found.path, id: asString(found.record.id) });
  yield* forEachInSteps(entities.organizations, (found) => work.guard(placeOf(found), () => takeOrganization(found, work)));
  yield* forEachInSteps(entities.organizations, (found) => {
    const organizationId = work.known('organizations', asString(found.record.id) ?? '');
    work.guard(placeOf(found), () => contactsOf([{ record: found.record, place: { file: found.file, path: found.path } }], work, organizationId));
  });
  yield* forEachInSteps(entities.locations, (found) => {
    work.guard(placeOf(found), () => takeLocation(found, work, found.organization && work.known('organizations', asString(found.organization.id) ?? '')));
  });
  // Locations nested in one service may be pointed at by id from another: take them all first.
  yield* forEachInSteps(entities.services, (found) => work.guard(placeOf(found), () => takeNestedLocations(found, work)));
  yield* forEachInSteps(entities.services, (found) => work.guard(placeOf(found), () => takeService(found, work)));
  work.finishNotKept();
  for (const found of entities.unknown) {
    work.report({ file: found.file, path: found.path || '(document)' }, found.reason ?? 'not an HSDS service, organization or location (no fields like status, service_at_locations, latitude or services); it was ignored');
  }
  if (entities.services.length === 0) {
    work.report({ path: '(document)' }, 'no HSDS services found; give a service, an organization with services, or a page of services ({ "contents": [...] })', 'error');
  }
  takeStories(documents, work);
  work.finishUndated('assured_date or metadata last_action_date');
  return finishImport({ frame, records: work.records, origins: work.origins, problems: work.problems, skipValidation: context.skipValidation });
}
