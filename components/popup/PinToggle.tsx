/** "Mijn buurt": pins the buurt shown, so it is one tap away at the top of the popup next time. */
import { useText } from '../AppContext';

export function PinToggle({ pinned, onToggle }: { pinned: boolean; onToggle(): void }) {
  const text = useText().extension;
  return (
    <button type="button" class="kwk-button kwk-button--secondary kwk-pin" aria-pressed={pinned} onClick={onToggle}>
      <span aria-hidden="true" class="kwk-pin__star">{pinned ? '★' : '☆'}</span> {text.pinArea}
    </button>
  );
}
