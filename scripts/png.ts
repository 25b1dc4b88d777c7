/**
 * A PNG file from raw pixels, with node:zlib and nothing else: enough for the
 * extension's icons and the demo's placeholder map tile.
 *
 *   encodePng(256, 256, 'grey', pixels);   // one byte a pixel, row after row
 *   encodePng(16, 16, 'rgba', pixels);     // four bytes a pixel
 */
import { crc32, deflateSync } from 'node:zlib';

const CHANNELS = { grey: 1, rgba: 4 } as const;
const COLOUR_TYPE = { grey: 0, rgba: 6 } as const;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function encodePng(width: number, height: number, colour: keyof typeof CHANNELS, pixels: Uint8Array): Buffer {
  const rowBytes = width * CHANNELS[colour];
  // Each scanline starts with filter type 0 (none).
  const rows = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = COLOUR_TYPE[colour]; // then default compression, filter and no interlace (zeros)
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
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
