/**
 * npm run feed:demo: writes the demo feeds for Almere and Tilburg to public/feeds/,
 * from the boundaries in data/boundaries/ and the content tables in scripts/demo/.
 * The output is deterministic: run it again and nothing changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoFiles } from './demo/build';

const FEEDS_DIR = fileURLToPath(new URL('../public/feeds/', import.meta.url));

mkdirSync(FEEDS_DIR, { recursive: true });
for (const file of buildDemoFiles()) {
  writeFileSync(join(FEEDS_DIR, file.name), file.text);
  console.log(`wrote public/feeds/${file.name} (${(Buffer.byteLength(file.text) / 1024).toFixed(1)} kB)`);
}
