import { describe, expect, it } from 'vitest';
import { describeFilters } from '../../../components/list/print-filters';
import { createFormatter, t } from '../../../lib/i18n';

describe('the filters on a printed list', () => {
  it('names each chosen filter in plain words, in the reader\'s language', () => {
    const nl = describeFilters({ age: 8, days: ['MO'], freeOnly: true, join: ['walk-in'], text: ' voetbal ' }, t('nl'), createFormatter('nl'));
    expect(nl).toEqual(['8 jaar', 'maandag', 'Gratis', 'Zonder aanmelden binnenlopen', '"voetbal"']);
    expect(describeFilters({ categories: ['sport'] }, t('en'), createFormatter('en'))).toEqual(['Sports']);
  });

  it('says nothing when nothing is chosen (the area is in the title)', () => {
    expect(describeFilters({ area: 'BU00340309' }, t('nl'), createFormatter('nl'))).toEqual([]);
  });
});
