/**
 * The extension's settings, kept in browser.storage.local and checked with zod
 * on every read (`readSettings`), so a damaged or old value falls back to the
 * defaults field by field, and anything that is no settings at all to all defaults.
 *
 *   const settings = await loadSettings();
 *   await saveSettings({ ...settings, lang: 'en' });
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PDOK_LOCATIESERVER } from '../lookup/postcode';
import { AreaCode, GemeenteCode, WebUrl } from '../feed/schema';
import { MAX_PINNED_AREAS } from './pinned-areas';
import { PDOK_TILES, PDOK_TILES_ATTRIBUTION, TileTemplate } from '../geo/tiles';


const FEED_SCHEMES = ['https:', 'http:', 'chrome-extension:', 'moz-extension:'];

export const WidgetPage = z.string().max(2000).refine((value) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}, 'the address of the map starts with https://');

export const FeedSubscription = z.object({
  /** A web address, or the extension's own bundled example feed. */
  url: z.string().max(2000).refine((value) => {
    try {
      return FEED_SCHEMES.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'a feed address starts with https:// or http://'),
  /** Municipality name, shown in lists; taken from the feed when it was added. */
  name: z.string().max(100).optional(),
  /**
   * For an Open Referral HSDS or OpenActive address: what the source lacks (the
   * municipality and its CBS boundaries), as the widget's attributes give it.
   */
  convert: z
    .object({
      municipalityCode: GemeenteCode.optional(),
      municipalityName: z.string().max(100).optional(),
      buurtenUrl: WebUrl.optional(),
      wijkenUrl: WebUrl.optional(),
    })
    .optional()
    .catch(undefined),
  /**
   * "Adres van de kaart op de website van de gemeente": the page that embeds the widget.
   * A shared summary links to the buurt there. HTTPS only: the link goes to parents.
   */
  widgetPage: WidgetPage.optional().catch(undefined),
});
export type FeedSubscription = z.infer<typeof FeedSubscription>;

export const Settings = z.object({
  // One damaged entry must not cost the worker every other subscription.
  feeds: z
    .array(z.unknown())
    .catch(() => [])
    .transform((entries) => entries.flatMap((entry) => {
      const parsed = FeedSubscription.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    })),
  lang: z.enum(['auto', 'nl', 'en']).catch('auto'),
  /** Buurt or wijk code the popup opens with. */
  defaultArea: AreaCode.optional().catch(undefined),
  /**
   * The buurten and wijken a kinderwerker works in, in the order they were pinned;
   * shown as buttons at the top of the popup. A damaged code is dropped, not the list.
   */
  pinnedAreas: z
    .array(z.unknown())
    .catch(() => [])
    .transform((entries) => [...new Set(entries.flatMap((entry) => {
      const parsed = AreaCode.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    }))].slice(0, MAX_PINNED_AREAS)),
  tiles: TileTemplate.catch(PDOK_TILES),
  tileAttribution: z.string().max(200).catch(PDOK_TILES_ATTRIBUTION),
  lookupEndpoint: WebUrl.catch(PDOK_LOCATIESERVER),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

const KEY = 'settings';

/** Whatever storage holds, as settings; never throws. */
export function readSettings(stored: unknown): Settings {
  const parsed = Settings.safeParse(stored);
  return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return readSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: Settings.parse(settings) });
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, KEY)) listener(readSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** The origin pattern a feed needs as optional host permission, e.g. `https://data.almere.nl/*`. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
