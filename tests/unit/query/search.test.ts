import { describe, expect, it } from 'vitest';
import { createFeedIndex, isPostcode, normalizePostcode, searchAreas } from '../../../lib/query';
import { makeTown } from './fixture';

const index = createFeedIndex(makeTown());
const names = (query: string): string[] => searchAreas(index, query).map((match) => match.name);

describe('searchAreas', () => {
  it('puts names starting with the query first, then word starts, then other matches', () => {
    expect(names('park')).toEqual(['Parkwijk', 'Het Park', 'Zuiderpark']);
  });

  it('puts an exact match before longer names', () => {
    expect(names('centrum')).toEqual(['Centrum', 'Centrum-Oost']);
  });

  it('ignores case and accents', () => {
    expect(names('POETEN')).toEqual(['Poëtenbuurt']);
    expect(names('poëten')).toEqual(['Poëtenbuurt']);
  });

  it('matches CBS codes, including letter codes', () => {
    expect(searchAreas(index, 'BU0363AD03').map((match) => match.code)).toEqual(['BU0363AD03']);
    expect(names('bu0363ad')).toEqual(['Het Park', 'Zuiderpark']);
  });

  it('tells what kind of area it is and in which wijk a buurt lies', () => {
    expect(searchAreas(index, 'zuiderpark')).toEqual([
      { code: 'BU0363AD04', kind: 'buurt', name: 'Zuiderpark', wijkName: 'Parkwijk' },
    ]);
    expect(searchAreas(index, 'parkwijk')[0]).toMatchObject({ code: 'WK0363AD', kind: 'wijk' });
  });

  it('returns nothing for an empty query or one without letters', () => {
    expect(searchAreas(index, '')).toEqual([]);
    expect(searchAreas(index, ' - ')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(searchAreas(index, 'e', 2)).toHaveLength(2);
  });
});

describe('isPostcode', () => {
  it('recognises Dutch postcodes with or without a space, in any case', () => {
    expect(isPostcode('1315 AB')).toBe(true);
    expect(isPostcode('1315ab')).toBe(true);
    expect(isPostcode(' 1315 ab ')).toBe(true);
  });

  it('rejects what is not a full postcode', () => {
    expect(isPostcode('0315 AB')).toBe(false);
    expect(isPostcode('1315')).toBe(false);
    expect(isPostcode('Centrum')).toBe(false);
    expect(isPostcode('1315 ABC')).toBe(false);
  });

  it('writes a postcode the standard way', () => {
    expect(normalizePostcode('1315ab')).toBe('1315 AB');
    expect(normalizePostcode('Centrum')).toBeUndefined();
  });
});
