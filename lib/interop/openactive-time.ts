/**
 * OpenActive times to the feed's local weekly slots. Session start and end are
 * moments (`2026-03-04T14:30:00Z`); the feed wants the Dutch local weekday and
 * time, so they are read in Europe/Amsterdam (summer time included). Sessions
 * that repeat at the same times become one weekly slot; a PartialSchedule
 * (`byDay`, `startTime`, `endTime`) maps directly.
 *
 *   localMoment('2026-03-04T14:30:00Z');       // { date: '2026-03-04', day: 'WE', time: '15:30' }
 *   slotsFromSessions([{ startDate, endDate }, ...]);
 *   slotFromPartialSchedule({ byDay: ['https://schema.org/Wednesday'], startTime: '15:30', endTime: '17:00' });
 */
import { Weekday, type WeeklySlot } from '../feed/schema';
import { parseIsoDay, weekdayOf } from '../query/schedule';
import { asString, type JsonRecord } from './json-read';

const TIME_ZONE = 'Europe/Amsterdam';

export interface LocalMoment {
  date: string;
  day: Weekday;
  time?: string;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** A date or date-time as Dutch local date, weekday and time; undefined when it is not ISO 8601. */
export function localMoment(value: unknown): LocalMoment | undefined {
  const text = asString(value);
  const match = text ? /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text) : null;
  if (!match) return undefined;
  const [, date, time, zone] = match;
  if (!time) return { date, day: weekdayOf(parseIsoDay(date)) };
  // Without a zone the time is already local; with one, it is converted to Amsterdam time.
  if (!zone) return { date, day: weekdayOf(parseIsoDay(date)), time };
  const instant = new Date(text!);
  if (Number.isNaN(instant.getTime())) return undefined;
  const got = Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, p.value]));
  const localDate = `${got.year}-${got.month}-${got.day}`;
  return { date: localDate, day: weekdayOf(parseIsoDay(localDate)), time: `${got.hour}:${got.minute}` };
}

export interface SessionTimes {
  startDate?: unknown;
  endDate?: unknown;
  duration?: unknown;
}

/** "PT1H30M" -> 90 minutes. */
function durationMinutes(value: unknown): number | undefined {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(asString(value) ?? '');
  if (!match || (!match[1] && !match[2])) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

function addMinutes(time: string, minutes: number): string | undefined {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) + minutes;
  if (total >= 24 * 60) return undefined;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The local day and times of one session, when it starts and ends on the same day. */
function sessionSlot(session: SessionTimes): { day: Weekday; startTime: string; endTime: string } | undefined {
  const start = localMoment(session.startDate);
  if (!start?.time) return undefined;
  const end = localMoment(session.endDate);
  const endTime = end?.time && end.date === start.date ? end.time : (() => {
    const minutes = durationMinutes(session.duration);
    return minutes === undefined ? undefined : addMinutes(start.time!, minutes);
  })();
  if (!endTime || endTime <= start.time) return undefined;
  return { day: start.day, startTime: start.time, endTime };
}

/** Sessions at the same times on several weekdays become one slot with those days. */
export function slotsFromSessions(sessions: readonly SessionTimes[]): WeeklySlot[] {
  const byTimes = new Map<string, Set<Weekday>>();
  for (const session of sessions) {
    const slot = sessionSlot(session);
    if (!slot) continue;
    const key = `${slot.startTime}-${slot.endTime}`;
    byTimes.set(key, (byTimes.get(key) ?? new Set()).add(slot.day));
  }
  return [...byTimes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, days]) => ({ byDay: Weekday.options.filter((d) => days.has(d)), startTime: key.slice(0, 5), endTime: key.slice(6) }));
}

/** A Map, so a day written as "constructor" is no day. */
const SCHEMA_DAYS: ReadonlyMap<string, Weekday> = new Map(Object.entries({
  monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU',
  mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU',
} as const));

/** "https://schema.org/Monday", "schema:Monday", "Monday" or iCal "MO" -> "MO". */
function schemaDay(value: unknown): Weekday | undefined {
  const text = asString(value)?.replace(/^.*[:/#]/, '').toLowerCase();
  return text ? SCHEMA_DAYS.get(text) : undefined;
}

function localTime(value: unknown): string | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(asString(value) ?? '');
  return match && Number(match[1]) < 24 ? `${match[1].padStart(2, '0')}:${match[2]}` : undefined;
}

export type PartialScheduleRead = { ok: true; slot: WeeklySlot } | { ok: false; reason: string };

export function slotFromPartialSchedule(schedule: JsonRecord): PartialScheduleRead {
  const frequency = asString(schedule.repeatFrequency);
  if (frequency && !/^P(1W|7D)$/.test(frequency)) {
    return { ok: false, reason: `repeatFrequency ${frequency} is not weekly (P1W); it cannot be shown as a weekly time` };
  }
  const raw = Array.isArray(schedule.byDay) ? schedule.byDay : schedule.byDay === undefined ? [] : [schedule.byDay];
  const days = raw.map(schemaDay);
  if (days.length === 0 || days.some((d) => d === undefined)) {
    return { ok: false, reason: 'byDay must list weekdays, e.g. ["https://schema.org/Wednesday"]' };
  }
  const startTime = localTime(schedule.startTime);
  const minutes = durationMinutes(schedule.duration);
  const endTime = localTime(schedule.endTime) ?? (startTime && minutes !== undefined ? addMinutes(startTime, minutes) : undefined);
  if (!startTime || !endTime) return { ok: false, reason: 'startTime and endTime (or duration) must be times like "15:30"' };
  if (endTime <= startTime) return { ok: false, reason: `endTime ${endTime} is not after startTime ${startTime}` };
  const zone = asString(schedule.scheduleTimezone);
  if (zone && zone !== TIME_ZONE) return { ok: false, reason: `scheduleTimezone ${zone} is not ${TIME_ZONE}; the times would be wrong here` };
  return { ok: true, slot: { byDay: Weekday.options.filter((d) => days.includes(d)), startTime, endTime } };
}
