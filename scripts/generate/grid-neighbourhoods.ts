/**
 * Synthetic neighbourhoods for a feed without real boundaries: a grid of buurten
 * around a centre, each a quadrilateral of about 600 × 600 m whose corners are
 * jittered a little. Neighbouring buurten share their corners, so the buurten tile
 * the town without gaps or overlaps, and each stays convex. Blocks of 3 × 3
 * buurten form a wijk, named after a theme (place-names.ts).
 *
 *   const { buurten, wijken } = gridNeighbourhoods({ count: 500, gemeente: '9999', centre, random, year: 2026 });
 */
import type { BuurtFeature, WijkFeature } from '../../lib/feed/schema';
import { outlineOfCells, type Vertex } from './cell-outline';
import { buurtName, wijkTheme } from './place-names';
import type { Random } from './random';

export interface GridOptions {
  count: number;
  /** The four digits of the CBS municipality code. */
  gemeente: string;
  centre: { lat: number; lon: number };
  random: Random;
  /** The year the made-up children counts are "for" (the feed's year). */
  year: number;
}

export interface Neighbourhoods {
  buurten: BuurtFeature[];
  wijken: WijkFeature[];
}

/** About 610 m north–south and 615 m east–west at 52° north. */
const CELL_LAT = 0.0055;
const CELL_LON = 0.009;
/** Corners move at most this share of a cell, which keeps every buurt convex. */
const JITTER = 0.15;
/** Buurten per wijk, along each side. */
const BLOCK = 3;

const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

/**
 * Two-character wijk numbers: 00–99 like most towns; a town with more wijken uses
 * digits and letters (00–ZZ), as Amsterdam's CBS codes do (BU0363AD03).
 */
function wijkNumber(index: number, wijkCount: number): string {
  return (wijkCount <= 100 ? String(index) : index.toString(36).toUpperCase()).padStart(2, '0');
}

/** What the made-up children counts count, said as a real feed says it about CBS figures. */
const childrenStated = (children: number | null, year: number) => children === null
  ? { children }
  : { children, childrenAges: { min: 0, max: 14 }, childrenSource: { name: 'Synthetische aantallen (gegenereerd, geen CBS-cijfers)', year } };

/** Children 0–14 per buurt: most buurten have a few hundred, a few none, a few many. */
function childrenIn(random: Random): number | null {
  if (random.chance(0.03)) return null; // CBS hides small numbers
  return Math.round(40 + 900 * random.next() ** 2);
}

export function gridNeighbourhoods({ count, gemeente, centre, random, year }: GridOptions): Neighbourhoods {
  const wijkCount = Math.ceil(count / (BLOCK * BLOCK));
  const wijkColumns = Math.ceil(Math.sqrt(wijkCount));
  const wijkRows = Math.ceil(wijkCount / wijkColumns);
  const columns = wijkColumns * BLOCK;
  const rows = wijkRows * BLOCK;
  const west = centre.lon - (columns * CELL_LON) / 2;
  const south = centre.lat - (rows * CELL_LAT) / 2;

  const corners: Vertex[][] = [];
  for (let x = 0; x <= columns; x++) {
    corners.push([]);
    for (let y = 0; y <= rows; y++) {
      const jitter = () => (random.next() * 2 - 1) * JITTER;
      corners[x].push([round(west + (x + jitter()) * CELL_LON), round(south + (y + jitter()) * CELL_LAT)]);
    }
  }
  const ringOf = (vertices: readonly Vertex[]) => vertices.map(([x, y]): [number, number] => [corners[x][y][0], corners[x][y][1]]);

  const buurten: BuurtFeature[] = [];
  const wijken: WijkFeature[] = [];
  for (let wijk = 0; wijk < wijkCount; wijk++) {
    const theme = wijkTheme(wijk);
    const wijkCode = `WK${gemeente}${wijkNumber(wijk, wijkCount)}`;
    const left = (wijk % wijkColumns) * BLOCK;
    const bottom = Math.floor(wijk / wijkColumns) * BLOCK;
    const cells: Vertex[] = [];
    let wijkChildren = 0;
    for (let slot = 0; slot < BLOCK * BLOCK && buurten.length < count; slot++) {
      const cell: Vertex = [left + (slot % BLOCK), bottom + Math.floor(slot / BLOCK)];
      cells.push(cell);
      const children = childrenIn(random);
      wijkChildren += children ?? 0;
      buurten.push({
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [ringOf(outlineOfCells([cell]))] },
        properties: {
          code: `BU${gemeente}${wijkNumber(wijk, wijkCount)}${String(slot).padStart(2, '0')}`,
          wijkCode,
          name: buurtName(theme.words[slot % theme.words.length], slot, theme.part),
          ...childrenStated(children, year),
        },
      });
    }
    wijken.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ringOf(outlineOfCells(cells))] },
      properties: { code: wijkCode, name: theme.wijkName, ...childrenStated(wijkChildren, year) },
    });
  }
  return { buurten, wijken };
}
