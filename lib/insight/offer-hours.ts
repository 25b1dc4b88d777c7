/**
 * Hours of activity per week that an activity offers in one buurt: the length of
 * every weekly slot times the days it runs there. A play bus with `visits` is in a
 * buurt only on the days it visits it; a holiday programme has no weekly hours.
 *
 *   hoursPerWeekIn(voetbal, 'BU00340202', 'BU00340202'); // 1.5 (Wednesday 15:00–16:30)
 *   hoursPerWeekIn(speelbus, 'BU00340204');               // 2 (only its Tuesday visit there)
 */
import type { Activity, Weekday } from '../feed/schema';

/** `HH:MM` (already checked by the schema) in minutes after midnight. */
const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The days the activity is in `buurtCode`, or undefined for every day of its schedule. */
function daysIn(activity: Activity, buurtCode: string, locationBuurt: string | undefined): ReadonlySet<Weekday> | undefined {
  if (!activity.visits?.length || buurtCode === locationBuurt) return undefined;
  const days = new Set<Weekday>();
  let visited = false;
  for (const visit of activity.visits) {
    if (visit.buurtCode !== buurtCode) continue;
    visited = true;
    for (const day of visit.byDay) days.add(day);
  }
  // A served buurt without a visit of its own has no days given: every day counts there (as in lib/query/visits.ts).
  return visited ? days : undefined;
}

export function hoursPerWeekIn(activity: Activity, buurtCode: string, locationBuurt?: string): number {
  if (activity.programme === 'holiday') return 0;
  const days = daysIn(activity, buurtCode, locationBuurt);
  let minutes = 0;
  for (const slot of activity.schedule) {
    const dayCount = days ? slot.byDay.filter((day) => days.has(day)).length : slot.byDay.length;
    minutes += (minutesOf(slot.endTime) - minutesOf(slot.startTime)) * dayCount;
  }
  return minutes / 60;
}
