/**
 * Leaflet's CSS, added to the shadow root (or document) the map renders in when the map
 * first renders there: it ships with the map's code (the widget's map chunk), so a phone
 * showing the list never parses it. First in the cascade, so components/map/map.css
 * refines it.
 *
 *   useLayoutEffect(() => adoptLeafletStyles(container), []);
 */
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { cssAdopter } from '../adopt-css';

export const adoptLeafletStyles = cssAdopter(leafletCss, 'first');
