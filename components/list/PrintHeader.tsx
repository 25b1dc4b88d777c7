/**
 * Only on paper: a title with the place and the date, the chosen filters, and where
 * the data comes from, so a printed list still makes sense a week later on the fridge.
 */
import { useApp, useFormat, useText } from '../AppContext';
import { areaName } from './area-name';
import { describeFilters } from './print-filters';

export function PrintHeader() {
  const app = useApp();
  const text = useText();
  const format = useFormat();
  const feed = app.feed.value;
  if (feed.phase !== 'ready' && feed.phase !== 'stale') return null;
  const area = app.criteria.value.area;
  const place = area ? areaName(app.index.value, area) : feed.data.meta.municipality.name;
  const today = format.date(app.now.value, { withYear: true });
  const filters = describeFilters(app.criteria.value, text, format);
  return (
    <div class="kwk-print-only kwk-print-header">
      <p class="kwk-print-header__title">{text.list.printTitle(place, today)}</p>
      {filters.length > 0 && <p>{text.list.printFilters(format.list(filters))}</p>}
      <p>{text.list.printSource(feed.data.meta.publisher.name, format.date(feed.fetchedAt, { withYear: true }))}</p>
    </div>
  );
}
