import { describe, expect, it } from 'vitest';
import { DEFAULT_FIREFOX_ADDON_ID, firefoxAddonId } from '../../../scripts/build/firefox-addon-id';

describe('the Firefox add-on id of a build', () => {
  it('is the project\'s own when KWK_GECKO_ID is not set (or empty)', () => {
    expect(firefoxAddonId(undefined)).toBe('kinderwerkkaart@kinderwerkkaart.nl');
    expect(firefoxAddonId('  ')).toBe(DEFAULT_FIREFOX_ADDON_ID);
  });

  it('is the one a municipality gives for its own build', () => {
    expect(firefoxAddonId('kinderwerkkaart@almere.nl')).toBe('kinderwerkkaart@almere.nl');
    expect(firefoxAddonId('{1b0c5a43-8f0e-4c7e-9d39-2f6c3f1d9e01}')).toBe('{1b0c5a43-8f0e-4c7e-9d39-2f6c3f1d9e01}');
  });

  it('stops the build for an id Firefox would refuse, and says what an id looks like', () => {
    expect(() => firefoxAddonId('kinderwerkkaart')).toThrow(/KWK_GECKO_ID "kinderwerkkaart" is not a Firefox add-on id: use one like kinderwerkkaart@/);
    expect(() => firefoxAddonId('kinder werk@almere.nl')).toThrow(/not a Firefox add-on id/);
    expect(() => firefoxAddonId(`${'k'.repeat(80)}@almere.nl`)).toThrow(/at most 80 characters/);
  });
});
