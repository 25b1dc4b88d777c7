/**
 * The credit lines the map must show: the map library, the tiles and the
 * boundaries (Kadaster / CBS). Plain text: the boundary credit comes from the
 * feed, and Leaflet's own attribution control would insert it as HTML.
 *
 *   <MapAttribution parts={['Leaflet', 'Kaart: Kadaster']} tilesFailed={false} />
 */
import { useText } from '../AppContext';

export function MapAttribution({ parts, tilesFailed }: { parts: readonly string[]; tilesFailed: boolean }) {
  const text = useText();
  return (
    <div class="kwk-map-attribution">
      {tilesFailed && <p class="kwk-map-attribution__warning">{text.map.tilesFailed}</p>}
      <p class="kwk-map-attribution__credits">
        {parts.map((part, i) => (
          <span key={part}>
            {i > 0 && <span aria-hidden="true"> | </span>}
            {part}
          </span>
        ))}
      </p>
    </div>
  );
}
