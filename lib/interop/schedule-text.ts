/**
 * Reads days and times the way people write them in a spreadsheet, in Dutch or
 * English, into weekly slots of the feed.
 *
 *   parseScheduleText('ma, wo 15:00-16:30');
 *   // { slots: [{ byDay: ['MO', 'WE'], startTime: '15:00', endTime: '16:30' }], problems: [] }
 *   parseScheduleText('di en do 15.30 - 17.00 uur; vr 14:00 tot 15:00');
 *   parseScheduleText('maandag t/m vrijdag 14:30-18:00');
 *
 * Several slots are separated by `;` or a line break; a time range without days
 * of its own ("ma 10:00-12:00 en 13:00-15:00") uses the days named before it.
 */
import { Weekday, type WeeklySlot } from '../feed/schema';
import { quoted } from './dutch-values';

const WEEK = Weekday.options;

export interface ScheduleTextResult {
  slots: WeeklySlot[];
  /** Plain-English reasons, each saying how to write it instead. */
  problems: string[];
}

const DAY_WORDS: ReadonlyArray<readonly [Weekday, readonly string[]]> = [
  ['MO', ['maandag', 'ma', 'monday', 'mon', 'mo']],
  ['TU', ['dinsdag', 'di', 'tuesday', 'tue', 'tu']],
  ['WE', ['woensdag', 'wo', 'wednesday', 'wed', 'we']],
  ['TH', ['donderdag', 'do', 'thursday', 'thu', 'th']],
  ['FR', ['vrijdag', 'vr', 'friday', 'fri', 'fr']],
  ['SA', ['zaterdag', 'za', 'saturday', 'sat', 'sa']],
  ['SU', ['zondag', 'zo', 'sunday', 'sun', 'su']],
];

/** Words for several days. A Map, so a word like "constructor" is no group. */
const DAY_GROUPS: ReadonlyMap<string, readonly Weekday[]> = new Map([
  ['werkdagen', ['MO', 'TU', 'WE', 'TH', 'FR']],
  ['doordeweeks', ['MO', 'TU', 'WE', 'TH', 'FR']],
  ['weekdays', ['MO', 'TU', 'WE', 'TH', 'FR']],
  ['weekend', ['SA', 'SU']],
  ['dagelijks', WEEK],
  ['daily', WEEK],
]);

/** Parts of the day people add to a day name: "woensdagmiddag", "zaterdagochtend", "maandags". */
const DAY_SUFFIXES = /(middag|ochtend|morgen|avond|s)$/;

/** Words that carry no meaning for the schedule. */
const FILLER = new Set(['en', 'and', 'op', 'on', 'elke', 'iedere', 'every', 'van', 'from', 'uur', 'u', 'h', '&', '+']);

const HOUR_MINUTE = String.raw`(\d{1,2})(?:\s*[:.u]\s*(\d{2}))?`;
const TIME_RANGE = new RegExp(
  String.raw`${HOUR_MINUTE}\s*(?:uur|u|h)?\s*(?:-|–|—|tot|to|until|t\/m)\s*${HOUR_MINUTE}\s*(?:uur|u|h)?(?![\d])`,
  'gi',
);

function dayFromWord(word: string): Weekday | undefined {
  const bare = word.replace(/\.$/, '');
  for (const candidate of [bare, bare.replace(DAY_SUFFIXES, '')]) {
    for (const [day, names] of DAY_WORDS) if (names.includes(candidate)) return day;
  }
  return undefined;
}

function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const start = WEEK.indexOf(from);
  const end = WEEK.indexOf(to);
  return start <= end ? WEEK.slice(start, end + 1) : [...WEEK.slice(start), ...WEEK.slice(0, end + 1)];
}

/** Stands for "t/m", "tot en met" and "-" between days while splitting words ("t/m" holds a "/"). */
const RANGE_MARK = '\u2192';

/** Reads a day list like "ma, wo en vr", "maandag t/m vrijdag", "ma-vr" or "werkdagen". */
export function parseDays(text: string): { days: Weekday[]; problems: string[] } {
  // One space for every run of white space first: with runs of any length, "\s*-\s*" would backtrack quadratically.
  const normalized = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/tot\s+en\s+met|through|t\/m|\s*[-–—]\s*/g, ' \u2192 ')
    .replace(/elke\s+dag|every\s+day/g, ' dagelijks ');
  const words = normalized.split(/[\s,/]+/).filter((word) => word !== '' && !FILLER.has(word.replace(/\.$/, '')));
  const days: Weekday[] = [];
  const problems: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === RANGE_MARK) {
      const from = days[days.length - 1];
      const to = words[i + 1] ? dayFromWord(words[i + 1]) : undefined;
      if (!from || !to) {
        problems.push(`"t/m" needs a day on both sides, e.g. "ma t/m vr"`);
        continue;
      }
      days.push(...dayRange(from, to).slice(1));
      i++;
      continue;
    }
    const group = DAY_GROUPS.get(word);
    if (group) {
      days.push(...group);
      continue;
    }
    const day = dayFromWord(word);
    if (day) days.push(day);
    else problems.push(`${quoted(word)} is not a day; write days as ma, di, wo, do, vr, za, zo (or maandag ... zondag)`);
  }
  return { days: WEEK.filter((day) => days.includes(day)), problems };
}

const pad = (n: number) => String(n).padStart(2, '0');

function readTime(hours: string, minutes: string | undefined): string | undefined {
  const h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (h > 23 || m > 59) return undefined;
  return `${pad(h)}:${pad(m)}`;
}

/** One `;`-separated part: day lists each followed by one or more time ranges. */
function parsePart(part: string, problems: string[]): WeeklySlot[] {
  const slots: WeeklySlot[] = [];
  let days: Weekday[] = [];
  let daysUnreadable = false;
  let rest = 0;
  for (const match of part.matchAll(TIME_RANGE)) {
    const before = part.slice(rest, match.index);
    rest = (match.index ?? 0) + match[0].length;
    if (before.trim().replace(/[,\s]|\ben\b|\band\b/g, '') !== '') {
      const parsed = parseDays(before);
      problems.push(...parsed.problems);
      days = parsed.days;
      daysUnreadable = parsed.problems.length > 0;
    }
    const startTime = readTime(match[1], match[2]);
    const endTime = readTime(match[3], match[4]);
    if (!startTime || !endTime) {
      problems.push(`${quoted(match[0].trim())} is not a time range; write it as 15:00-16:30 (24 hours)`);
      continue;
    }
    if (startTime >= endTime) {
      problems.push(`${quoted(match[0].trim())} ends before it starts; write the start time first, e.g. 15:00-16:30`);
      continue;
    }
    if (days.length === 0) {
      if (!daysUnreadable) problems.push(`${quoted(match[0].trim())} has no days; put the days before the time, e.g. "ma, wo 15:00-16:30"`);
      continue;
    }
    slots.push({ byDay: days, startTime, endTime });
  }
  const trailing = part.slice(rest).trim();
  if (rest === 0) {
    problems.push(`no time found in ${quoted(part.trim())}; write days and times like "ma, wo 15:00-16:30"`);
  } else if (trailing.replace(/[.,\s]|\buur\b/g, '') !== '') {
    problems.push(`${quoted(trailing)} after the last time is not understood; put days before their time, e.g. "ma 15:00-16:00; wo 14:00-15:00"`);
  }
  return slots;
}

/** Slots with the same times become one slot with all their days, in week order. */
function mergeSameTimes(slots: WeeklySlot[]): WeeklySlot[] {
  const byTime = new Map<string, WeeklySlot>();
  for (const slot of slots) {
    const key = `${slot.startTime}-${slot.endTime}`;
    const existing = byTime.get(key);
    if (existing) existing.byDay = WEEK.filter((d) => existing.byDay.includes(d) || slot.byDay.includes(d));
    else byTime.set(key, { ...slot, byDay: [...slot.byDay] });
  }
  return [...byTime.values()];
}

export function parseScheduleText(text: string): ScheduleTextResult {
  const problems: string[] = [];
  // One space for every run of white space, so the time pattern's "\s*" never has more than one to try.
  const parts = text.split(/[;\n]/).map((part) => part.replace(/\s+/g, ' ')).filter((part) => part.trim() !== '');
  if (parts.length === 0) return { slots: [], problems: ['empty; write days and times like "ma, wo 15:00-16:30"'] };
  const slots = parts.flatMap((part) => parsePart(part, problems));
  return { slots: mergeSameTimes(slots), problems };
}
