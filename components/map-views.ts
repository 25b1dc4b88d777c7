/**
 * What the widget loads when it first shows a map: the parents' map (components/map,
 * Leaflet and its CSS) and the municipality's figures (components/insight, which draw a
 * map too). One file beside the ES module, kinderwerk-kaart-map-views.js: with the two as
 * separate files, Rolldown 1.2.19 also splits zod out of the main file, into a file the
 * main file must fetch before it runs (docs/performance.md, issue 14). The classic build
 * has it inline.
 *
 *   const { MapView } = await import('./map-views');
 */
export { MapView } from './map/MapView';
export { CijfersView } from './insight/cijfers';
