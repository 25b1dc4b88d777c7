import { describe, expect, it } from 'vitest';
import { isOver, nextOccurrence, runsInComingWeek, sessionsWithin } from '../../../lib/query';
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

describe('runsInComingWeek and isOver', () => {
  it('treats an activity without a date range as weekly', () => {
    expect(runsInComingWeek(activity('act-voetbal'), NOW)).toBe(true);
  });

  it('looks at today and the six days after, not at the Monday–Sunday week', () => {
    // Sunday 3 January, the programme's last day: its sessions were Monday to Friday, so nothing is left.
    expect(runsInComingWeek(activity('act-kerst'), new Date(2027, 0, 3, 12, 0))).toBe(false);
    // Tuesday 15 December: the programme starts on Saturday the 19th, its first session is Monday the 21st.
    expect(runsInComingWeek(activity('act-kerst'), new Date(2026, 11, 15, 9, 0))).toBe(true);
    expect(runsInComingWeek(activity('act-kerst'), NOW)).toBe(false);
  });

  it('calls a programme over only after its last day', () => {
    expect(isOver(activity('act-herfst'), new Date(2026, 9, 25, 23, 0))).toBe(false);
    expect(isOver(activity('act-herfst'), new Date(2026, 9, 26, 0, 1))).toBe(true);
    expect(isOver(activity('act-voetbal'), NOW)).toBe(false);
  });
});

describe('sessionsWithin', () => {
  it('gives each session in the coming 7 × 24 hours with its date, none that is over', () => {
    // Saturday 28 November: Monday to Friday of that week are past.
    const saturday = new Date(2026, 10, 28, 10, 0);
    expect(sessionsWithin(activity('act-bus'), saturday, 7)).toEqual([
      { start: new Date(2026, 10, 30, 15, 0), end: new Date(2026, 10, 30, 17, 0) },
      { start: new Date(2026, 11, 2, 15, 0), end: new Date(2026, 11, 2, 17, 0) },
    ]);
  });

  it('keeps a weekly activity once, even after its session today has ended', () => {
    const afterVoetbal = new Date(2026, 10, 25, 16, 0);
    expect(sessionsWithin(activity('act-voetbal'), afterVoetbal, 7)).toEqual([
      { start: new Date(2026, 11, 2, 14, 0), end: new Date(2026, 11, 2, 15, 30) },
    ]);
  });

  it('narrows the slots to the given days', () => {
    const saturday = new Date(2026, 10, 28, 10, 0);
    expect(sessionsWithin(activity('act-bus'), saturday, 7, ['WE']).map((s) => s.start)).toEqual([new Date(2026, 11, 2, 15, 0)]);
  });

  it('stays inside the date range of a programme', () => {
    // Thursday 31 December: the programme ends on Sunday 3 January, so only Thursday and Friday are left.
    const sessions = sessionsWithin(activity('act-kerst'), new Date(2026, 11, 31, 9, 0), 7);
    expect(sessions.map((s) => s.start.getDate())).toEqual([31, 1]);
  });
});
