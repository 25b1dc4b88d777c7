import { describe, expect, it } from 'vitest';
import { readCell } from '../../../lib/interop/csv-cells';

describe('readCell.phone: numbers as Excel leaves them', () => {
  it('keeps a number written as text', () => {
    expect(readCell.phone('036 123 4567')).toEqual({ ok: true, value: '036 123 4567' });
  });

  it.each([
    ['612345678', '0612345678', '0'],
    ['361234567', '0361234567', '0'],
    ['31612345678', '+31612345678', '+'],
  ])('gives %s back its lost leading character, and says so', (cell, value, lost) => {
    expect(readCell.phone(cell)).toEqual({
      ok: true, value,
      warning: `"${cell}" looks like a Dutch phone number that lost its leading ${lost} (Excel drops it from numbers); read as ${value}. Format the column as text`,
    });
  });
});
