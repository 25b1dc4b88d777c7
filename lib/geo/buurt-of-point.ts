/**
 * Which buurt a point lies in, found by point-in-polygon over the feed's buurten.
 * The buurten are indexed by bounding box in a grid of about one cell per buurt, so
 * a point is tested only against the few buurten whose box covers its cell, and
 * the answer is still the first buurt, in feed order, that holds the point.
 *
 *   findBuurtCode(52.3702, 5.2141, data.buurten); // 'BU00340202' or undefined
 *
 *   const locator = yield* buurtLocatorSteps(data.buurten); // one step per buurt
 *   locator.find(52.3702, 5.2141);
 */
import type { BuurtFeature } from '../feed/schema';
import { runSteps } from '../steps';
import { boundingBoxOf, boxContains, pointInArea, type BoundingBox } from './point-in-polygon';

export interface BuurtLocator {
  /** The code of the first buurt that contains the point, or undefined when none does. */
  find(lat: number, lon: number): string | undefined;
}

/** Prepares one buurt per step (its boundary is read once), then indexes their boxes. */
export function* buurtLocatorSteps(buurten: readonly BuurtFeature[]): Generator<void, BuurtLocator> {
  const boxes: BoundingBox[] = [];
  for (const buurt of buurten) {
    boxes.push(boundingBoxOf(buurt.geometry));
    yield;
  }
  const all: BoundingBox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const box of boxes) {
    all.west = Math.min(all.west, box.west);
    all.south = Math.min(all.south, box.south);
    all.east = Math.max(all.east, box.east);
    all.north = Math.max(all.north, box.north);
  }
  if (boxes.length === 0) return { find: () => undefined };

  const grid = gridFor(all, boxes);
  const { side, row, column } = grid;
  // Each cell lists, in feed order, the buurten whose box reaches into it.
  const cells: number[][] = Array.from({ length: side * side }, () => []);
  boxes.forEach((box, index) => {
    for (let r = row(box.south); r <= row(box.north); r++) {
      for (let c = column(box.west); c <= column(box.east); c++) cells[r * side + c].push(index);
    }
  });
  yield;

  return {
    find(lat, lon) {
      if (!boxContains(all, lon, lat)) return undefined;
      for (const index of cells[row(lat) * side + column(lon)]) {
        if (boxContains(boxes[index], lon, lat) && pointInArea(lon, lat, buurten[index].geometry)) return buurten[index].properties.code;
      }
      return undefined;
    },
  };
}

interface Grid {
  side: number;
  row(lat: number): number;
  column(lon: number): number;
}

/**
 * About one cell per buurt; coarser when boxes overlap so much (boundaries that span
 * the whole map, on purpose or not) that the cells would list far more entries than
 * there are buurten. At one cell the grid is a plain list, as good as no index.
 */
function gridFor(all: BoundingBox, boxes: readonly BoundingBox[]): Grid {
  for (let side = Math.max(1, Math.ceil(Math.sqrt(boxes.length))); ; side = Math.ceil(side / 2)) {
    const width = (all.east - all.west) / side || 1;
    const height = (all.north - all.south) / side || 1;
    const grid: Grid = {
      side,
      column: (lon) => Math.min(side - 1, Math.floor((lon - all.west) / width)),
      row: (lat) => Math.min(side - 1, Math.floor((lat - all.south) / height)),
    };
    let entries = 0;
    for (const box of boxes) {
      entries += (grid.row(box.north) - grid.row(box.south) + 1) * (grid.column(box.east) - grid.column(box.west) + 1);
    }
    if (side === 1 || entries <= 8 * boxes.length) return grid;
  }
}

const locators = new WeakMap<readonly BuurtFeature[], { size: number; locator: BuurtLocator }>();

/** The code of the first buurt that contains the point, or undefined when none does. */
export function findBuurtCode(lat: number, lon: number, buurten: readonly BuurtFeature[]): string | undefined {
  let known = locators.get(buurten);
  if (!known || known.size !== buurten.length) {
    known = { size: buurten.length, locator: runSteps(buurtLocatorSteps(buurten)) };
    locators.set(buurten, known);
  }
  return known.locator.find(lat, lon);
}
