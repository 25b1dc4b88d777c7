import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { PDOK_TILES } from '../../lib/geo/tiles';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from '../../lib/extension/settings';
import { togglePinnedArea } from '../../lib/extension/pinned-areas';

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

  it('uses all the defaults when storage holds something that is no settings at all', async () => {
    for (const stored of ['settings', 42, null, [{ lang: 'en' }]]) {
      await browser.storage.local.set({ settings: stored });
      expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('drops a stored buurt, tile address or conversion setting that is not valid', async () => {
    await browser.storage.local.set({
      settings: {
        feeds: [{ url: 'https://data.almere.nl/api/services', name: 'Almere', convert: { municipalityCode: 'GM12', buurtenUrl: 'javascript:alert(1)' } }],
        defaultArea: '<img src=x>',
        tiles: 'javascript:alert(1)//{z}/{x}/{y}',
        lookupEndpoint: 'file:///etc/passwd',
      },
    });
    const settings = await loadSettings();
    expect(settings.feeds).toEqual([{ url: 'https://data.almere.nl/api/services', name: 'Almere' }]);
    expect(settings).toMatchObject({ tiles: PDOK_TILES, lookupEndpoint: DEFAULT_SETTINGS.lookupEndpoint });
    expect(settings.defaultArea).toBeUndefined();
  });

  it('keeps valid stored choices', async () => {
    const tiles = 'https://tiles.example.org/{z}/{x}/{y}.png';
    await browser.storage.local.set({ settings: { defaultArea: 'WK003402', tiles } });
    expect(await loadSettings()).toMatchObject({ defaultArea: 'WK003402', tiles });
  });

  it('keeps the pinned buurten in their order and drops a damaged or repeated one, not the list', async () => {
    await browser.storage.local.set({
      settings: { pinnedAreas: ['BU00340202', '<img src=x>', 42, 'WK003402', 'BU00340202'] },
    });
    expect((await loadSettings()).pinnedAreas).toEqual(['BU00340202', 'WK003402']);
    await browser.storage.local.set({ settings: { pinnedAreas: 'BU00340202' } });
    expect((await loadSettings()).pinnedAreas).toEqual([]);
  });

  it('pins a buurt at the end and unpins it again', () => {
    expect(togglePinnedArea(['BU00340202'], 'WK003402')).toEqual(['BU00340202', 'WK003402']);
    expect(togglePinnedArea(['BU00340202', 'WK003402'], 'BU00340202')).toEqual(['WK003402']);
  });

  it("keeps an https address of the municipality's map per feed and drops another", async () => {
    await browser.storage.local.set({
      settings: {
        feeds: [
          { url: 'https://data.almere.nl/kinderwerk.json', widgetPage: 'https://www.almere.nl/kinderwerk' },
          { url: 'https://data.tilburg.nl/kinderwerk.json', widgetPage: 'http://www.tilburg.nl/kinderwerk' },
          { url: 'https://data.zwolle.nl/kinderwerk.json', widgetPage: 'javascript:alert(1)' },
        ],
      },
    });
    expect((await loadSettings()).feeds.map((feed) => feed.widgetPage)).toEqual(['https://www.almere.nl/kinderwerk', undefined, undefined]);
  });

  it('hands a listener the defaults, not an error, when the stored settings turn into something else', async () => {
    const heard: Settings[] = [];
    const stop = onSettingsChanged((settings) => heard.push(settings));
    await browser.storage.local.set({ settings: 'broken' });
    stop();
    expect(heard).toEqual([DEFAULT_SETTINGS]);
  });
});
