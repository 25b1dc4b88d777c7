/** Days and times, one line per weekly slot ("ma en wo 15:00–16:30"), plus the period when it has one. */
import type { DateRange, WeeklySlot } from '../../lib/feed/schema';
import { useFormat, useText } from '../AppContext';

export function Schedule({ schedule, dateRange }: { schedule: readonly WeeklySlot[]; dateRange?: DateRange }) {
  const format = useFormat();
  const text = useText();
  return (
    <>
      <ul class="kwk-plain-list">
        {schedule.map((slot, i) => (
          <li key={i}>{format.slot(slot)}</li>
        ))}
      </ul>
      {dateRange && (
        <p>{text.details.runsFromTo(format.date(dateRange.startDate), format.date(dateRange.endDate, { withYear: true }))}</p>
      )}
    </>
  );
}
