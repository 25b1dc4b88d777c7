/**
 * The latest refresh failed, so the cached copy is on screen: tell the user
 * how old it is ("Geen verbinding. Je ziet gegevens van …").
 */
import { useFormat, useText } from '../AppContext';

export function StaleNotice({ fetchedAt }: { fetchedAt: string }) {
  const text = useText();
  const format = useFormat();
  const when = new Date(fetchedAt);
  const date = Number.isNaN(when.getTime()) ? fetchedAt : `${format.date(when, { withYear: true })}, ${format.time(when)}`;
  return (
    <p class="kwk-notice kwk-notice--warning" role="status">
      <strong>{text.status.staleTitle}</strong> {text.status.showingOldData(date)}
    </p>
  );
}
