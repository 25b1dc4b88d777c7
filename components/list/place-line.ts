/**
 * Where a result is, in one short line: the place and its buurt. The place name
 * is left out when it only repeats the result's own name ("Huiskamer De Noot"
 * at "Huiskamer De Noot").
 *
 *   placeLine('Straatvoetbal', hoekje, index); // "Buurthuis 't Hoekje, Filmwijk"
 */
import type { Location } from '../../lib/feed/schema';
import type { FeedIndex } from '../../lib/query';
import { foldText } from '../../lib/query';
import { areaName } from './area-name';

export function placeLine(recordName: string, location: Location | undefined, index: FeedIndex | undefined): string {
  if (!location) return '';
  const parts = foldText(location.name).trim() === foldText(recordName).trim() ? [] : [location.name];
  if (location.buurtCode) parts.push(areaName(index, location.buurtCode));
  return parts.join(', ');
}
