import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { PDOK_TILES } from '../../lib/geo/tiles';
import { loadSettings } from '../../lib/extension/settings';

describe('extension settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every good subscription when one stored entry is damaged', async () => {
    await browser.storage.local.set({
      settings: {
        feeds: [
          { url: 'https://data.almere.nl/kinderwerk.json', name: 'Almere' },
          { url: 'javascript:alert(1)' },
          'not a subscription',
          { url: 'https://data.tilburg.nl/kinderwerk.json', name: 'Tilburg' },
        ],
        lang: 'en',
      },
    });
    const settings = await loadSettings();
    expect(settings.feeds.map((feed) => feed.name)).toEqual(['Almere', 'Tilburg']);
    expect(settings.lang).toBe('en');
  });

  it('falls back to the defaults field by field', async () => {
    await browser.storage.local.set({ settings: { feeds: 'broken', lang: 'fr', tiles: 42 } });
    expect(await loadSettings()).toMatchObject({ feeds: [], lang: 'auto', tiles: PDOK_TILES });
  });
});
