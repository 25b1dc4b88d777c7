/**
 * A neutral map tile (light grey with a faint grid), encoded as PNG right here so the
 * demo and the tests have a background map without any network.
 *
 *   res.writeHead(200, { 'content-type': 'image/png' }).end(placeholderTile());
 */
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const BACKGROUND = 0xf1;
const GRID = 0xdd;
const GRID_STEP = 64;

let cached: Buffer | undefined;

/** The same 256×256 tile for every z/x/y: panning still shows through the grid. */
export function placeholderTile(): Buffer {
  return (cached ??= encodeGreyscalePng(SIZE, SIZE, (x, y) => (x % GRID_STEP === 0 || y % GRID_STEP === 0 ? GRID : BACKGROUND)));
}

/** An 8-bit greyscale PNG: signature, IHDR, one IDAT, IEND. */
export function encodeGreyscalePng(width: number, height: number, grey: (x: number, y: number) => number): Buffer {
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = grey(x, y);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
