/**
 * When things happen: weekly slots, date ranges, "this week" and "next time".
 * All dates are local calendar dates (the feed's `YYYY-MM-DD` means a day in the
 * Netherlands, not a UTC instant), so everything here works on the local parts of `now`.
 *
 *   runsInComingWeek(activity, new Date()); // true when a slot falls today or in the six days after
 *   nextOccurrence(activity, new Date());   // { start, end } of the next session, or undefined
 *   sessionsWithin(activity, new Date(), 7); // every session that ends in the coming 7 × 24 hours
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

/**
 * The parts of the day a user can pick, as `HH:MM`. A slot counts when it overlaps
 * one (a 17:00–19:00 club is both afternoon and evening).
 */
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

/** Today and the six local days after it. */
function comingDays(now: Date): Date[] {
  return Array.from({ length: 7 }, (_, i) => addDays(now, i));
}

const inRange = (day: string, range: DateRange | undefined): boolean =>
  !range || (range.startDate <= day && day <= range.endDate);

/** True when the period ended before today: the offer is over and should no longer be shown. */
export function isOver(record: Scheduled, now: Date): boolean {
  return record.dateRange !== undefined && record.dateRange.endDate < isoDay(now);
}

const DAY_BIT: Record<Weekday, number> = { MO: 1, TU: 2, WE: 4, TH: 8, FR: 16, SA: 32, SU: 64 };

/** A set of weekdays as bits, so "any of these days" is one `&`. 0 means no day. */
export function dayMask(days: readonly Weekday[] | undefined): number {
  let mask = 0;
  for (const day of days ?? []) mask |= DAY_BIT[day];
  return mask;
}

/** A schedule in the shape the filters test quickly; made once per record when a feed is indexed. */
export interface CompiledSchedule {
  /** The record's own slots, not copies: an index of a city keeps 20,000 schedules. */
  slots: readonly WeeklySlot[];
  /** Every day that has a slot. */
  days: number;
  dateRange?: DateRange;
}

export function compileSchedule(record: Scheduled): CompiledSchedule {
  // One loop, no callbacks: this runs once per record when a feed is indexed (20,000 in a city).
  let days = 0;
  for (const slot of record.schedule) days |= dayMask(slot.byDay);
  return { slots: record.schedule, days, dateRange: record.dateRange };
}

/**
 * True when one slot fits both the chosen days (a mask; 0 = any day) and the part
 * of the day, so "Wednesday afternoon" does not match a Wednesday-morning and
 * Friday-afternoon club.
 */
export function hasCompiledSlot(schedule: CompiledSchedule, days: number, timeOfDay: TimeOfDay | undefined): boolean {
  const bounds = timeOfDay ? TIME_OF_DAY_BOUNDS[timeOfDay] : undefined;
  // One slot (most offers): its days are the schedule's, already counted.
  const single = schedule.slots.length === 1;
  return schedule.slots.some(
    (slot) =>
      (days === 0 || ((single ? schedule.days : dayMask(slot.byDay)) & days) !== 0) &&
      (!bounds || (slot.startTime < bounds.to && slot.endTime > bounds.from)),
  );
}

export function hasSlotMatching(record: Scheduled, days?: readonly Weekday[], timeOfDay?: TimeOfDay): boolean {
  return hasCompiledSlot(compileSchedule(record), dayMask(days), timeOfDay);
}

/** One day of a week, as the queries compare it. */
export interface WeekDay {
  iso: string;
  weekday: Weekday;
  bit: number;
}

/**
 * Today and the six days after it; computed once per filter pass. A rolling week,
 * not Monday to Sunday: on a Saturday, "this week" would be nearly over.
 */
export function comingWeek(now: Date): WeekDay[] {
  return comingDays(now).map((day) => {
    const weekday = weekdayOf(day);
    return { iso: isoDay(day), weekday, bit: DAY_BIT[weekday] };
  });
}

/** True when a day of the week lies inside the date range (none: every week) and has a slot. */
export function runsInCompiledWeek(schedule: CompiledSchedule, week: readonly WeekDay[]): boolean {
  if (!schedule.dateRange) return schedule.days !== 0;
  return week.some((day) => (schedule.days & day.bit) !== 0 && inRange(day.iso, schedule.dateRange));
}

/** True when a session falls today or in the six days after. */
export function runsInComingWeek(record: Scheduled, now: Date): boolean {
  return runsInCompiledWeek(compileSchedule(record), comingWeek(now));
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

/** One session: a slot on a date. */
export interface Session {
  start: Date;
  end: Date;
}

/**
 * Every session that has not ended at `now` and starts within `days` × 24 hours,
 * in time order. A weekly activity appears once in a 7-day window even late on its
 * own day: next week's session still starts inside it. `onDays` narrows the slots
 * to those days (a play bus is in one buurt on Tuesdays only).
 */
export function sessionsWithin(record: Scheduled, now: Date, days: number, onDays?: readonly Weekday[]): Session[] {
  const until = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  const today = parseIsoDay(isoDay(now));
  const sessions: Session[] = [];
  for (let offset = 0; offset <= days; offset++) {
    const day = addDays(today, offset);
    if (!inRange(isoDay(day), record.dateRange)) continue;
    const weekday = weekdayOf(day);
    if (onDays && !onDays.includes(weekday)) continue;
    for (const slot of record.schedule) {
      if (!slot.byDay.includes(weekday)) continue;
      const session = { start: atTime(day, slot.startTime), end: atTime(day, slot.endTime) };
      if (session.end > now && session.start < until) sessions.push(session);
    }
  }
  return sessions.sort((a, b) => a.start.getTime() - b.start.getTime());
}
