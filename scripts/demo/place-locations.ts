/**
 * Puts demo locations on the map: each gets coordinates inside its buurt (checked
 * with point-in-polygon) and a full address, so `buurtCode` and the coordinates
 * always agree.
 *
 *   placeLocations(content.locations, boundaries.buurten.features, 'Almere')
 */
import type { BuurtFeature } from '../../lib/feed/schema';
import { findBuurtCode } from '../../lib/geo/buurt-of-point';
import { pointInsideArea } from './area-point';
import type { Draft, LocationDraft, LocationInput } from './records';

export function placeLocations(
  drafts: LocationDraft[],
  buurten: BuurtFeature[],
  city: string,
): Draft<LocationInput>[] {
  const usedSlots = new Map<string, number>();
  return drafts.map((draft) => {
    const buurt = buurten.find((b) => b.properties.code === draft.buurtCode);
    if (!buurt) throw new Error(`location ${draft.id}: buurt ${draft.buurtCode} is not in the boundary data`);
    const slot = usedSlots.get(draft.buurtCode) ?? 0;
    usedSlots.set(draft.buurtCode, slot + 1);
    const [longitude, latitude] = pointInsideArea(buurt.geometry, slot);
    const foundIn = findBuurtCode(latitude, longitude, buurten);
    if (foundIn !== draft.buurtCode) throw new Error(`location ${draft.id}: point lies in ${foundIn}, not ${draft.buurtCode}`);
    const { address, buurtCode, ...rest } = draft;
    return {
      id: rest.id,
      name: rest.name,
      kind: rest.kind,
      organizationId: rest.organizationId,
      address: address && { street: address.street, number: address.number, postcode: address.postcode, city: address.city ?? city },
      latitude,
      longitude,
      buurtCode,
      accessibility: rest.accessibility,
      lastVerified: rest.lastVerified,
    };
  });
}
