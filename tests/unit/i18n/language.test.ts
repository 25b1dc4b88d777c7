import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../lib/i18n';

describe('pickLanguage', () => {
  it('follows an explicit choice, whatever the browser says', () => {
    expect(pickLanguage('en', ['nl-NL'])).toBe('en');
    expect(pickLanguage('nl-BE', ['en-US'])).toBe('nl');
    expect(pickLanguage('EN_gb', [])).toBe('en');
  });

  it('otherwise takes the first browser language we speak', () => {
    expect(pickLanguage(undefined, ['de-DE', 'en-GB', 'nl'])).toBe('en');
    expect(pickLanguage(null, ['nl-NL', 'en'])).toBe('nl');
  });

  it('ignores a choice we do not speak and falls back to Dutch', () => {
    expect(pickLanguage('fr', ['tr', 'ar'])).toBe('nl');
    expect(pickLanguage('', [])).toBe('nl');
  });
});
