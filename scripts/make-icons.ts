/**
 * Draws the extension's toolbar and store icons: a white map pin on the primary
 * blue, as PNG at 16, 32, 48 and 128 px in public/icons/ (WXT finds them there).
 * Drawn in code, so the icons need no design tool and no image library: each pixel
 * is supersampled 4×4 against simple shapes, and written as PNG by scripts/png.ts.
 * The 128 px icon is the one the stores show: its artwork is 96 × 96 px in 16 px of
 * transparent padding, as the Chrome Web Store asks; the toolbar sizes use every pixel.
 *
 *   npx tsx scripts/make-icons.ts    # writes public/icons/{16,32,48,128}.png
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { encodePng } from './png';

/** Icon size -> transparent padding on each side, in px. */
const PADDING = new Map([[16, 0], [32, 0], [48, 0], [128, 16]]);
const OUT_DIR = 'public/icons';
const BLUE: Rgb = [0x0b, 0x53, 0x94]; // --kwk-color-primary
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SAMPLES = 4;

type Rgb = [number, number, number];

/** What colour a point (x, y in 0..1) has, or undefined outside the rounded square. */
function colourAt(x: number, y: number): Rgb | undefined {
  if (!insideRoundedSquare(x, y, 0.2)) return undefined;
  const cx = 0.5;
  const cy = 0.41;
  const radius = 0.25;
  const tipY = 0.87;
  const fromCentre = Math.hypot(x - cx, y - cy);
  if (fromCentre < radius * 0.42) return BLUE;
  const inHead = fromCentre <= radius;
  const inPoint = y >= cy && y <= tipY && Math.abs(x - cx) <= (radius * (tipY - y)) / (tipY - cy);
  return inHead || inPoint ? WHITE : BLUE;
}

function insideRoundedSquare(x: number, y: number, corner: number): boolean {
  const dx = Math.max(corner - x, x - (1 - corner), 0);
  const dy = Math.max(corner - y, y - (1 - corner), 0);
  return dx * dx + dy * dy <= corner * corner;
}

/** RGBA pixels, anti-aliased by averaging SAMPLES² points per pixel; `padding` px on each side stay transparent. */
function drawIcon(size: number, padding: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const artwork = size - 2 * padding;
  // Where a sample falls on the artwork, 0..1; the padding is outside it.
  const onArtwork = (pixel: number, sample: number) => (pixel - padding + (sample + 0.5) / SAMPLES) / artwork;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = onArtwork(px, sx);
          const y = onArtwork(py, sy);
          const colour = x >= 0 && x <= 1 && y >= 0 && y <= 1 ? colourAt(x, y) : undefined;
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 1;
        }
      }
      const offset = (py * size + px) * 4;
      const covered = sum[3];
      // Colour averaged over the covered samples only, so edges do not darken.
      pixels[offset] = covered ? Math.round(sum[0] / covered) : 0;
      pixels[offset + 1] = covered ? Math.round(sum[1] / covered) : 0;
      pixels[offset + 2] = covered ? Math.round(sum[2] / covered) : 0;
      pixels[offset + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}

mkdirSync(OUT_DIR, { recursive: true });
for (const [size, padding] of PADDING) {
  const file = `${OUT_DIR}/${size}.png`;
  writeFileSync(file, encodePng(size, size, 'rgba', drawIcon(size, padding)));
  console.log(`wrote ${file}`);
}
