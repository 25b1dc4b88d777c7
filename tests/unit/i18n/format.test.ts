import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../lib/i18n';

const nl = createFormatter('nl');
const en = createFormatter('en');
/** Intl and the distance texts keep a number and its unit together with a no-break space. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('createFormatter', () => {
  it('writes dates with the day name', () => {
    expect(nl.date('2026-11-23')).toBe('maandag 23 november');
    expect(en.date('2026-11-23')).toBe('Monday 23 November');
    expect(nl.date(new Date(2026, 10, 23), { withYear: true })).toBe('maandag 23 november 2026');
  });

  it('writes short dates and date ranges', () => {
    expect(nl.shortDate('2026-11-23')).toBe('23 nov');
    expect(en.shortDate('2026-11-23')).toBe('23 Nov');
    expect(nl.dateRange({ startDate: '2026-12-19', endDate: '2027-01-03' })).toBe('19 dec – 3 jan');
  });

  it('writes times and time ranges in 24 hours', () => {
    expect(nl.timeRange('15:00', '16:30')).toBe('15:00–16:30');
    expect(en.time(new Date(2026, 10, 23, 15, 5))).toBe('15:05');
    expect(nl.dateTime(new Date(2026, 10, 23, 15, 0))).toBe('maandag 23 november, 15:00');
  });

  it('lists weekdays in week order, joined the way each language does', () => {
    expect(nl.weekdays(['FR', 'MO', 'WE'])).toBe('ma, wo en vr');
    expect(en.weekdays(['MO', 'WE', 'FR'])).toBe('Mon, Wed and Fri');
    expect(nl.weekdays(['TU'])).toBe('di');
    expect(nl.weekdays(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])).toBe('elke dag');
    expect(nl.slot({ byDay: ['MO', 'WE'], startTime: '15:00', endTime: '17:00' })).toBe('ma en wo 15:00–17:00');
    expect(en.weekday('WE')).toBe('Wednesday');
  });

  it('writes a whole schedule, slot after slot', () => {
    expect(nl.schedule([
      { byDay: ['MO', 'WE'], startTime: '15:00', endTime: '16:30' },
      { byDay: ['FR'], startTime: '14:00', endTime: '15:00' },
    ])).toBe('ma en wo 15:00–16:30; vr 14:00–15:00');
    expect(en.schedule([])).toBe('');
  });

  it('writes ages', () => {
    expect(nl.ageRange({ min: 6, max: 12 })).toBe('6 tot 12 jaar');
    expect(en.ageRange({ min: 6, max: 12 })).toBe('6 to 12 years');
    expect(nl.ageRange({ min: 8, max: 8 })).toBe('8 jaar');
  });

  it('writes money and cost, free first', () => {
    expect(nl.money(2.5)).toBe('€\u00a02,50');
    expect(en.money(2.5)).toBe('€2.50');
    expect(nl.cost({ free: true })).toBe('Gratis');
    expect(en.cost({ free: true })).toBe('Free');
    expect(plain(nl.cost({ free: false, amount: 1, note: 'per keer' }))).toBe('€ 1,00 (per keer)');
    expect(nl.cost({ free: false })).toBe('Niet gratis');
    expect(nl.cost(undefined)).toBe('Kosten onbekend');
  });

  it('says each cost fact once when the note repeats it', () => {
    expect(nl.cost({ free: true, note: 'Gratis, ook het eten.' })).toBe('Gratis, ook het eten.');
    expect(nl.cost({ free: true, note: 'ook het eten is gratis' })).toBe('Ook het eten is gratis');
    expect(plain(nl.cost({ free: false, amount: 1, note: '€ 1,- per keer' }))).toBe('€ 1,- per keer');
    expect(plain(nl.cost({ free: false, amount: 2, note: '2 euro per maand' }))).toBe('2 euro per maand');
    expect(nl.cost({ free: true, note: 'ook het eten' })).toBe('Gratis (ook het eten)');
  });

  it('says how old the data is', () => {
    const now = new Date(2026, 10, 23, 12, 0);
    expect(nl.relativeTime(new Date(2026, 10, 23, 9, 0), now)).toBe('3 uur geleden');
    expect(en.relativeTime(new Date(2026, 10, 23, 9, 0), now)).toBe('3 hours ago');
    expect(nl.relativeTime(new Date(2026, 10, 23, 11, 59, 30), now)).toBe('nu');
    expect(nl.relativeTime(new Date(2026, 10, 22, 12, 0), now)).toBe('gisteren');
    expect(en.relativeTime(new Date(2026, 10, 23, 11, 55), now)).toBe('5 minutes ago');
  });

  it('writes distances in metres near by and kilometres further away', () => {
    expect(plain(nl.distance(847))).toBe('850 m');
    expect(plain(nl.distance(1240))).toBe('1,2 km');
    expect(plain(en.distance(1240))).toBe('1.2 km');
    expect(plain(nl.distance(12_400))).toBe('12 km');
    expect(plain(nl.distance(3))).toBe('10 m');
  });

  it('writes numbers the local way', () => {
    expect(nl.number(1234)).toBe('1.234');
    expect(en.number(1234)).toBe('1,234');
    expect(nl.number(7.777, 1)).toBe('7,8');
  });

  it('joins a list with "and" or, when asked, with "or"', () => {
    expect(nl.list(['de school', 'de GGD', 'het wijkteam'])).toBe('de school, de GGD en het wijkteam');
    expect(nl.list(['een link', 'een telefoonnummer'], 'or')).toBe('een link of een telefoonnummer');
    expect(en.list(['a link', 'a phone number', 'an email address'], 'or')).toBe('a link, a phone number or an email address');
  });
});
