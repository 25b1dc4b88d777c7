/**
 * Reads the pixels of an 8-bit RGBA PNG (what scripts/make-icons.ts writes), so a test
 * can look at an icon the way a store does: where is it transparent?
 *
 *   const icon = readRgbaPng(readFileSync('.output/chrome-mv3/icons/128.png'));
 *   icon.alphaAt(0, 0); // 0: a transparent corner
 */
import { inflateSync } from 'node:zlib';

export interface RgbaImage {
  width: number;
  height: number;
  alphaAt(x: number, y: number): number;
}

export function readRgbaPng(bytes: Buffer): RgbaImage {
  let width = 0;
  let height = 0;
  const compressed: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) throw new Error('expected an 8-bit RGBA PNG without interlacing');
    }
    if (type === 'IDAT') compressed.push(data);
    at += length + 12;
  }
  const pixels = unfilter(inflateSync(Buffer.concat(compressed)), width * 4, height);
  return { width, height, alphaAt: (x, y) => pixels[y * width * 4 + x * 4 + 3] };
}

/** Undoes the per-row PNG filters (none, sub, up, average, Paeth). */
function unfilter(raw: Buffer, stride: number, height: number): Buffer {
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const left = i >= 4 ? pixels[y * stride + i - 4] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + i] : 0;
      const upLeft = i >= 4 && y > 0 ? pixels[(y - 1) * stride + i - 4] : 0;
      pixels[y * stride + i] = (raw[y * (stride + 1) + 1 + i] + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  return pixels;
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0: return 0;
    case 1: return left;
    case 2: return up;
    case 3: return (left + up) >> 1;
    case 4: {
      const estimate = left + up - upLeft;
      const [toLeft, toUp, toUpLeft] = [left, up, upLeft].map((value) => Math.abs(estimate - value));
      return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
    default: throw new Error(`unknown PNG filter ${filter}`);
  }
}
