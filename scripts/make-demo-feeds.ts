/**
 * npm run feed:demo: writes the demo feeds for Almere and Tilburg to public/feeds/,
 * from the boundaries in data/boundaries/ and the content tables in scripts/demo/.
 * The output is deterministic: run it again and nothing changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from './cli/args';
import { runWhenExecutedDirectly, type CliIo } from './cli/io';
import { buildDemoFiles } from './demo/build';

const FEEDS_DIR = fileURLToPath(new URL('../public/feeds/', import.meta.url));

const CLI = {
  usage: 'npm run feed:demo',
  help: 'Writes the demo feeds for Almere and Tilburg to public/feeds/ from data/boundaries/ and scripts/demo/.',
  options: {},
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv, io, CLI);
  if (!args.ok) return args.exitCode;
  mkdirSync(FEEDS_DIR, { recursive: true });
  for (const file of buildDemoFiles()) {
    writeFileSync(join(FEEDS_DIR, file.name), file.text);
    io.out(`wrote public/feeds/${file.name} (${(Buffer.byteLength(file.text) / 1024).toFixed(1)} kB)`);
  }
  return 0;
}

runWhenExecutedDirectly(import.meta.url, main);
