/**
 * An address on one line, the Dutch way: "Stationsstraat 12, 1315 AB Almere". The
 * list, the details and the copied summary all write it so; the postcode stays in,
 * since it is what a parent types into a route planner.
 *
 *   addressLine(location.address); // '' when there is none
 */
import type { Address } from './schema';

export function addressLine(address: Address | undefined): string {
  if (!address) return '';
  return `${address.street} ${address.number}, ${address.postcode} ${address.city}`;
}
