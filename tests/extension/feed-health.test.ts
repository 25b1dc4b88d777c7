import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadFeedHealth, saveFeedHealth } from '../../lib/extension/feed-health';

const almere = 'https://data.almere.nl/kinderwerk.json';
const tilburg = 'https://data.tilburg.nl/kinderwerk.json';
const healthy = { url: almere, checkedAt: '2026-11-23T09:00:00.000Z', ok: true };

describe('feed health in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back what was saved', async () => {
    const failed = { url: tilburg, checkedAt: '2026-11-23T09:00:00.000Z', ok: false, failure: { code: 'timeout' as const, message: 'after 15 s' } };
    await saveFeedHealth([healthy, failed]);
    expect(await loadFeedHealth()).toEqual({ [almere]: healthy, [tilburg]: failed });
  });

  it('is empty when storage holds something that is no health record', async () => {
    for (const stored of ['broken', 42, null, [healthy]]) {
      await browser.storage.local.set({ feedHealth: stored });
      expect(await loadFeedHealth()).toEqual({});
    }
  });

  it('leaves out damaged entries and keeps the good ones', async () => {
    await browser.storage.local.set({
      feedHealth: {
        [almere]: healthy,
        [tilburg]: { url: tilburg, checkedAt: 'yesterday', ok: 'no' },
        'https://elsewhere.example.org/feed.json': { ...healthy },
        'https://data.breda.nl/kinderwerk.json': { url: 'https://data.breda.nl/kinderwerk.json', checkedAt: healthy.checkedAt, ok: false, failure: { code: 'exploded', message: 'x' } },
      },
    });
    expect(await loadFeedHealth()).toEqual({ [almere]: healthy });
  });

  it('still saves new health over damaged stored health', async () => {
    await browser.storage.local.set({ feedHealth: 'broken' });
    expect(await saveFeedHealth([healthy])).toEqual({ [almere]: healthy });
  });
});
