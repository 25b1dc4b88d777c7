/**
 * The background worker's behaviour, kept out of the entrypoint so it can be
 * tested with WXT's fake browser. Listeners are registered synchronously on
 * every worker start (MV3 drops events that arrive before a listener exists).
 */
import { browser } from 'wxt/browser';
import { openFeedStore, type FeedStore } from '../store/cache';
import type { FetchFeed } from '../feed/source';
import { pickLanguage, t } from '../i18n';
import { ensureRefreshAlarm, REFRESH_ALARM } from './alarm';
import { CONTEXT_MENU_ID, contextMenus, createContextMenu, openLookup } from './context-menu';
import { showHealthOnBadge } from './feed-health';
import { isExtensionMessage, type RefreshReply } from './messages';
import { refreshAllFeeds } from './refresh';
import { loadSettings, onSettingsChanged, type Settings } from './settings';

export function languageOf(settings: Settings) {
  return settings.lang === 'auto' ? pickLanguage(undefined, navigator.languages) : settings.lang;
}

export function startBackground(deps: { openStore?: () => Promise<FeedStore>; fetchFeed?: FetchFeed } = {}): void {
  let store: Promise<FeedStore> | undefined;
  const getStore = () => (store ??= (deps.openStore ?? openFeedStore)());

  async function refresh(): Promise<RefreshReply> {
    const settings = await loadSettings();
    const health = await refreshAllFeeds(settings, { store: await getStore(), fetchFeed: deps.fetchFeed });
    await showHealthOnBadge(health, t(languageOf(settings)).extension.badgeFailed);
    return { health };
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refresh();
  });
  // The reply is the returned promise (the WebExtension contract; a rejection reaches the sender).
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Chrome's typings say the listener returns void; browser.runtime.onMessage takes a promise as the reply
  browser.runtime.onMessage.addListener((message: unknown) => (isExtensionMessage(message) ? refresh() : undefined));
  contextMenus()?.onClicked.addListener((info) => {
    if (info.menuItemId === CONTEXT_MENU_ID && info.selectionText) void openLookup(info.selectionText);
  });
  browser.runtime.onInstalled.addListener(() => void loadSettings().then((s) => createContextMenu(languageOf(s))));
  onSettingsChanged((settings) => void createContextMenu(languageOf(settings)));

  void ensureRefreshAlarm();
}
