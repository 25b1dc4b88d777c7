/**
 * "Bij mij in de buurt": opt-in geolocation. The browser is asked for a position
 * only when the user presses the button, never on load. On success the criteria
 * get `near`, which sorts the list by distance; pressing again switches it off.
 */
import { useId, useState } from 'preact/hooks';
import { useApp, useText } from '../AppContext';
import { withCriteria } from './with-criteria';

type Phase = 'idle' | 'locating' | 'denied' | 'unavailable';

const PERMISSION_DENIED = 1;

export function NearMeButton() {
  const app = useApp();
  const text = useText();
  const hintId = useId();
  const [phase, setPhase] = useState<Phase>('idle');
  const on = app.criteria.value.near !== undefined;

  const locate = () => {
    if (on) {
      app.criteria.value = withCriteria(app.criteria.value, { near: undefined });
      return;
    }
    const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geolocation) return setPhase('unavailable');
    setPhase('locating');
    geolocation.getCurrentPosition(
      (position) => {
        setPhase('idle');
        const near = { lat: position.coords.latitude, lon: position.coords.longitude };
        app.criteria.value = withCriteria(app.criteria.value, { near });
      },
      (error) => setPhase(error.code === PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 5 * 60_000 },
    );
  };

  const message =
    phase === 'locating' ? text.filters.locating
      : phase === 'denied' ? text.filters.locationDenied
        : phase === 'unavailable' ? text.filters.locationUnavailable
          : '';

  return (
    <div class="kwk-near">
      <button
        type="button"
        class={`kwk-button kwk-button--secondary kwk-near__button${on ? ' kwk-near__button--on' : ''}`}
        aria-pressed={on}
        aria-describedby={hintId}
        disabled={phase === 'locating'}
        onClick={locate}
      >
        <span aria-hidden="true" class="kwk-near__icon">◎</span>
        {text.filters.nearMe}
      </button>
      <p id={hintId} class="kwk-near__hint">
        {on ? text.list.sortedByDistance : text.filters.nearMeExplained}
      </p>
      <p role="status" class={`kwk-near__message${phase === 'denied' || phase === 'unavailable' ? ' kwk-near__message--error' : ''}`}>
        {message}
      </p>
    </div>
  );
}
