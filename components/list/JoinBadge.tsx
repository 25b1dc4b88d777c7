/**
 * How a child joins, at a glance: Binnenlopen, Aanmelden or Verwijzing. The
 * colour is a second cue only; the word carries the meaning.
 */
import type { JoinMethod } from '../../lib/feed/schema';
import { useText } from '../AppContext';

export function JoinBadge({ method }: { method: JoinMethod }) {
  const text = useText();
  return (
    <span class={`kwk-badge kwk-badge--${method}`} title={text.join[method]}>
      {text.joinShort[method]}
    </span>
  );
}
