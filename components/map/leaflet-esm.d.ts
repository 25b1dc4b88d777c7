// Leaflet's ES module build has no types of its own; it exports the same API as
// @types/leaflet describes for `leaflet`.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
