import { describe, expect, it } from 'vitest';
import { foldWords, nameSortKey } from '../../../lib/query';

const sortedByKey = (names: string[]) => [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : 1));

describe('name order', () => {
  it('puts names in the order a Dutch reader expects: case and accents ignored, numbers by value', () => {
    expect(sortedByKey(['Groep 10', 'groep 2', 'Ëiland', 'Eenden', '"Atelier"', 'Zwemmen'])).toEqual([
      '"Atelier"', 'Eenden', 'Ëiland', 'groep 2', 'Groep 10', 'Zwemmen',
    ]);
  });

  it('reads a name as its words, whatever spaces and punctuation stand between them', () => {
    for (const name of ["  Café\u00a0't  Hoekje! ", 'Groep 7/8', 'Speeltuin\u2003Oost-12', '']) {
      expect(nameSortKey(name)).toBe(foldWords(name).map((word) => word.replace(/\d+/g, (digits) => digits.padStart(12, '0'))).join(' '));
    }
  });
});
