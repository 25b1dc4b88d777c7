/**
 * The default base map everywhere (widget, popup, options): PDOK's
 * BRT-Achtergrondkaart from Kadaster, free, no key, no tracking. The grey
 * variant keeps the buurt colours readable on top of it.
 */
export const PDOK_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';

/** Required credit for the PDOK tiles (Dutch: it sits on a Dutch government map). */
export const PDOK_TILES_ATTRIBUTION = 'Kaart: Kadaster';
