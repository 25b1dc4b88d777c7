import { describe, expect, it } from 'vitest';
import { createFeedIndex } from '../../../lib/query';
import { areaCodeInText, areaNamedIn, postcodeInText } from '../../../lib/query/find-in-text';
import { validDemo } from '../../helpers/demo-feed';

const almere = createFeedIndex(validDemo('almere.json').data);

describe('finding a buurt in selected text', () => {
  it('finds the postcode in an address', () => {
    expect(postcodeInText('Greta Garbostraat 3, 1325 RB Almere')).toBe('1325 RB');
    expect(postcodeInText('post naar 1325rb.')).toBe('1325 RB');
  });

  it('takes no year or number followed by a word for a postcode', () => {
    expect(postcodeInText('In 2024 is het feest')).toBeUndefined();
    expect(postcodeInText('Er zijn 1325 kinderen')).toBeUndefined();
    expect(postcodeInText('Huisnummer 12345 AB')).toBeUndefined();
  });

  it('finds a CBS code in a text', () => {
    expect(areaCodeInText('zie buurt bu00340202 op de kaart')).toBe('BU00340202');
  });

  it('finds the buurt or wijk a sentence names, the longest name first, a wijk without its CBS number', () => {
    expect(areaNamedIn(almere, 'Er is veel te doen in de Filmwijk voor kinderen')?.name).toBe('Filmwijk');
    expect(areaNamedIn(almere, 'Wij wonen in Muziekwijk-Noord.')?.name).toBe('Muziekwijk Noord');
    expect(areaNamedIn(almere, 'Iets in Almere Haven?')).toMatchObject({ kind: 'wijk', name: 'Wijk 01 Almere Haven' });
    expect(areaNamedIn(almere, 'Lorem ipsum dolor sit amet')).toBeUndefined();
  });
});
