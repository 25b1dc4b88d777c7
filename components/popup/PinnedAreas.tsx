/**
 * The buurten a kinderwerker pinned, as one-tap buttons at the top of the popup.
 * A pinned code no feed knows any more (a feed removed) is left out, not shown as a code.
 */
import { useId } from 'preact/hooks';
import { useText } from '../AppContext';
import { areaByCode, type FeedAreaMatch, type PopupFeed } from './search-feeds';

export interface PinnedAreasProps {
  feeds: readonly PopupFeed[];
  pinned: readonly string[];
  /** The buurt or wijk shown now. */
  current?: string;
  onChoose(match: FeedAreaMatch): void;
}

export function PinnedAreas({ feeds, pinned, current, onChoose }: PinnedAreasProps) {
  const text = useText().extension;
  const id = useId();
  const matches = pinned.flatMap((code) => areaByCode(feeds, code) ?? []);
  if (!matches.length) return null;
  return (
    <nav class="kwk-pinned" aria-labelledby={id}>
      <span id={id} class="kwk-pinned__label">{text.pinnedAreas}</span>
      <ul class="kwk-pinned__list">
        {matches.map((match) => (
          <li key={match.code}>
            <button
              type="button"
              class="kwk-button kwk-button--secondary kwk-pinned__button"
              aria-current={match.code === current ? 'true' : undefined}
              onClick={() => onChoose(match)}
            >
              {match.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
