/**
 * A tile layer that never asks for a `data:` image and never shows a broken
 * image. Leaflet cancels tile downloads by setting `src` to its `emptyImageUrl`
 * (a `data:` GIF), which a strict `img-src` Content-Security-Policy reports as a
 * violation; that URL is a private variable of the module, so changing
 * `L.Util.emptyImageUrl` does not help and the three methods that use it are
 * replaced here. Failed tiles are hidden, so without tiles the map still shows
 * buurten and places on a plain background. These are private methods: Leaflet is
 * pinned to 1.9.4, and tests/unit/map/leaflet-internals.test.ts fails when one of
 * them is gone.
 *
 *   new QuietTileLayer(url, { onTileFailed: () => … }).addTo(map);
 */
import type { Coords, DoneCallback, TileLayerOptions } from 'leaflet';
import { L } from './leaflet';

export interface QuietTileLayerOptions extends TileLayerOptions {
  /** Called for each tile that could not load. */
  onTileFailed?: () => void;
  /** Called for each tile that loaded. */
  onTileLoaded?: () => void;
}

type GridLayerInternals = {
  _removeTile(this: L.GridLayer, key: string): void;
  _tileReady(this: L.GridLayer, coords: Coords, error: Error | undefined, tile: HTMLElement | undefined): void;
};
const gridLayer = L.GridLayer.prototype as unknown as GridLayerInternals;

export const FAILED_TILE_CLASS = 'kwk-tile-failed';

/** Stops a download without giving the image a new URL. */
function cancelTile(tile: HTMLElement): void {
  tile.onload = null;
  tile.onerror = null;
  tile.removeAttribute('src');
}

export class QuietTileLayer extends L.TileLayer {
  private readonly quiet: QuietTileLayerOptions;

  constructor(url: string, options: QuietTileLayerOptions = {}) {
    // An empty errorTileUrl means: leave a failed tile's src alone (no replacement image).
    super(url, { ...options, errorTileUrl: '' });
    this.quiet = options;
  }

  protected override _tileOnLoad(done: DoneCallback, tile: HTMLElement): void {
    this.quiet.onTileLoaded?.();
    done(undefined, tile);
  }

  protected override _tileOnError(done: DoneCallback, tile: HTMLElement, error: Error): void {
    tile.classList.add(FAILED_TILE_CLASS);
    this.quiet.onTileFailed?.();
    done(error, tile);
  }

  protected override _abortLoading(): void {
    for (const [key, tile] of Object.entries(this._tiles)) {
      if (tile.coords.z === this._tileZoom) continue;
      const image = tile.el as HTMLImageElement;
      if (image.complete) continue;
      cancelTile(image);
      image.remove();
      delete this._tiles[key];
      this.fire('tileabort', { tile: image, coords: tile.coords });
    }
  }

  _removeTile(key: string): void {
    const tile = this._tiles[key];
    if (!tile) return;
    cancelTile(tile.el);
    gridLayer._removeTile.call(this, key);
  }

  _tileReady(coords: Coords, error: Error | undefined, tile: HTMLElement | undefined): void {
    // A tile without src was cancelled above; Leaflet checked for its empty image here.
    if (!this._map || (tile && !tile.getAttribute('src'))) return;
    gridLayer._tileReady.call(this, coords, error, tile);
  }
}
