/**
 * Writes public/feed.schema.json from the zod schema in lib/feed/schema.ts.
 * Run it after every change to the feed format: npm run feed:schema
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchemaText } from '../lib/feed/json-schema';

const target = fileURLToPath(new URL('../public/feed.schema.json', import.meta.url));
const text = feedJsonSchemaText();
writeFileSync(target, text);
console.log(`Wrote ${target} (${Math.round(text.length / 1024)} KB).`);
