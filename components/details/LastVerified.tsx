/** "Gecontroleerd op …": how fresh a record is, so a reader can judge it. */
import { useFormat, useText } from '../AppContext';

export function LastVerified({ date }: { date: string }) {
  const text = useText();
  const format = useFormat();
  return <p class="kwk-details__verified">{text.details.lastVerified(format.date(date, { withYear: true }))}</p>;
}
