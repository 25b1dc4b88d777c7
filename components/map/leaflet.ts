/**
 * The one place the map code gets Leaflet from. The ES module build, because
 * `import 'leaflet'` (the UMD build) writes `window.L` onto the embedding page,
 * with its window listeners kept out of a `window._leaflet_events` global.
 *
 *   import { L } from './leaflet';
 */
import * as Leaflet from 'leaflet/dist/leaflet-src.esm.js';
import { keepLeafletOffWindow } from './leafletOffWindow';

keepLeafletOffWindow(Leaflet);

export { Leaflet as L };
