/**
 * "Zoek kinderwerk in deze buurt": select a postcode, an address or a sentence
 * that names a buurt on any page and open the lookup with it. The lookup opens as
 * the popup page in a tab, because browsers only open the real popup from a click
 * on the toolbar icon.
 */
import { browser } from 'wxt/browser';
import { t, type Lang } from '../i18n';

export const CONTEXT_MENU_ID = 'kinderwerk-lookup';

/**
 * The context-menu API, where the browser has one: Firefox for Android (which the
 * manifest allows) has none, and calling it there would stop the background at start.
 */
export function contextMenus(): typeof browser.contextMenus | undefined {
  return (browser as { contextMenus?: typeof browser.contextMenus }).contextMenus;
}

export async function createContextMenu(lang: Lang): Promise<void> {
  const menus = contextMenus();
  if (!menus) return;
  await menus.removeAll();
  menus.create({ id: CONTEXT_MENU_ID, title: t(lang).extension.contextMenu, contexts: ['selection'] });
}

/**
 * The popup URL that opens the lookup with `query` filled in. The popup finds a
 * postcode or buurt name anywhere in it, so a selected paragraph is kept up to a
 * length where an address near its end still fits.
 */
function lookupUrl(query: string): string {
  const cleaned = query.replace(/\s+/g, ' ').trim().slice(0, 300);
  return browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(cleaned)}&tab=1`);
}

export async function openLookup(query: string): Promise<void> {
  await browser.tabs.create({ url: lookupUrl(query) });
}
