/**
 * Dates for generated records, all counted from one reference day (the feed's
 * `generatedAt`), never from the clock: the same seed gives the same feed tomorrow.
 * Holiday programmes fall in the Dutch school holidays of the school year that
 * follows, courses run for a term.
 *
 *   const calendar = createCalendar('2026-11-01');
 *   calendar.verified(random);   // '2026-07-14': checked within the last year
 *   calendar.holiday(random);    // { startDate: '2027-02-13', endDate: '2027-02-21' }
 */
import type { DateRange } from '../../lib/feed/schema';
import type { Random } from './random';

const DAY_MS = 86_400_000;

export interface Calendar {
  /** The reference day, `YYYY-MM-DD`. */
  today: string;
  /** A day in the past year, more often recent than long ago. */
  verified(random: Random): string;
  /** A day up to `days` before the reference day. */
  daysBack(random: Random, days: number): string;
  holiday(random: Random): DateRange;
  course(random: Random): DateRange;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function createCalendar(today: string): Calendar {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(todayMs)) throw new Error(`not a date: ${today}`);
  const year = new Date(todayMs).getUTCFullYear();
  const next = year + 1;
  // Roughly the holidays of region Midden; ranges that already ended are moved a year on.
  const holidays: DateRange[] = [
    { startDate: `${year}-10-17`, endDate: `${year}-10-25` },
    { startDate: `${year}-12-19`, endDate: `${next}-01-03` },
    { startDate: `${next}-02-13`, endDate: `${next}-02-21` },
    { startDate: `${next}-04-24`, endDate: `${next}-05-02` },
    { startDate: `${next}-07-10`, endDate: `${next}-08-22` },
  ].map((range) => (range.endDate < today ? shiftYear(range) : range));
  const courses: DateRange[] = [
    { startDate: `${year}-09-07`, endDate: `${year}-12-18` },
    { startDate: `${next}-01-11`, endDate: `${next}-04-02` },
    { startDate: `${next}-04-12`, endDate: `${next}-07-02` },
  ].map((range) => (range.endDate < today ? shiftYear(range) : range));
  const daysBack = (random: Random, days: number) => isoDay(todayMs - random.int(0, days) * DAY_MS);
  return {
    today,
    verified: (random) => isoDay(todayMs - Math.floor(365 * random.next() ** 2) * DAY_MS),
    daysBack,
    holiday: (random) => random.pick(holidays),
    course: (random) => random.pick(courses),
  };
}

function shiftYear({ startDate, endDate }: DateRange): DateRange {
  const plusOne = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
  return { startDate: plusOne(startDate), endDate: plusOne(endDate) };
}
