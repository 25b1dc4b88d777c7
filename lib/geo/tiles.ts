/**
 * The default base map everywhere (widget, popup, options): PDOK's
 * BRT-Achtergrondkaart from Kadaster, free, no key, no tracking. The grey
 * variant keeps the buurt colours readable on top of it. Other tiles are given
 * as a URL template, checked with `TileTemplate`.
 *
 *   TileTemplate.safeParse('https://tiles.example.org/{z}/{x}/{y}.png').success; // true
 */
import { z } from 'zod';
import { WebUrl } from '../feed/schema';

export const PDOK_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';

/** Required credit for the PDOK tiles (Dutch: it sits on a Dutch government map). */
export const PDOK_TILES_ATTRIBUTION = 'Kaart: Kadaster';

/** A web address with {z}, {x} and {y} in it, as Leaflet fills them in. */
export const TileTemplate = z
  .string()
  .max(500)
  .refine(
    (text) => WebUrl.safeParse(text.replace(/\{[a-z]\}/g, '0')).success && ['{z}', '{x}', '{y}'].every((part) => text.includes(part)),
    'a tile address starts with https:// and holds {z}, {x} and {y}',
  );
