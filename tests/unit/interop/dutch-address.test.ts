import { describe, expect, it } from 'vitest';
import { readDutchAddress } from '../../../lib/interop/dutch-address';

describe('readDutchAddress', () => {
  it('splits the street line and writes the postcode the standard way', () => {
    expect(readDutchAddress(' Havenstraat 12 a ', '1315ab', 'Almere')).toEqual({
      ok: true,
      address: { street: 'Havenstraat', number: '12 a', postcode: '1315 AB', city: 'Almere' },
    });
    expect(readDutchAddress('Greta Garbostraat 3', '1325  RB', 'Almere')).toMatchObject({ ok: true, address: { number: '3', postcode: '1325 RB' } });
  });

  it('says the first part that is missing', () => {
    expect(readDutchAddress('Havenstraat', '1315 AB', 'Almere')).toEqual({ ok: false, missing: 'number' });
    expect(readDutchAddress(undefined, '1315 AB', 'Almere')).toEqual({ ok: false, missing: 'number' });
    expect(readDutchAddress('Havenstraat 12', '0315 AB', 'Almere')).toEqual({ ok: false, missing: 'postcode' });
    expect(readDutchAddress('Havenstraat 12', '1315 AB', undefined)).toEqual({ ok: false, missing: 'city' });
  });
});
