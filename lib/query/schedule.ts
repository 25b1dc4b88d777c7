/**
 * When things happen: weekly slots, date ranges, "this week" and "next time".
 * All dates are local calendar dates (the feed's `YYYY-MM-DD` means a day in the
 * Netherlands, not a UTC instant), so everything here works on the local parts of `now`.
 *
 *   runsThisWeek(activity, new Date());  // true when a slot falls in this Monday–Sunday
 *   nextOccurrence(activity, new Date()); // { start, end } of the next session, or undefined
 */
import type { DateRange, Weekday, WeeklySlot } from '../feed/schema';
import type { TimeOfDay } from './criteria';

/** Anything with a weekly schedule and, optionally, a period in which it runs. */
export interface Scheduled {
  schedule: readonly WeeklySlot[];
  dateRange?: DateRange;
}

/** `Date.getDay()` order: Sunday first. */
const WEEKDAY_BY_JS_DAY: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The boundaries of the parts of the day a user can pick, as `HH:MM`. */
const TIME_OF_DAY_BOUNDS: Record<TimeOfDay, { from: string; to: string }> = {
  morning: { from: '00:00', to: '12:00' },
  afternoon: { from: '12:00', to: '18:00' },
  evening: { from: '18:00', to: '24:00' },
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local calendar date of a moment, as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Parses `YYYY-MM-DD` as local midnight (`new Date('2026-11-23')` would be UTC midnight). */
export function parseIsoDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

export function weekdayOf(date: Date): Weekday {
  return WEEKDAY_BY_JS_DAY[date.getDay()];
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The seven local days, Monday to Sunday, of the week that holds `now`. */
export function daysOfWeek(now: Date): Date[] {
  const sinceMonday = (now.getDay() + 6) % 7;
  const monday = addDays(now, -sinceMonday);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

const inRange = (day: string, range: DateRange | undefined): boolean =>
  !range || (range.startDate <= day && day <= range.endDate);

/** True when the period ended before today: the offer is over and should no longer be shown. */
export function isOver(record: Scheduled, now: Date): boolean {
  return record.dateRange !== undefined && record.dateRange.endDate < isoDay(now);
}

/** True when a slot overlaps the part of the day (a 17:00–19:00 club is both afternoon and evening). */
export function slotOverlaps(slot: WeeklySlot, timeOfDay: TimeOfDay): boolean {
  const bounds = TIME_OF_DAY_BOUNDS[timeOfDay];
  return slot.startTime < bounds.to && slot.endTime > bounds.from;
}

/**
 * True when one slot fits both the chosen days and the part of the day, so
 * "Wednesday afternoon" does not match a Wednesday-morning and Friday-afternoon club.
 */
export function hasSlotMatching(record: Scheduled, days?: readonly Weekday[], timeOfDay?: TimeOfDay): boolean {
  const anyDay = !days || days.length === 0;
  return record.schedule.some(
    (slot) =>
      (anyDay || slot.byDay.some((day) => days.includes(day))) && (!timeOfDay || slotOverlaps(slot, timeOfDay)),
  );
}

/** One day of a week, as the queries compare it. */
export interface WeekDay {
  iso: string;
  weekday: Weekday;
}

/** The Monday–Sunday week that holds `now`; computed once per filter pass. */
export function weekOf(now: Date): WeekDay[] {
  return daysOfWeek(now).map((day) => ({ iso: isoDay(day), weekday: weekdayOf(day) }));
}

/** True when a day of the week lies inside the date range (none: every week) and some slot is on that weekday. */
export function runsInWeek(record: Scheduled, week: readonly WeekDay[]): boolean {
  return week.some(
    (day) => inRange(day.iso, record.dateRange) && record.schedule.some((slot) => slot.byDay.includes(day.weekday)),
  );
}

/** True when a session falls in the Monday–Sunday week of `now`. */
export function runsThisWeek(record: Scheduled, now: Date): boolean {
  return runsInWeek(record, weekOf(now));
}

function atTime(day: Date, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}

/** The next session that has not ended yet (one running now counts), or undefined when there is none. */
export function nextOccurrence(record: Scheduled, now: Date): { start: Date; end: Date } | undefined {
  const today = parseIsoDay(isoDay(now));
  const rangeStart = record.dateRange ? parseIsoDay(record.dateRange.startDate) : today;
  const first = rangeStart > today ? rangeStart : today;
  for (let offset = 0; offset < 8; offset++) {
    const day = addDays(first, offset);
    if (!inRange(isoDay(day), record.dateRange)) return undefined;
    const weekday = weekdayOf(day);
    const sessions = record.schedule
      .filter((slot) => slot.byDay.includes(weekday))
      .map((slot) => ({ start: atTime(day, slot.startTime), end: atTime(day, slot.endTime) }))
      .filter((session) => session.end > now)
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    if (sessions.length > 0) return sessions[0];
  }
  return undefined;
}
