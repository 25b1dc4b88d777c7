/**
 * A neutral map tile (light grey with a faint grid), encoded as PNG in code (png.ts) so the
 * demo and the tests have a background map without any network.
 *
 *   res.writeHead(200, { 'content-type': 'image/png' }).end(placeholderTile());
 */
import { encodePng } from './png';

const SIZE = 256;
const BACKGROUND = 0xf1;
const GRID = 0xdd;
const GRID_STEP = 64;

let cached: Buffer | undefined;

/** The same 256×256 tile for every z/x/y: panning still shows through the grid. */
export function placeholderTile(): Buffer {
  if (cached) return cached;
  const pixels = new Uint8Array(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) pixels[y * SIZE + x] = x % GRID_STEP === 0 || y % GRID_STEP === 0 ? GRID : BACKGROUND;
  }
  return (cached = encodePng(SIZE, SIZE, 'grey', pixels));
}
