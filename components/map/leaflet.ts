/**
 * The one place the map code gets Leaflet from. The ES module build, because
 * `import 'leaflet'` (the UMD build) writes `window.L` onto the embedding page.
 *
 *   import { L } from './leaflet';
 */
export * as L from 'leaflet/dist/leaflet-src.esm.js';
