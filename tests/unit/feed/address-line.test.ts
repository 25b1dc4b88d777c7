import { describe, expect, it } from 'vitest';
import { addressLine } from '../../../lib/feed/address-line';

describe('addressLine', () => {
  it('writes an address on one line the Dutch way, postcode included', () => {
    expect(addressLine({ street: 'Stationsstraat', number: '12a', postcode: '1315 AB', city: 'Almere' })).toBe('Stationsstraat 12a, 1315 AB Almere');
  });

  it('is empty without an address', () => {
    expect(addressLine(undefined)).toBe('');
  });
});
