/**
 * Bytes as shipped and gzipped at level 9, the level every size in this project uses: one
 * measure for the size report (first-load-size.ts), the library floor and the size budget
 * (bench/size-budget.ts).
 *
 *   sizeOf('const a = 1;');            // { min: 12, gzip: 32 }
 *   builtFileSizes('dist/widget');     // { 'kinderwerk-kaart.js': { min, gzip }, … }
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  min: number;
  gzip: number;
}

export function sizeOf(code: string | Uint8Array): Size {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The size of each JS file in a build folder, by name, in name order. */
export function builtFileSizes(outDir: string): Record<string, Size> {
  const sizes: Record<string, Size> = {};
  for (const name of readdirSync(outDir).filter((file) => file.endsWith('.js')).sort()) sizes[name] = sizeOf(readFileSync(join(outDir, name)));
  return sizes;
}
