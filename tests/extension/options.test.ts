/**
 * The browser side of the options page against WXT's fake browser, a fresh
 * IndexedDB (fake-indexeddb) and a feed server on 127.0.0.1: adding a feed
 * subscribes and caches it, removing it forgets it and gives the website
 * permission back, and the overview and buurt choices are what the page shows.
 */
import { readFileSync } from 'node:fs';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAddingFeed, type AddFeedOutcome } from '../../lib/extension/add-feed';
import { fetchFeed as fetchFeedOverHttp } from '../../lib/feed/fetch-feed';
import type { FetchFeed } from '../../lib/feed/source';
import { loadAreaChoices } from '../../lib/extension/area-choices';
import { loadFeedHealth, saveFeedHealth } from '../../lib/extension/feed-health';
import { loadFeedOverview } from '../../lib/extension/feed-overview';
import { createOptionsServices } from '../../lib/extension/options-services';
import { removeFeed } from '../../lib/extension/remove-feed';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../lib/extension/settings';
import { openFeedStore, type FeedStore } from '../../lib/store/cache';
import { readDemoFeed } from '../helpers/demo-feed';
import { startTestServer, type TestServer } from '../helpers/server';
import { STATE_WAIT } from '../helpers/wait';

const CORS = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };
const almere = JSON.stringify(readDemoFeed('almere.json'));
const tilburg = JSON.stringify(readDemoFeed('tilburg.json'));

/** Almere with the age range of one activity turned upside down. */
function almereWithOneBrokenActivity(): string {
  const feed = readDemoFeed('almere.json') as { activities: Array<Record<string, unknown>> };
  feed.activities[0] = { ...feed.activities[0], ageRange: { min: 12, max: 6 } };
  return JSON.stringify(feed);
}

let server: TestServer;
let closedOrigin: string;
let store: FeedStore;
const permissions = {
  request: vi.fn<(request: { origins?: string[] }) => Promise<boolean>>(async () => true),
  remove: vi.fn<(request: { origins?: string[] }) => Promise<boolean>>(async () => true),
};

beforeAll(async () => {
  server = await startTestServer();
  const serve = (path: string, body: string) =>
    server.route(path, (_req, res) => {
      res.writeHead(200, CORS);
      res.end(body);
    });
  serve('/almere.json', almere);
  serve('/tilburg.json', tilburg);
  serve('/api/services', readFileSync('tests/fixtures/interop/hsds/service-full.json', 'utf8'));
  serve('/boundaries/buurten.geojson', readFileSync('tests/fixtures/interop/buurten.geojson', 'utf8'));
  serve('/almere-broken-activity.json', almereWithOneBrokenActivity());
  serve('/not-a-feed.json', '{"format": "kinderwerk", "version": 1, "activities": [');
  server.route('/moved-away.json', (req, res) => {
    // happy-dom checks the request first (OPTIONS); a browser with the host permission would not.
    res.writeHead(req.method === 'OPTIONS' ? 204 : 404, CORS);
    res.end();
  });
  // An address where nothing listens any more: the network fails, not the server.
  const gone = await startTestServer();
  closedOrigin = gone.origin;
  await gone.close();
});

afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser leaves permissions unmocked; the real one asks the user.
  Object.assign(fakeBrowser.permissions, permissions);
  permissions.request.mockClear().mockResolvedValue(true);
  permissions.remove.mockClear();
  store = await openFeedStore({ indexedDB: new IDBFactory() });
});

const at = (path: string) => `${server.origin}${path}`;
const now = () => new Date('2026-11-23T09:00:00.000Z');

async function add(url: string, convert?: { buurtenUrl?: string; municipalityCode?: string }): Promise<AddFeedOutcome> {
  const started = startAddingFeed(url, (await loadSettings()).feeds, { store, now, convert });
  if (!started.ok) throw new Error(`not started: ${started.reason}`);
  return started.outcome;
}

describe('adding a feed', () => {
  it('subscribes under the municipality from the feed, caches it and records a good refresh', async () => {
    const outcome = await add(at('/almere.json'));

    expect(outcome).toMatchObject({ status: 'added', permission: 'granted' });
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect((await loadSettings()).feeds).toEqual([{ url: at('/almere.json'), name: 'Almere' }]);
    const cached = await store.get(at('/almere.json'));
    expect(cached?.data.meta.municipality.name).toBe('Almere');
    expect(cached?.data.activities.length).toBeGreaterThan(40);
    expect((await loadFeedHealth())[at('/almere.json')]).toEqual({ url: at('/almere.json'), checkedAt: '2026-11-23T09:00:00.000Z', ok: true });
  });

  it('adds an Open Referral HSDS address with its buurten, and keeps them for the background refresh', async () => {
    const convert = { buurtenUrl: at('/boundaries/buurten.geojson'), municipalityCode: 'GM0034' };
    const outcome = await add(at('/api/services'), convert);

    expect(outcome).toMatchObject({ status: 'added' });
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect((await loadSettings()).feeds).toEqual([{ url: at('/api/services'), name: 'Almere', convert }]);
    const cached = await store.get(at('/api/services'));
    expect(cached?.data.activities.map((activity) => activity.name)).toContain('Huiswerkklas De Werven');
    expect(cached?.data.buurten.length).toBeGreaterThan(0);
  });

  it('adds a feed with one broken record and reports where and what', async () => {
    const outcome = await add(at('/almere-broken-activity.json'));

    if (outcome.status !== 'added') throw new Error(`expected added, got ${outcome.status}`);
    const brokenId = (JSON.parse(almere) as { activities: Array<{ id: string }> }).activities[0].id;
    expect(outcome.feed.problems).toEqual([
      expect.objectContaining({ path: expect.stringMatching(/^activities\[0\]/), id: brokenId, severity: 'error' }),
    ]);
    expect(outcome.feed.data.activities.some((activity) => activity.id === brokenId)).toBe(false);
    expect((await loadSettings()).feeds.map((feed) => feed.name)).toEqual(['Almere']);
  });

  it('does not subscribe to a file that is not a feed, and says why', async () => {
    const outcome = await add(at('/not-a-feed.json'));

    expect(outcome).toMatchObject({ status: 'failed', failure: { code: 'not-json' } });
    expect((await loadSettings()).feeds).toEqual([]);
    expect(await store.get(at('/not-a-feed.json'))).toBeUndefined();
    expect(await loadFeedHealth()).toEqual({});
  });

  it('gives the website permission back when the feed could not be added', async () => {
    const outcome = await add(at('/not-a-feed.json'));
    expect(outcome).toMatchObject({ status: 'failed', permission: 'granted' });
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('keeps the permission a subscribed feed on the same website still needs', async () => {
    await add(at('/almere.json'));
    expect(await add(at('/not-a-feed.json'))).toMatchObject({ status: 'failed' });
    expect(permissions.remove).not.toHaveBeenCalled();
  });

  it('gives back a permission granted only after the feed failed', async () => {
    let allow: (granted: boolean) => void = () => undefined;
    permissions.request.mockReturnValueOnce(new Promise((resolve) => (allow = resolve)));
    expect(await add(at('/not-a-feed.json'))).toMatchObject({ status: 'failed', permission: 'pending' });
    expect(permissions.remove).not.toHaveBeenCalled();
    allow(true);
    await vi.waitFor(() => expect(permissions.remove).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] }), STATE_WAIT);
  });

  it('does not subscribe to an address that is not there', async () => {
    const outcome = await add(at('/moved-away.json'));
    expect(outcome).toMatchObject({ status: 'failed', failure: { code: 'not-found' } });
    expect((await loadSettings()).feeds).toEqual([]);
  });

  it('says the feed could not be reached and that the permission was refused', async () => {
    permissions.request.mockResolvedValue(false);
    const outcome = await add(`${closedOrigin}/kinderwerk.json`);
    expect(outcome).toMatchObject({ status: 'failed', failure: { code: 'unreachable' }, permission: 'refused' });
    expect((await loadSettings()).feeds).toEqual([]);
  });

  it('refuses an empty, a wrong and an already added address before fetching anything', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, feeds: [{ url: at('/almere.json'), name: 'Almere' }] });
    const requestsBefore = server.requests.length;
    const feeds = (await loadSettings()).feeds;
    expect(startAddingFeed('   ', feeds, { store })).toEqual({ ok: false, reason: 'empty' });
    expect(startAddingFeed('data.almere.nl/kinderwerk.json', feeds, { store })).toEqual({ ok: false, reason: 'invalid' });
    expect(startAddingFeed('javascript:alert(1)', feeds, { store })).toEqual({ ok: false, reason: 'invalid' });
    expect(startAddingFeed(` ${at('/almere.json')} `, feeds, { store })).toEqual({ ok: false, reason: 'already-added', name: 'Almere' });
    expect(permissions.request).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(requestsBefore);
  });

  it('knows an address that differs only in #part, a trailing slash or http and https as added already', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, feeds: [{ url: at('/almere.json'), name: 'Almere' }] });
    const feeds = (await loadSettings()).feeds;
    for (const same of [`${at('/almere.json')}#kaart`, `${at('/almere.json')}/`, at('/almere.json').replace('http:', 'https:')]) {
      expect(startAddingFeed(same, feeds, { store })).toEqual({ ok: false, reason: 'already-added', name: 'Almere' });
    }
    // Another query is another file.
    const other = startAddingFeed(at('/almere.json?versie=2'), feeds, { store });
    if (!other.ok) throw new Error('refused another file');
    expect(await other.outcome).toMatchObject({ status: 'added' });
  });

  it('does not add a feed twice when it was added meanwhile elsewhere (another tab, the popup)', async () => {
    const pageList = (await loadSettings()).feeds;
    await add(at('/tilburg.json'));
    const started = startAddingFeed(at('/tilburg.json'), pageList, { store, now });
    if (!started.ok) throw new Error('the page did not know yet');
    expect(await started.outcome).toMatchObject({ status: 'already-added', name: 'Tilburg' });
    expect((await loadSettings()).feeds).toEqual([{ url: at('/tilburg.json'), name: 'Tilburg' }]);
  });

  it('answers at once when the permission prompt is never answered, and tries again once it is allowed', async () => {
    let allow: (granted: boolean) => void = () => undefined;
    permissions.request.mockImplementationOnce(() => new Promise((resolve) => (allow = resolve)));
    // Without the permission the feed (no CORS headers) cannot be read; with it, it can.
    let allowed = false;
    const fetchFeed: FetchFeed = (_url, limits) => fetchFeedOverHttp(allowed ? at('/almere.json') : `${closedOrigin}/kinderwerk.json`, limits);
    const started = startAddingFeed(at('/kinderwerk-zonder-cors.json'), [], { store, now, fetchFeed });
    if (!started.ok) throw new Error('not started');

    const first = await started.outcome;
    expect(first).toMatchObject({ status: 'failed', failure: { code: 'unreachable' }, permission: 'pending' });
    if (first.status !== 'failed' || !first.whenAllowed) throw new Error('expected a retry once allowed');
    expect((await loadSettings()).feeds).toEqual([]);

    allowed = true;
    allow(true);
    expect(await first.whenAllowed).toMatchObject({ status: 'added', permission: 'granted' });
    expect((await loadSettings()).feeds).toEqual([{ url: at('/kinderwerk-zonder-cors.json'), name: 'Almere' }]);
  });

  it('adds the bundled example without asking for a permission', async () => {
    const exampleUrl = fakeBrowser.runtime.getURL('/feeds/almere.json');
    const started = startAddingFeed(exampleUrl, [], { store });
    expect(started.ok).toBe(true);
    expect(permissions.request).not.toHaveBeenCalled();
    // The fake browser cannot serve the extension's own files: the outcome is a failure, not a crash.
    if (started.ok) await expect(started.outcome).resolves.toMatchObject({ status: 'failed', permission: 'not-needed' });
  });

  it('still adds a feed that sends CORS headers when the browser cannot ask for the permission', async () => {
    permissions.request.mockImplementationOnce(() => {
      throw new Error('permissions.request may only be called from a user gesture');
    });
    const outcome = await add(at('/tilburg.json'));
    expect(outcome).toMatchObject({ status: 'added', permission: 'failed' });
    expect((await loadSettings()).feeds).toEqual([{ url: at('/tilburg.json'), name: 'Tilburg' }]);
  });
});

describe('removing a feed', () => {
  it('drops subscription, cache and health, and keeps the permission another feed on that website needs', async () => {
    await add(at('/almere.json'));
    await add(at('/tilburg.json'));

    await removeFeed(at('/almere.json'), { store });

    expect((await loadSettings()).feeds).toEqual([{ url: at('/tilburg.json'), name: 'Tilburg' }]);
    expect(await store.get(at('/almere.json'))).toBeUndefined();
    expect(await store.get(at('/tilburg.json'))).toBeDefined();
    expect(Object.keys(await loadFeedHealth())).toEqual([at('/tilburg.json')]);
    expect(permissions.remove).not.toHaveBeenCalled();
  });

  it('gives the website permission back when the last feed there is removed', async () => {
    await add(at('/tilburg.json'));
    await removeFeed(at('/tilburg.json'), { store });

    expect((await loadSettings()).feeds).toEqual([]);
    expect(await loadFeedHealth()).toEqual({});
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('never asks to drop a permission for the bundled example', async () => {
    const exampleUrl = fakeBrowser.runtime.getURL('/feeds/almere.json');
    await saveSettings({ ...DEFAULT_SETTINGS, feeds: [{ url: exampleUrl, name: 'Almere' }] });
    await removeFeed(exampleUrl, { store });
    expect((await loadSettings()).feeds).toEqual([]);
    expect(permissions.remove).not.toHaveBeenCalled();
  });

  it('still unsubscribes when the browser refuses to drop the permission', async () => {
    await add(at('/tilburg.json'));
    permissions.remove.mockRejectedValueOnce(new Error('required permission'));
    await expect(removeFeed(at('/tilburg.json'), { store })).resolves.toBeUndefined();
    expect((await loadSettings()).feeds).toEqual([]);
  });
});

describe('what the options page shows', () => {
  it('gives one row per feed: municipality, fetched date, last refresh and problem count', async () => {
    await add(at('/almere-broken-activity.json'));
    const never = at('/never-loaded.json');
    await saveSettings({ ...(await loadSettings()), feeds: [...(await loadSettings()).feeds, { url: never, name: 'Zwolle' }] });
    await saveFeedHealth([{ url: never, checkedAt: '2026-11-23T10:00:00.000Z', ok: false, failure: { code: 'timeout', message: 'after 15 s' } }]);

    const rows = await loadFeedOverview((await loadSettings()).feeds, { store });

    expect(rows).toEqual([
      {
        url: at('/almere-broken-activity.json'), name: 'Almere', fetchedAt: '2026-11-23T09:00:00.000Z',
        health: { ok: true, checkedAt: '2026-11-23T09:00:00.000Z' }, problemCount: 1, example: true,
      },
      {
        url: never, name: 'Zwolle', fetchedAt: undefined,
        health: { ok: false, checkedAt: '2026-11-23T10:00:00.000Z', failure: { code: 'timeout', message: 'after 15 s' } },
        problemCount: undefined, example: false,
      },
    ]);
  });

  it('offers the wijken and buurten of every cached feed, per municipality, each wijk before its buurten', async () => {
    await add(at('/almere.json'));
    await add(at('/tilburg.json'));
    const feeds = [...(await loadSettings()).feeds, { url: at('/never-loaded.json'), name: 'Zwolle' }];

    const groups = await loadAreaChoices(feeds, { store });

    expect(groups.map((group) => group.municipality)).toEqual(['Almere', 'Tilburg']);
    const almereAreas = groups[0].areas;
    const filmwijk = almereAreas.findIndex((area) => area.code === 'BU00340202');
    expect(almereAreas[filmwijk]).toEqual({ code: 'BU00340202', name: 'Filmwijk', kind: 'buurt' });
    const itsWijk = almereAreas.findIndex((area) => area.code === 'WK003402');
    expect(almereAreas[itsWijk].kind).toBe('wijk');
    expect(itsWijk).toBeLessThan(filmwijk);
    expect(almereAreas.slice(itsWijk + 1, filmwijk + 1).every((area) => area.kind === 'buurt')).toBe(true);
    expect(groups[1].areas.every((area) => area.code.startsWith('WK0855') || area.code.startsWith('BU0855'))).toBe(true);
  });
  it('offers a municipality once when two feeds cover it (the example and the real feed)', async () => {
    await add(at('/almere.json'));
    await add(at('/almere-broken-activity.json'));
    await add(at('/tilburg.json'));

    const groups = await loadAreaChoices((await loadSettings()).feeds, { store });

    expect(groups.map((group) => group.municipality)).toEqual(['Almere', 'Tilburg']);
    const codes = groups[0].areas.map((area) => area.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('the services the page gets', () => {
  it('add, list and remove through the same object the page uses', async () => {
    const services = createOptionsServices(store);
    expect(services.exampleFeedUrl).toBe('chrome-extension://test-extension-id/feeds/almere.json');

    const started = services.startAddingFeed(at('/tilburg.json'), []);
    if (!started.ok) throw new Error(started.reason);
    expect(await started.outcome).toMatchObject({ status: 'added' });
    const settings = await services.loadSettings();
    expect((await services.loadOverview(settings.feeds)).map((row) => row.name)).toEqual(['Tilburg']);
    expect((await services.loadAreaChoices(settings.feeds)).map((group) => group.municipality)).toEqual(['Tilburg']);

    await services.removeFeed(at('/tilburg.json'));
    expect(await services.loadOverview((await services.loadSettings()).feeds)).toEqual([]);
  });

  it('tells the page when the background changes storage, until it stops listening', async () => {
    const services = createOptionsServices(store);
    const listener = vi.fn();
    const stop = services.onChanged(listener);
    await saveFeedHealth([{ url: at('/tilburg.json'), checkedAt: now().toISOString(), ok: true }]);
    expect(listener).toHaveBeenCalled();
    stop();
    listener.mockClear();
    await saveSettings({ ...DEFAULT_SETTINGS, lang: 'en' });
    expect(listener).not.toHaveBeenCalled();
  });
});
