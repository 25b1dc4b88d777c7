/**
 * Which buurt a point lies in, found by point-in-polygon over the feed's buurten.
 * A bounding-box test first skips almost every buurt cheaply; boxes are computed
 * once per feature and remembered.
 *
 *   findBuurtCode(52.3702, 5.2141, data.buurten); // 'BU00340202' or undefined
 */
import type { BuurtFeature } from '../feed/schema';
import { boundingBoxOf, boxContains, pointInArea, type BoundingBox } from './point-in-polygon';

const boxes = new WeakMap<BuurtFeature, BoundingBox>();

function boxOf(buurt: BuurtFeature): BoundingBox {
  let box = boxes.get(buurt);
  if (!box) {
    box = boundingBoxOf(buurt.geometry);
    boxes.set(buurt, box);
  }
  return box;
}

/** The code of the first buurt that contains the point, or undefined when none does. */
export function findBuurtCode(lat: number, lon: number, buurten: readonly BuurtFeature[]): string | undefined {
  for (const buurt of buurten) {
    if (boxContains(boxOf(buurt), lon, lat) && pointInArea(lon, lat, buurt.geometry)) return buurt.properties.code;
  }
  return undefined;
}
