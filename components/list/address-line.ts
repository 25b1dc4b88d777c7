/**
 * An address on one line, the Dutch way: "Stationsstraat 12, 1315 AB Almere".
 *
 *   addressLine(location.address); // '' when there is none
 */
import type { Address } from '../../lib/feed/schema';

export function addressLine(address: Address | undefined): string {
  if (!address) return '';
  return `${address.street} ${address.number}, ${address.postcode} ${address.city}`;
}
