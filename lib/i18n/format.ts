/**
 * Dates, times, days, ages, money and distances, written the way people in each
 * language expect them. Built on Intl; the formatters are made once per language.
 *
 *   const f = createFormatter('nl');
 *   f.date('2026-11-23');              // 'maandag 23 november'
 *   f.weekdays(['MO', 'WE', 'FR']);    // 'ma, wo en vr'
 *   f.distance(1240);                  // '1,2 km'
 */
import { Weekday, type AgeRange, type Cost, type DateRange, type WeeklySlot } from '../feed/schema';
import type { Lang } from './language';
import { loadedCatalogue } from './catalogues';
import { nl } from './nl';

export interface Formatter {
  /** 'maandag 23 november' / 'Monday 23 November'; with `withYear`: '… 2026'. */
  date(day: Date | string, options?: { withYear?: boolean }): string;
  /** '23 nov' / '23 Nov'. */
  shortDate(day: Date | string): string;
  /** '15:00' on a moment. */
  time(moment: Date): string;
  /** 'maandag 23 november, 15:00'. */
  dateTime(moment: Date): string;
  /** '23 nov – 4 dec'. */
  dateRange(range: DateRange): string;
  /** '15:00–16:30'. */
  timeRange(start: string, end: string): string;
  /** 'woensdag' / 'Wednesday'. */
  weekday(day: Weekday): string;
  /** 'ma, wo en vr' / 'Mon, Wed and Fri', in week order; all seven: 'elke dag'. */
  weekdays(days: readonly Weekday[]): string;
  /** 'ma en wo 15:00–16:30'. */
  slot(slot: WeeklySlot): string;
  /** 'ma en wo 15:00–16:30; vr 14:00–15:00': every slot of a schedule, in its order. */
  schedule(slots: readonly WeeklySlot[]): string;
  /** '6 tot 12 jaar' / '6 to 12 years'. */
  ageRange(range: AgeRange): string;
  /** '€ 2,50' / '€2.50'. */
  money(amount: number): string;
  /** 'Gratis' or '€ 2,50', with the publisher's note in brackets ('€ 1 (per keer)'). */
  cost(cost: Cost | undefined): string;
  /** '3 uur geleden' / '3 hours ago'; 'nu' within a minute. */
  relativeTime(then: Date | string, now: Date): string;
  /** '850 m', '1,2 km', '12 km' (no-break space before the unit). */
  distance(metres: number): string;
  /** '1.234' / '1,234'; `fractionDigits` at most (default 0). */
  number(value: number, fractionDigits?: number): string;
  /** 'ma, wo en vr' for any list of words; with 'or': 'ma, wo of vr'. */
  list(items: readonly string[], joiner?: 'and' | 'or'): string;
}

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Feed dates are local calendar days; `new Date('2026-11-23')` would be UTC midnight. */
function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
}

const RELATIVE_STEPS: readonly { unit: Intl.RelativeTimeFormatUnit; seconds: number; below: number }[] = [
  { unit: 'minute', seconds: 60, below: 60 * 60 },
  { unit: 'hour', seconds: 60 * 60, below: 24 * 60 * 60 },
  { unit: 'day', seconds: 24 * 60 * 60, below: 30 * 24 * 60 * 60 },
  { unit: 'month', seconds: 30 * 24 * 60 * 60, below: 365 * 24 * 60 * 60 },
  { unit: 'year', seconds: 365 * 24 * 60 * 60, below: Infinity },
];

export function createFormatter(lang: Lang): Formatter {
  const locale = LOCALES[lang];
  const m = loadedCatalogue(lang) ?? nl; // the widget loads a language before it formats in it
  // Each made when first used: building them all took 25 ms of a first visit's first render.
  const longDate = once(() => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }));
  const longDateYear = once(() => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }));
  const shortDate = once(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }));
  const clock = once(() => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
  const and = once(() => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }));
  const or = once(() => new Intl.ListFormat(locale, { type: 'disjunction', style: 'long' }));
  const euro = once(() => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }));
  const relative = once(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const numbers = new Map<number, Intl.NumberFormat>();
  const number = (value: number, fractionDigits = 0): string => {
    let format = numbers.get(fractionDigits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits });
      numbers.set(fractionDigits, format);
    }
    return format.format(value);
  };
  // Dutch abbreviations carry a full stop in Intl ("23 nov."); on a small card it is noise.
  const short = (value: Date | string): string => shortDate().format(toDate(value)).replace('.', '');

  const weekdays = (days: readonly Weekday[]): string => {
    const ordered = Weekday.options.filter((day) => days.includes(day));
    return ordered.length === 7 ? m.days.everyDay : and().format(ordered.map((day) => m.days.short[day]));
  };
  const timeRange = (start: string, end: string): string => `${start}–${end}`;
  const slot = (s: WeeklySlot): string => `${weekdays(s.byDay)} ${timeRange(s.startTime, s.endTime)}`;

  return {
    date: (day, options) => (options?.withYear ? longDateYear() : longDate()).format(toDate(day)),
    shortDate: short,
    time: (moment) => clock().format(moment),
    dateTime: (moment) => `${longDate().format(moment)}, ${clock().format(moment)}`,
    dateRange: (range) =>
      range.startDate === range.endDate ? short(range.startDate) : `${short(range.startDate)} – ${short(range.endDate)}`,
    timeRange,
    weekday: (day) => m.days.long[day],
    weekdays,
    slot,
    schedule: (slots) => slots.map(slot).join('; '),
    ageRange: (range) => (range.min === range.max ? m.age.single(range.min) : m.age.range(range.min, range.max)),
    money: (amount) => euro().format(amount),
    cost: (cost) => {
      if (!cost) return m.cost.unknown;
      const base = cost.free ? m.cost.free : cost.amount !== undefined ? euro().format(cost.amount) : m.cost.paid;
      if (!cost.note) return base;
      // Each fact once: a note that already says "gratis" or names a price replaces the base.
      return noteRepeatsCost(cost.note, cost.free) ? capitalise(cost.note) : `${base} (${cost.note})`;
    },
    relativeTime: (then, now) => {
      const seconds = (toDate(then).getTime() - now.getTime()) / 1000;
      const step = RELATIVE_STEPS.find((s) => Math.abs(seconds) < s.below) ?? RELATIVE_STEPS[RELATIVE_STEPS.length - 1];
      if (Math.abs(seconds) < 60) return relative().format(0, 'second');
      return relative().format(Math.round(seconds / step.seconds), step.unit);
    },
    distance: (metres) => {
      // Round to 10 m: finer is false precision for a walk; "0 m" would read as an error.
      const rounded = Math.max(10, Math.round(metres / 10) * 10);
      if (rounded < 1000) return m.distance.metres(number(rounded));
      const km = metres / 1000;
      return m.distance.kilometres(number(km, km < 10 ? 1 : 0));
    },
    number,
    list: (items, joiner = 'and') => (joiner === 'or' ? or : and)().format(items),
  };
}

/** Words that say "free" in the feed's notes (Dutch or English, any case). */
const FREE_WORDS = /\b(gratis|kosteloos|free)\b/i;
/** A price in a note: a euro sign, or a number with "euro". */
const PRICE = /€|\beuro\b|\beur\b/i;

function noteRepeatsCost(note: string, free: boolean): boolean {
  return free ? FREE_WORDS.test(note) : PRICE.test(note);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

/** `make()` on the first call, the same value after. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
