/**
 * What the list shows while the feed loads: a few grey placeholder cards and a
 * spoken "loading", so the space is never an empty box.
 */
import { useText } from '../AppContext';

const PLACEHOLDERS = 3;

export function LoadingList() {
  const text = useText();
  return (
    <div class="kwk-loading" aria-busy="true">
      <p role="status" class="kwk-loading__text">
        {text.status.loadingFeed}
      </p>
      <ul class="kwk-loading__cards" aria-hidden="true">
        {Array.from({ length: PLACEHOLDERS }, (_, i) => (
          <li key={i} class="kwk-skeleton">
            <span class="kwk-skeleton__line kwk-skeleton__line--title" />
            <span class="kwk-skeleton__line" />
            <span class="kwk-skeleton__line kwk-skeleton__line--short" />
          </li>
        ))}
      </ul>
    </div>
  );
}
