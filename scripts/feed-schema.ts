/**
 * Writes public/feed.schema.json from the zod schema in lib/feed/schema.ts.
 * Run it after every change to the feed format: npm run feed:schema
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchemaText } from '../lib/feed/json-schema';
import { parseCliArgs } from './cli/args';
import { runWhenExecutedDirectly, type CliIo } from './cli/io';

const CLI = {
  usage: 'npm run feed:schema',
  help: 'Writes public/feed.schema.json from the zod schema in lib/feed/schema.ts; run it after every change to the feed format.',
  options: {},
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv, io, CLI);
  if (!args.ok) return args.exitCode;
  const target = fileURLToPath(new URL('../public/feed.schema.json', import.meta.url));
  const text = feedJsonSchemaText();
  writeFileSync(target, text);
  io.out(`Wrote ${target} (${Math.round(text.length / 1024)} KB).`);
  return 0;
}

runWhenExecutedDirectly(import.meta.url, main);
