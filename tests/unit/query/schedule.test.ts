import { describe, expect, it } from 'vitest';
import { isOver, nextOccurrence, runsThisWeek } from '../../../lib/query';
import { makeTown, NOW } from './fixture';

const activity = (id: string) => {
  const found = makeTown().activities.find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id} in the fixture`);
  return found;
};

describe('nextOccurrence', () => {
  it('is later today when the session has not ended yet', () => {
    expect(nextOccurrence(activity('act-voetbal'), NOW)).toEqual({
      start: new Date(2026, 10, 25, 14, 0), end: new Date(2026, 10, 25, 15, 30),
    });
  });

  it('counts a session that is running now', () => {
    expect(nextOccurrence(activity('act-voetbal'), new Date(2026, 10, 25, 15, 0))?.start).toEqual(new Date(2026, 10, 25, 14, 0));
  });

  it('moves to next week once today\'s session is over', () => {
    expect(nextOccurrence(activity('act-voetbal'), new Date(2026, 10, 25, 16, 0))?.start).toEqual(new Date(2026, 11, 2, 14, 0));
  });

  it('waits for a holiday programme to start: its first weekday', () => {
    // 19 December is a Saturday; the first session is Monday 21 December.
    expect(nextOccurrence(activity('act-kerst'), NOW)?.start).toEqual(new Date(2026, 11, 21, 10, 0));
  });

  it('is undefined when the programme is over', () => {
    expect(nextOccurrence(activity('act-herfst'), NOW)).toBeUndefined();
  });
});

describe('runsThisWeek and isOver', () => {
  it('treats an activity without a date range as weekly', () => {
    expect(runsThisWeek(activity('act-voetbal'), NOW)).toBe(true);
  });

  it('looks at the whole Monday–Sunday week of now', () => {
    expect(runsThisWeek(activity('act-kerst'), new Date(2027, 0, 3, 12, 0))).toBe(true); // Sunday; sessions were Mon–Fri
    expect(runsThisWeek(activity('act-kerst'), NOW)).toBe(false);
  });

  it('calls a programme over only after its last day', () => {
    expect(isOver(activity('act-herfst'), new Date(2026, 9, 25, 23, 0))).toBe(false);
    expect(isOver(activity('act-herfst'), new Date(2026, 9, 26, 0, 1))).toBe(true);
    expect(isOver(activity('act-voetbal'), NOW)).toBe(false);
  });
});
