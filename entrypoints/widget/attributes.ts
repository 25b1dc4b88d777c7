/**
 * The widget's HTML attributes, read and checked. An attribute with a value we do not
 * understand counts as absent, so a typo gives the default instead of a broken widget.
 *
 *   const options = readAttributes(element);
 */
import { municipalityCodeFrom, type ConvertSettings } from '../../lib/interop/convert-settings';
import { AreaCode } from '../../lib/feed/schema';
import { PDOK_TILES, PDOK_TILES_ATTRIBUTION, tilePlaceholderProblem } from '../../lib/geo/tiles';
import { pickLanguage, type Lang } from '../../lib/i18n';
import type { View } from '../../lib/state';
import { DEFAULT_HEADING_LEVEL, headingLevelFrom } from '../../components/ui/Heading';
import type { ListFirst } from '../../components/list/ResultList';
import { VIEW_TABS, type ViewTab } from '../../components/ViewTabs';
import { PHOTO_ALLOWANCES, type PhotoAllowance } from '../../lib/feed/photo-source';
import { webAddress } from '../../lib/web-address';

export const OBSERVED_ATTRIBUTES = [
  'feed', 'lang', 'neighbourhood', 'view', 'views', 'tiles', 'attribution', 'heading-level', 'list-first', 'photos',
  // What an HSDS or OpenActive feed lacks: the municipality and its boundaries.
  'municipality', 'municipality-name', 'buurten', 'wijken',
] as const;
export type WidgetAttribute = (typeof OBSERVED_ATTRIBUTES)[number];

/** PDOK BRT-Achtergrondkaart (lib/geo/tiles.ts), the default of every map. */
export const DEFAULT_TILES = PDOK_TILES;
export const DEFAULT_TILES_ATTRIBUTION = PDOK_TILES_ATTRIBUTION;

export interface WidgetOptions {
  /** Absolute URL of the feed, or undefined when the attribute is missing. */
  feed?: string;
  lang: Lang;
  /** A buurt or wijk code to start with. */
  neighbourhood?: string;
  /**
   * The view to start with: `list` or `map` on narrow screens (wide screens show both
   * side by side), or `cijfers`, the municipality's figures, when enabled.
   */
  view?: View;
  /**
   * The views the host page enables: `aanbod` (the parents' view) and `cijfers`. Only
   * `aanbod` by default; `view="cijfers"` enables both. Tabs show when there are two.
   */
  views: readonly ViewTab[];
  /** Tile URL template; `''` (tiles="none" or tiles="") means no background map. */
  tiles: string;
  /** The `tiles` attribute holds a template the map cannot fill in, so there is no background map. */
  tilesInvalid: boolean;
  attribution: string;
  /** The level of the widget's title among the host page's headings (1-6; default 2). */
  headingLevel: number;
  /** Which results the list shows first: `activities` (default) or `huiskamers`. */
  listFirst: ListFirst;
  /** Which hosts contact photos may load from: the feed's own and its declared ones (default), all, or none. */
  photos: PhotoAllowance;
  /** Used only when `feed` is an Open Referral HSDS or OpenActive address. */
  convert: ConvertSettings;
}

export function readAttributes(element: HTMLElement): WidgetOptions {
  const get = (name: WidgetAttribute) => element.getAttribute(name)?.trim() ?? undefined;
  const neighbourhood = get('neighbourhood')?.toUpperCase();
  const view = get('view');
  const views = enabledViews(get('views'), view);
  const tiles = get('tiles');
  const usableTiles = tiles === undefined ? DEFAULT_TILES : tiles === 'none' ? '' : checkedTiles(tiles);
  return {
    feed: absoluteUrl(get('feed'), element.ownerDocument.baseURI),
    // The element's own lang, else the page's language, else the reader's browser.
    lang: pickLanguage(get('lang') ?? pageLanguage(element), navigator.languages),
    neighbourhood:
      neighbourhood && AreaCode.safeParse(neighbourhood).success
        ? neighbourhood
        : undefined,
    view: startView(view, views),
    views,
    tiles: usableTiles,
    tilesInvalid: Boolean(tiles) && tiles !== 'none' && usableTiles === '',
    attribution: get('attribution') ?? (tiles === undefined ? DEFAULT_TILES_ATTRIBUTION : ''),
    headingLevel: headingLevelFrom(get('heading-level')) ?? DEFAULT_HEADING_LEVEL,
    listFirst: get('list-first') === 'huiskamers' ? 'huiskamers' : 'activities',
    photos: PHOTO_ALLOWANCES.find((allow) => allow === get('photos')) ?? 'feed',
    convert: readConvertSettings(get, element.ownerDocument.baseURI),
  };
}

/** The words of `views` we know, plus `cijfers` when the start view asks for it; else the parents' view only. */
function enabledViews(value: string | undefined, view: string | undefined): ViewTab[] {
  const words = new Set(value?.toLowerCase().split(/[\s,]+/) ?? ['aanbod']);
  if (view === 'cijfers') words.add('cijfers');
  const views = VIEW_TABS.filter((tab) => words.has(tab));
  return views.length ? views : ['aanbod'];
}

/** The start view, if it is one of the enabled views; the figures when they are the only view. */
function startView(view: string | undefined, views: readonly ViewTab[]): View | undefined {
  if (!views.includes('aanbod')) return 'cijfers';
  if (view === 'map' || view === 'list') return view;
  return view === 'cijfers' && views.includes('cijfers') ? 'cijfers' : undefined;
}

/**
 * A tile template Leaflet can fill in, else none: a placeholder it does not know
 * ({TileMatrix}, say) makes every tile throw and stops the markers too. The map then
 * shows buurten and places without a background, and the console says why.
 */
function checkedTiles(tiles: string): string {
  const problem = tilePlaceholderProblem(tiles);
  if (!problem) return tiles;
  console.warn(`<kinderwerk-kaart>: tiles="${tiles.slice(0, 200)}" cannot be used: ${problem}. The map is shown without a background map.`);
  return '';
}

function readConvertSettings(get: (name: WidgetAttribute) => string | undefined, base: string): ConvertSettings {
  const municipalityCode = municipalityCodeFrom(get('municipality') ?? '');
  const name = get('municipality-name');
  const buurtenUrl = absoluteUrl(get('buurten'), base);
  const wijkenUrl = absoluteUrl(get('wijken'), base);
  return {
    ...(municipalityCode && { municipalityCode }),
    ...(name && { municipalityName: name }),
    ...(buurtenUrl && { buurtenUrl }),
    ...(wijkenUrl && { wijkenUrl }),
  };
}

function pageLanguage(element: HTMLElement): string | undefined {
  return element.parentElement?.closest('[lang]')?.getAttribute('lang') ?? undefined;
}

function absoluteUrl(value: string | undefined, base: string): string | undefined {
  return webAddress(value, base)?.href;
}
