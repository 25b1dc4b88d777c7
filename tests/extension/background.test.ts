import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { startBackground } from '../../lib/extension/background';
import { REFRESH_ALARM, REFRESH_EVERY_MINUTES } from '../../lib/extension/alarm';
import { CONTEXT_MENU_ID } from '../../lib/extension/context-menu';
import { loadFeedHealth } from '../../lib/extension/feed-health';
import { saveSettings, DEFAULT_SETTINGS } from '../../lib/extension/settings';
import { createMemoryFeedStore } from '../../lib/store/memory-store';
import type { FetchFeed } from '../../lib/feed/source';
import { cachedFeed } from '../fixtures/extension-feed';

const FEED = 'https://data.example.org/kinderwerk.json';

function contextMenusStub() {
  const created: Array<{ id?: string | number; title?: string; contexts?: string[] }> = [];
  const listeners: Array<(info: { menuItemId: string | number; selectionText?: string }) => void> = [];
  Object.assign(browser, {
    contextMenus: {
      create: (options: (typeof created)[number]) => void created.push(options),
      removeAll: async () => void created.splice(0),
      onClicked: { addListener: (fn: (typeof listeners)[number]) => listeners.push(fn) },
    },
  });
  return { created, click: (info: { menuItemId: string; selectionText?: string }) => listeners.forEach((fn) => fn(info)) };
}

async function settle() {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('background worker', () => {
  let menus: ReturnType<typeof contextMenusStub>;
  beforeEach(() => {
    fakeBrowser.reset();
    menus = contextMenusStub();
  });

  it('creates the 6-hourly refresh alarm on every start, once', async () => {
    startBackground({ openStore: async () => createMemoryFeedStore('unavailable') });
    await settle();
    startBackground({ openStore: async () => createMemoryFeedStore('unavailable') });
    await settle();
    const alarms = await browser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ name: REFRESH_ALARM, periodInMinutes: REFRESH_EVERY_MINUTES });
  });

  it('refreshes every feed when the alarm fires and keeps old data when that fails', async () => {
    const store = createMemoryFeedStore('unavailable');
    await store.put(cachedFeed(FEED));
    await saveSettings({ ...DEFAULT_SETTINGS, lang: 'nl', feeds: [{ url: FEED, name: 'Almere' }] });
    const fetchFeed: FetchFeed = vi.fn(async () => ({ status: 'failed' as const, failure: { code: 'offline' as const, message: 'no network' } }));
    startBackground({ openStore: async () => store, fetchFeed });
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: Date.now(), periodInMinutes: REFRESH_EVERY_MINUTES });
    await settle();

    expect(fetchFeed).toHaveBeenCalledWith(FEED, expect.objectContaining({ etag: '"v1"' }));
    expect((await store.get(FEED))?.data.activities).toHaveLength(1);
    const health = await loadFeedHealth();
    expect(health[FEED]).toMatchObject({ ok: false, failure: { code: 'offline' } });
    expect(await browser.action.getBadgeText({})).toBe('!');
    expect(await browser.action.getTitle({})).toMatch(/niet worden bijgewerkt/);
  });

  it('refreshes an HSDS or OpenActive feed with the municipality and buurten given when it was added', async () => {
    const HSDS = 'https://sociale-kaart.example.org/api/services';
    const convert = { municipalityCode: 'GM0034', buurtenUrl: 'https://data.example.org/buurten.geojson' };
    await saveSettings({ ...DEFAULT_SETTINGS, feeds: [{ url: HSDS, name: 'Almere', convert }] });
    const fetchFeed: FetchFeed = vi.fn(async () => ({ status: 'not-modified' as const }));
    startBackground({ openStore: async () => createMemoryFeedStore('unavailable'), fetchFeed });
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'refresh-feeds' }, {});
    expect(reply).toHaveProperty('health');
    expect(fetchFeed).toHaveBeenCalledWith(HSDS, expect.objectContaining({ convert }));
  });

  it('clears the badge once a refresh succeeds again', async () => {
    const store = createMemoryFeedStore('unavailable');
    await store.put(cachedFeed(FEED));
    await saveSettings({ ...DEFAULT_SETTINGS, feeds: [{ url: FEED }] });
    await browser.action.setBadgeText({ text: '!' });
    startBackground({ openStore: async () => store, fetchFeed: async () => ({ status: 'not-modified' }) });
    const reply = await fakeBrowser.runtime.onMessage.trigger({ type: 'refresh-feeds' }, {});
    expect(reply[0]).toMatchObject({ health: { [FEED]: { ok: true } } });
    expect(await browser.action.getBadgeText({})).toBe('');
  });

  it('offers "Zoek kinderwerk in deze buurt" on selected text and opens the lookup with it', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, lang: 'nl' });
    startBackground({ openStore: async () => createMemoryFeedStore('unavailable') });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    expect(menus.created).toEqual([{ id: CONTEXT_MENU_ID, title: 'Zoek kinderwerk in deze buurt', contexts: ['selection'] }]);

    menus.click({ menuItemId: CONTEXT_MENU_ID, selectionText: '  1325\n AB ' });
    await settle();
    const tabs = await browser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/popup.html?q=1325%20AB&tab=1');
  });

  it('keeps an address at the end of a long selection for the lookup', async () => {
    startBackground({ openStore: async () => createMemoryFeedStore('unavailable') });
    const selection = `${'Bij ons in de buurt is van alles te doen voor kinderen. '.repeat(3)}Kom langs: Greta Garbostraat 3, 1325 RB Almere`;
    menus.click({ menuItemId: CONTEXT_MENU_ID, selectionText: selection });
    await settle();
    const tabs = await browser.tabs.query({});
    const opened = tabs.map((tab) => new URL(tab.url ?? 'about:blank').searchParams.get('q'));
    expect(opened).toContain(selection);
  });

  it('starts and refreshes on a browser without context menus (Firefox for Android)', async () => {
    const menusBefore = browser.contextMenus;
    Object.assign(browser, { contextMenus: undefined });
    try {
      await saveSettings({ ...DEFAULT_SETTINGS, feeds: [{ url: FEED }] });
      const fetchFeed: FetchFeed = vi.fn(async () => ({ status: 'not-modified' as const }));
      expect(() => startBackground({ openStore: async () => createMemoryFeedStore('unavailable'), fetchFeed })).not.toThrow();
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
      await settle();
      await Promise.all(await fakeBrowser.runtime.onMessage.trigger({ type: 'refresh-feeds' }, {}));
      expect(fetchFeed).toHaveBeenCalled();
    } finally {
      Object.assign(browser, { contextMenus: menusBefore });
    }
  });

  it('ignores messages it does not know', async () => {
    startBackground({ openStore: async () => createMemoryFeedStore('unavailable') });
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'format-disk' }, {});
    expect(replies).toEqual([undefined]);
  });
});
