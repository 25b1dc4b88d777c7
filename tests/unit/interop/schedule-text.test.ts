import { describe, expect, it } from 'vitest';
import type { Weekday, WeeklySlot } from '../../../lib/feed/schema';
import { parseDays, parseScheduleText } from '../../../lib/interop/schedule-text';

const slot = (byDay: Weekday[], startTime: string, endTime: string): WeeklySlot => ({ byDay, startTime, endTime });

describe('parseScheduleText', () => {
  it.each([
    ['ma, wo 15:00-16:30', [slot(['MO', 'WE'], '15:00', '16:30')]],
    ['di en do 15.30 - 17.00 uur', [slot(['TU', 'TH'], '15:30', '17:00')]],
    ['maandag t/m vrijdag 14:30-18:00', [slot(['MO', 'TU', 'WE', 'TH', 'FR'], '14:30', '18:00')]],
    ['ma-vr 14:30-18:00', [slot(['MO', 'TU', 'WE', 'TH', 'FR'], '14:30', '18:00')]],
    ['maandag tot en met woensdag 9:00-12:00', [slot(['MO', 'TU', 'WE'], '09:00', '12:00')]],
    ['woensdagmiddag 13:00 tot 15:00', [slot(['WE'], '13:00', '15:00')]],
    ['za 10-12 uur', [slot(['SA'], '10:00', '12:00')]],
    ['ma 15u30-17u', [slot(['MO'], '15:30', '17:00')]],
    ['Mon, Wed 15:00-16:30', [slot(['MO', 'WE'], '15:00', '16:30')]],
    ['werkdagen 14:00-18:00', [slot(['MO', 'TU', 'WE', 'TH', 'FR'], '14:00', '18:00')]],
    ['weekend 10:00-12:00', [slot(['SA', 'SU'], '10:00', '12:00')]],
    ['vr t/m ma 10:00-11:00', [slot(['MO', 'FR', 'SA', 'SU'], '10:00', '11:00')]],
  ])('reads "%s"', (text, slots) => {
    expect(parseScheduleText(text)).toEqual({ slots, problems: [] });
  });

  it('reads several slots separated by ";" or a line break', () => {
    expect(parseScheduleText('ma 15:00-16:00; wo 14:00-15:30\nvr 13:00-14:00').slots).toEqual([
      slot(['MO'], '15:00', '16:00'),
      slot(['WE'], '14:00', '15:30'),
      slot(['FR'], '13:00', '14:00'),
    ]);
  });

  it('gives a time range without days of its own the days named before it', () => {
    expect(parseScheduleText('ma 10:00-12:00 en 13:00-15:00').slots).toEqual([
      slot(['MO'], '10:00', '12:00'),
      slot(['MO'], '13:00', '15:00'),
    ]);
  });

  it('joins slots with the same times into one, days in week order', () => {
    expect(parseScheduleText('wo 15:00-16:30; ma 15:00-16:30').slots).toEqual([slot(['MO', 'WE'], '15:00', '16:30')]);
  });

  it.each([
    ['', 'empty; write days and times like "ma, wo 15:00-16:30"'],
    ['maandag', 'no time found in "maandag"; write days and times like "ma, wo 15:00-16:30"'],
    ['15:00-16:00', '"15:00-16:00" has no days; put the days before the time, e.g. "ma, wo 15:00-16:30"'],
    ['ma 17:00-16:00', '"17:00-16:00" ends before it starts; write the start time first, e.g. 15:00-16:30'],
    ['ma 25:00-26:00', '"25:00-26:00" is not a time range; write it as 15:00-16:30 (24 hours)'],
    ['xx 10:00-11:00', '"xx" is not a day; write days as ma, di, wo, do, vr, za, zo (or maandag ... zondag)'],
    ['t/m vr 10:00-11:00', '"t/m" needs a day on both sides, e.g. "ma t/m vr"'],
    ['ma 15:00-16:00 wo', '"wo" after the last time is not understood; put days before their time, e.g. "ma 15:00-16:00; wo 14:00-15:00"'],
  ])('explains what is wrong with "%s"', (text, problem) => {
    expect(parseScheduleText(text).problems).toEqual([problem]);
  });
});

describe('parseDays', () => {
  it('reads day lists on their own', () => {
    expect(parseDays('ma, wo en vr')).toEqual({ days: ['MO', 'WE', 'FR'], problems: [] });
  });
});
