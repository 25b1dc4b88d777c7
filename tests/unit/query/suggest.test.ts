import { describe, expect, it } from 'vitest';
import { createFeedIndex } from '../../../lib/query';
import { suggestAreas } from '../../../lib/query/suggest';
import { validDemo } from '../../helpers/demo-feed';

const almere = createFeedIndex(validDemo('almere.json').data);
const tilburg = createFeedIndex(validDemo('tilburg.json').data);
const names = (index: typeof almere, query: string) => suggestAreas(index, query).map((match) => match.name);

describe('suggestAreas', () => {
  it('finds the name behind a small typo', () => {
    expect(names(almere, 'Filmwijck')).toEqual(['Filmwijk']);
    expect(names(tilburg, 'korvle')).toEqual(['Korvel']);
  });

  it('reads "y" as the Dutch "ij" and matches the start of a longer name', () => {
    expect(names(almere, 'muziekwyk')).toEqual(['Muziekwijk Noord', 'Muziekwijk Zuid']);
    expect(suggestAreas(almere, 'Parkwyk')[0]).toMatchObject({ name: 'Parkwijk', kind: 'buurt', distance: 0 });
  });

  it('offers nothing for nonsense or for a word too short to guess', () => {
    expect(names(almere, 'qqqzzz')).toEqual([]);
    expect(names(almere, 'Lorem ipsum')).toEqual([]);
    expect(names(almere, 'xyz')).toEqual([]);
  });
});
