/**
 * A Dutch address from a source's loose fields: the street line split into street
 * and house number, the postcode written the standard way, and the city. HSDS and
 * OpenActive name the fields differently; each importer says what was missing in
 * its own words.
 *
 *   readDutchAddress('Havenstraat 12 a', '1315ab', 'Almere');
 *   // { ok: true, address: { street: 'Havenstraat', number: '12 a', postcode: '1315 AB', city: 'Almere' } }
 */
import type { Address } from '../feed/schema';
import { normalizePostcode } from '../query/search';

export type DutchAddress = { ok: true; address: Address } | { ok: false; missing: 'number' | 'postcode' | 'city' };

/** "Havenstraat 12 a" -> street "Havenstraat", number "12 a". */
function splitStreet(line: string): { street: string; number: string } | undefined {
  const match = /^(.*\S)\s+(\d+(?:\s?[a-zA-Z]{1,3})?(?:[-/ ]\d+[a-zA-Z]?)?)$/.exec(line.trim());
  return match ? { street: match[1], number: match[2].replace(/\s+/g, ' ') } : undefined;
}

export function readDutchAddress(line: string | undefined, postcode: string | undefined, city: string | undefined): DutchAddress {
  const split = line ? splitStreet(line) : undefined;
  if (!split) return { ok: false, missing: 'number' };
  const standard = postcode ? normalizePostcode(postcode) : undefined;
  if (!standard) return { ok: false, missing: 'postcode' };
  if (!city) return { ok: false, missing: 'city' };
  return { ok: true, address: { ...split, postcode: standard, city } };
}
