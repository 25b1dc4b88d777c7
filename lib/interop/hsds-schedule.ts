/**
 * HSDS schedules (RFC 5545 RRULE fields) to and from the feed's weekly slots.
 * Only weekly rules map: `freq: WEEKLY` (or no freq) with `byday`, `opens_at`
 * and `closes_at`. Monthly or fortnightly rules cannot be shown as a weekly slot
 * and are reported. `valid_from`/`valid_to` become the activity's date range.
 *
 *   readSchedules([{ record: { byday: 'MO,WE', opens_at: '15:00', closes_at: '16:30' }, path: 'schedules[0]' }], report);
 *   // { slots: [{ byDay: ['MO', 'WE'], startTime: '15:00', endTime: '16:30' }] }
 *   writeSchedules(serviceUuid, (part) => childUuid(part), activity);  // [{ id, service_id, freq: 'WEEKLY', byday: 'MO,WE', ... }]
 */
import { Weekday, type DateRange, type WeeklySlot } from '../feed/schema';
import { asNumber, asString, type JsonRecord } from './json-read';

export interface ScheduleAt {
  record: JsonRecord;
  path: string;
}

export interface SchedulesRead {
  slots: WeeklySlot[];
  dateRange?: DateRange;
  /** `schedule_link`: where to see sessions and book, used as the sign-up link. */
  link?: string;
}

export type PathReporter = (path: string, reason: string, severity?: 'error' | 'warning') => void;

/** "15:00", "15:00:00", "15:00Z", "15:00:00+01:00" -> "15:00" (the local time as written). */
function readTime(value: unknown): string | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(asString(value) ?? '');
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

function readDays(value: unknown): { days: Weekday[]; ordinal: boolean; unknown: string[] } {
  const parts = (asString(value) ?? '').split(/[\s,]+/).filter(Boolean).map((part) => part.toUpperCase());
  const days: Weekday[] = [];
  const unknown: string[] = [];
  let ordinal = false;
  for (const part of parts) {
    const match = /^([+-]?\d+)?([A-Z]{2})$/.exec(part);
    const day = match?.[2] as Weekday | undefined;
    if (match?.[1]) ordinal = true;
    if (day && Weekday.options.includes(day)) days.push(day);
    else unknown.push(part);
  }
  return { days: Weekday.options.filter((day) => days.includes(day)), ordinal, unknown };
}

const isoDate = (value: unknown) => /^\d{4}-\d{2}-\d{2}/.exec(asString(value) ?? '')?.[0];

function readOne(schedule: ScheduleAt, report: PathReporter, today?: string): { slot: WeeklySlot; range?: DateRange; partialRange: boolean } | undefined {
  const { record, path } = schedule;
  const freq = asString(record.freq)?.toUpperCase();
  const interval = asNumber(record.interval) ?? 1;
  const { days, ordinal, unknown } = readDays(record.byday);
  const skip = (reason: string) => void report(path, `${reason}; this schedule was left out`);
  const ended = isoDate(record.valid_to) ?? isoDate(record.until);
  // Said first: of a schedule that is over, its other oddities do not matter.
  if (today && ended && ended < today) return skip(`ended on ${ended} (valid_to or until), before the import date ${today}`);
  if (freq && freq !== 'WEEKLY') return skip(`freq ${freq} cannot be shown as a weekly time; only WEEKLY schedules are taken over`);
  if (interval !== 1) return skip(`interval ${interval} (every ${interval} weeks) cannot be shown as a weekly time`);
  if (ordinal) return skip(`byday "${asString(record.byday)}" names days of the month, not of the week`);
  if (asString(record.bymonthday) ?? asNumber(record.bymonthday)) return skip(`bymonthday "${String(record.bymonthday)}" names days of the month, not of the week`);
  if (asString(record.byweekno) ?? asNumber(record.byweekno)) return skip(`byweekno "${String(record.byweekno)}" runs in some weeks of the year only, which a weekly time cannot show`);
  if (unknown.length > 0) return skip(`byday "${asString(record.byday)}" holds ${unknown.map((u) => `"${u}"`).join(', ')}, which are not days; write MO,TU,WE,TH,FR,SA,SU`);
  if (days.length === 0) return skip('no byday; give the days as byday, e.g. "MO,WE"');
  const startTime = readTime(record.opens_at);
  const endTime = readTime(record.closes_at);
  if (!startTime || !endTime) return skip('opens_at and closes_at must both be times like 15:00');
  if (startTime >= endTime) return skip(`closes_at ${endTime} is not after opens_at ${startTime}`);
  const from = isoDate(record.valid_from) ?? isoDate(record.dtstart);
  const to = isoDate(record.valid_to) ?? isoDate(record.until);
  const count = asNumber(record.count);
  if (count !== undefined && !to) {
    report(path, `count ${count}: the schedule ends after ${count} times, but the feed keeps an end date, not a count, so it shows as running on. Give valid_to (or until) instead`);
  }
  return { slot: { byDay: days, startTime, endTime }, range: from && to ? { startDate: from, endDate: to } : undefined, partialRange: Boolean(from) !== Boolean(to) };
}

/** `today`: the import date (YYYY-MM-DD); schedules that ended before it are left out, with a warning. */
export function readSchedules(schedules: readonly ScheduleAt[], report: PathReporter, today?: string): SchedulesRead {
  const read = schedules.map((schedule) => ({ schedule, result: readOne(schedule, report, today) }));
  const taken = read.filter((entry) => entry.result !== undefined);
  const slots: WeeklySlot[] = [];
  for (const { result } of taken) {
    const slot = result!.slot;
    if (!slots.some((s) => s.startTime === slot.startTime && s.endTime === slot.endTime && s.byDay.join() === slot.byDay.join())) slots.push(slot);
  }
  const ranges = taken.map((entry) => entry.result!.range);
  let dateRange: DateRange | undefined;
  if (ranges.length > 0 && ranges.every((range) => range !== undefined)) {
    const all = ranges as DateRange[];
    dateRange = {
      startDate: all.map((r) => r.startDate).sort()[0],
      endDate: all.map((r) => r.endDate).sort().reverse()[0],
    };
  } else if (ranges.some((range) => range !== undefined) || taken.some((entry) => entry.result!.partialRange)) {
    const first = taken.find((entry) => entry.result!.range || entry.result!.partialRange)!;
    report(first.schedule.path, 'valid_from and valid_to are not given on every schedule (or only one of them); the dates were left out, so it shows as running every week', 'warning');
  }
  const link = schedules.map((s) => asString(s.record.schedule_link)).find((l) => l !== undefined);
  return { slots, ...(dateRange ? { dateRange } : {}), ...(link ? { link } : {}) };
}

/** One HSDS schedule per weekly slot, with the date range and sign-up link on each. */
export function writeSchedules(
  serviceId: string,
  idOf: (part: string) => string,
  record: { schedule: readonly WeeklySlot[]; dateRange?: DateRange },
  link?: string,
): JsonRecord[] {
  return record.schedule.map((slot, i) => ({
    id: idOf(`schedule/${i + 1}`),
    service_id: serviceId,
    freq: 'WEEKLY',
    interval: 1,
    byday: slot.byDay.join(','),
    opens_at: slot.startTime,
    closes_at: slot.endTime,
    ...(record.dateRange ? { valid_from: record.dateRange.startDate, valid_to: record.dateRange.endDate } : {}),
    ...(link ? { schedule_link: link } : {}),
  }));
}
