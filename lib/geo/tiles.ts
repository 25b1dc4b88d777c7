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

/** What Leaflet fills in: zoom, column, row, subdomain, retina suffix, and the row counted from the south. */
const PLACEHOLDERS = new Set(['z', 'x', 'y', 's', 'r', '-y']);

/**
 * Why Leaflet could not fill in a tile template, or undefined: it needs {z}, {x} and
 * {y}, and a `{…}` it does not know ({TileMatrix}, say) makes every tile throw.
 */
export function tilePlaceholderProblem(text: string): string | undefined {
  if (!['{z}', '{x}', '{y}'].every((part) => text.includes(part))) return 'a tile address holds {z}, {x} and {y}';
  // Leaflet's own reading of a template: `{`, a name, `}`, spaces allowed.
  const unknown = [...text.matchAll(/\{ *([\w-]+) *\}/g)].find(([, name]) => !PLACEHOLDERS.has(name));
  return unknown && `the map cannot fill in ${unknown[0]}; use {z}, {x} and {y}, and only if needed {s}, {r} or {-y}`;
}

/** A web address with {z}, {x} and {y} in it, as Leaflet fills them in, and no placeholder Leaflet does not know. */
export const TileTemplate = z
  .string()
  .max(500)
  .refine(
    (text) => WebUrl.safeParse(text.replace(/\{[a-z]\}/g, '0')).success && tilePlaceholderProblem(text) === undefined,
    'a tile address starts with https:// and holds {z}, {x} and {y}, and no other {…} than {s}, {r} or {-y}',
  );
