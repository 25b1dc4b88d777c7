/**
 * OpenActive to a kinderwerk feed: the current state of RPDE pages (latest
 * `modified` per item, deleted items gone), then SessionSeries (weekly, from
 * their `eventSchedule` or from their ScheduledSessions grouped into weekly
 * slots) and CourseInstance (holiday camps and courses, with a date range)
 * become activities, with age range, place, price and remaining places.
 *
 *   const result = importOpenActive([{ name: url, json: page }, ...], { municipality, buurten });
 *   result.problems; // [{ severity, file, path: 'items[3].data.ageRange', id, reason }]
 */
import { Weekday, type AgeRange, type Cost, type DateRange, type WeeklySlot } from '../feed/schema';
import { forEachInSteps, runSteps } from '../steps';
import { CATEGORY_WORDS, languageCode } from './dutch-words';
import { guessChoice, guessJoinMethod, looksLikeHoliday } from './dutch-values';
import { finishImport, type ImportResult } from './finish-import';
import type { SourceDocument } from './hsds-read';
import { buildFrame, licenseFromUrl, type ImportContext } from './import-context';
import { asBoolean, asNumber, asRecord, asRecords, asString, optional, type JsonRecord } from './json-read';
import { organizerContact, takeOrganizer, takePlace } from './openactive-entities';
import { localMoment, slotFromPartialSchedule, slotsFromSessions } from './openactive-time';
import { currentItems, idOf, typeOf, type RpdeItem } from './rpde';
import { createSourceWork, type SourcePlace, type SourceWork } from './source-work';

const SERIES = ['SessionSeries', 'EventSeries'];
const SESSIONS = ['ScheduledSession', 'Event', 'ScheduledSessions'];
const COURSES = ['CourseInstance'];

const at = (item: RpdeItem, field?: string): SourcePlace => ({ file: item.file, path: field ? `${item.path}.${field}` : item.path, id: item.id });

function readAgeRange(item: RpdeItem, data: JsonRecord, work: SourceWork): AgeRange | undefined {
  const range = asRecord(data.ageRange);
  const min = asNumber(range?.minValue);
  let max = asNumber(range?.maxValue);
  if (min === undefined && max === undefined) {
    work.report(at(item, 'ageRange'), 'no ageRange; kinderwerk is shown by age, so give { "minValue": 6, "maxValue": 12 }. This activity was left out', 'error');
    return undefined;
  }
  if (max === undefined) {
    max = 18;
    work.report(at(item, 'ageRange.maxValue'), 'no maxValue (OpenActive reads a single age as a minimum); used 18');
  }
  if (max > 25) {
    work.report(at(item, 'ageRange.maxValue'), `maxValue ${max} is above 25; used 25`);
    max = 25;
  }
  const low = min ?? 0;
  if (low > max) {
    work.report(at(item, 'ageRange'), `minValue ${low} is above maxValue ${max}; this activity was left out`, 'error');
    return undefined;
  }
  return { min: Math.floor(low), max: Math.ceil(max) };
}

function readOffers(item: RpdeItem, data: JsonRecord, work: SourceWork): { cost: Cost; url?: string } {
  const offers = asRecords(data.offers);
  const priced = offers.map((offer) => ({ offer, price: asNumber(offer.price) })).filter((o) => o.price !== undefined);
  const url = offers.map((o) => asString(o.url)).find(Boolean);
  if (priced.length === 0) {
    if (asBoolean(data.isAccessibleForFree) === true) return { cost: { free: true }, url };
    work.report(at(item, 'offers'), 'no offers with a price; assumed free. Add an Offer with "price": 0 to say so');
    return { cost: { free: true }, url };
  }
  const cheapest = priced.reduce((a, b) => ((b.price ?? 0) < (a.price ?? 0) ? b : a));
  const currency = asString(cheapest.offer.priceCurrency);
  const note = asString(cheapest.offer.name);
  const price = cheapest.price ?? 0;
  if (currency && currency.toUpperCase() !== 'EUR' && price > 0) {
    // The feed's amounts are euros: a price in pounds shown as euros would be wrong, so only its text is kept.
    work.report(at(item, 'offers'), `the price ${price} ${currency} is not in euros; it was kept as a note without an amount. Give the price in EUR`);
    return { cost: { free: false, note: [`${price} ${currency}`, note].filter(Boolean).join(', ').slice(0, 300) }, url };
  }
  return { cost: { free: price === 0, ...(price > 0 ? { amount: price } : {}), ...(note ? { note: note.slice(0, 300) } : {}) }, url };
}

function scheduleFrom(item: RpdeItem, data: JsonRecord, sessions: readonly JsonRecord[], work: SourceWork): { slots: WeeklySlot[]; dateRange?: DateRange } {
  const partial = asRecords(data.eventSchedule);
  const slots: WeeklySlot[] = [];
  const starts: string[] = [];
  const ends: string[] = [];
  partial.forEach((schedule, i) => {
    const read = slotFromPartialSchedule(schedule);
    if (!read.ok) return void work.report(at(item, `eventSchedule[${i}]`), `${read.reason}; this schedule was left out`);
    slots.push(read.slot);
    const start = localMoment(schedule.startDate)?.date;
    const end = localMoment(schedule.endDate)?.date;
    if (start && end) {
      starts.push(start);
      ends.push(end);
    }
  });
  if (slots.length === 0) {
    const held = sessions.filter((s) => !/Cancelled/.test(asString(s.eventStatus) ?? ''));
    slots.push(...slotsFromSessions(held));
    const dates = held.map((s) => localMoment(s.startDate)?.date).filter((d): d is string => d !== undefined).sort();
    // One session is a date, not a weekly habit; sessions that are all past have ended. Both keep their dates.
    if (slots.length > 0 && (dates.length === 1 || (dates.length > 0 && dates[dates.length - 1] < work.today))) {
      return { slots, dateRange: { startDate: dates[0], endDate: dates[dates.length - 1] } };
    }
  }
  const dateRange = starts.length > 0 && starts.length === slots.length ? { startDate: starts.sort()[0], endDate: ends.sort().reverse()[0] } : undefined;
  return { slots, ...(dateRange ? { dateRange } : {}) };
}

/** A course without a weekly schedule: every day from its first to its last day, at the times it starts and ends. */
function campSchedule(data: JsonRecord): { slots: WeeklySlot[]; dateRange?: DateRange } {
  const start = localMoment(data.startDate);
  const end = localMoment(data.endDate);
  if (!start || !end) return { slots: [] };
  const dateRange = { startDate: start.date, endDate: end.date };
  const days = (Date.parse(`${end.date}T00:00:00Z`) - Date.parse(`${start.date}T00:00:00Z`)) / 86_400_000;
  if (!start.time || !end.time || days < 0 || days > 13 || end.time <= start.time) return { slots: [], dateRange };
  const byDay = new Set<Weekday>();
  for (let d = 0; d <= days; d++) {
    const date = new Date(Date.parse(`${start.date}T12:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
    byDay.add(localMoment(date)!.day);
  }
  return { slots: [{ byDay: Weekday.options.filter((d) => byDay.has(d)), startTime: start.time, endTime: end.time }], dateRange };
}

/** Remaining places: the activity's own, else those of the next session that has not started, else of the last one (0: full). */
function remainingPlaces(data: JsonRecord, sessions: readonly JsonRecord[], now: Date): number | undefined {
  const own = asNumber(data.remainingAttendeeCapacity);
  if (own !== undefined) return own;
  const counted = sessions
    .filter((s) => asNumber(s.remainingAttendeeCapacity) !== undefined && !Number.isNaN(Date.parse(asString(s.startDate) ?? '')))
    .sort((a, b) => Date.parse(asString(a.startDate)!) - Date.parse(asString(b.startDate)!));
  const next = counted.find((s) => Date.parse(asString(s.startDate)!) >= now.getTime()) ?? counted[counted.length - 1];
  return next ? asNumber(next.remainingAttendeeCapacity) : undefined;
}

/** `dateModified` of the item (else its latest session's) as the date it was last checked; without it, the import date, said once at the end. */
function lastChecked(item: RpdeItem, sessions: readonly JsonRecord[], work: SourceWork): string {
  const modified = localMoment(item.data.dateModified)?.date
    ?? sessions.map((s) => localMoment(s.dateModified)?.date).filter((d): d is string => d !== undefined).sort().pop();
  if (modified) return modified;
  work.undated(at(item));
  return work.today;
}

function takeActivity(item: RpdeItem, sessions: readonly JsonRecord[], work: SourceWork, now: Date): void {
  const { data } = item;
  const course = COURSES.includes(item.kind);
  const ageRange = readAgeRange(item, data, work);
  if (!ageRange) return;
  let { slots, dateRange } = scheduleFrom(item, data, sessions, work);
  if (course && slots.length === 0) ({ slots, dateRange } = campSchedule(data));
  else if (course && !dateRange) dateRange = campSchedule(data).dateRange;
  if (slots.length === 0) {
    work.report(at(item, 'eventSchedule'), 'no weekly time: give an eventSchedule (byDay, startTime, endTime) or ScheduledSessions with this as superEvent. This activity was left out', 'error');
    return;
  }
  const place = data.location ?? sessions[0]?.location;
  const locationId = takePlace(place, at(item, 'location'), work);
  if (!locationId) {
    if (place !== undefined) work.report(at(item, 'location'), 'its place could not be used (see the problem there); this activity was left out', 'error');
    return;
  }
  const text = [asString(data.name), asString(data.description), ...asRecords(data.activity).map((a) => asString(a.prefLabel))].filter(Boolean).join(' ');
  const offers = readOffers(item, data, work);
  const contact = organizerContact(data.organizer);
  const method = guessJoinMethod(asString(data.description) ?? '') ?? 'sign-up';
  const url = asString(data.url);
  work.add('activities', {
    id: work.idFor('activities', item.id),
    lastVerified: lastChecked(item, sessions, work),
    name: asString(data.name),
    ...optional('description', asString(data.description)),
    // OpenActive is data about physical activity; "sport" unless the name says otherwise.
    category: guessChoice(text, CATEGORY_WORDS) ?? 'sport',
    programme: course ? (looksLikeHoliday(text) ? 'holiday' : 'course') : dateRange ? 'course' : 'weekly',
    ...optional('organizationId', takeOrganizer(data.organizer, at(item, 'organizer'), work)),
    ageRange,
    schedule: slots,
    ...optional('dateRange', dateRange),
    cost: offers.cost,
    join: { method, ...optional('url', offers.url ?? url), ...contact },
    ...optional('languages', readLanguages(data.inLanguage)),
    locationId,
    ...optional('url', url),
    ...optional('remainingPlaces', remainingPlaces(data, sessions, now)),
  }, at(item));
}

/** schema.org `inLanguage`: codes ("nl", "nl-NL") or Language objects with a name. */
function readLanguages(value: unknown): string[] | undefined {
  const codes = (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .map((entry) => {
      const text = asString(entry) ?? asString(asRecord(entry)?.name);
      return text ? languageCode(text) : undefined;
    })
    .filter((code): code is string => code !== undefined);
  return codes.length > 0 ? [...new Set(codes)] : undefined;
}

function superEventId(session: JsonRecord): string | undefined {
  const value = session.superEvent;
  return asString(value) ?? (asRecord(value) ? idOf(asRecord(value)!) : undefined);
}

export function importOpenActive(documents: readonly SourceDocument[], context: ImportContext): ImportResult {
  return runSteps(importOpenActiveSteps(documents, context));
}

/** `importOpenActive` as steps, so the widget can convert a large source in slices, the page answering in between. */
export function* importOpenActiveSteps(documents: readonly SourceDocument[], context: ImportContext): Generator<void, ImportResult> {
  const read = currentItems(documents);
  const license = read.license;
  const frame = buildFrame(context, { license: license ? (licenseFromUrl(license) ?? license) : undefined, licenseUrl: license });
  const now = context.now ?? new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const work = createSourceWork(frame.buurten, today);
  for (const problem of read.unreadable) work.report(problem, problem.reason);

  const series = read.items.filter((item) => SERIES.includes(item.kind) || COURSES.includes(item.kind));
  const seriesIds = new Set(series.map((s) => s.id));
  const sessionsBySeries = new Map<string, { item: RpdeItem; data: JsonRecord }[]>();
  for (const item of read.items.filter((i) => SESSIONS.includes(i.kind))) {
    const parent = superEventId(item.data);
    const embedded = asRecord(item.data.superEvent);
    if (parent && embedded && typeOf(embedded) && !seriesIds.has(parent)) {
      series.push({ kind: typeOf(embedded)!, id: parent, data: embedded, file: item.file, path: `${item.path}.superEvent` });
      seriesIds.add(parent);
    }
    if (!parent) {
      work.report(at(item, 'superEvent'), 'this session has no superEvent, so it belongs to no activity; it was ignored');
      continue;
    }
    const sessions = sessionsBySeries.get(parent);
    if (sessions) sessions.push({ item, data: item.data });
    else sessionsBySeries.set(parent, [{ item, data: item.data }]);
  }
  for (const [parent, sessions] of sessionsBySeries) {
    if (!seriesIds.has(parent)) {
      work.report(at(sessions[0].item, 'superEvent'), `superEvent ${parent} is not in the feed (give its SessionSeries feed too); ${sessions.length} session(s) were ignored`);
    }
  }
  for (const item of read.items.filter((i) => ![...SERIES, ...SESSIONS, ...COURSES].includes(i.kind))) {
    work.report(at(item), `${item.kind} is not kinderwerk the feed can show (only SessionSeries, ScheduledSession and CourseInstance are read); it was ignored`);
  }
  yield* forEachInSteps(series, (item) => {
    const sessions = (sessionsBySeries.get(item.id) ?? []).map((s) => s.data);
    work.guard(at(item), () => takeActivity(item, [...sessions, ...asRecords(item.data.subEvent)], work, now));
  });
  if (series.length === 0) work.report({ path: '(document)' }, 'no SessionSeries or CourseInstance found; give the RPDE feed of session series (and of scheduled sessions)', 'error');
  work.finishUndated('dateModified');
  return finishImport({ frame, records: work.records, origins: work.origins, problems: work.problems, skipValidation: context.skipValidation });
}
