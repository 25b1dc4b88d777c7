/**
 * The demo feeds in public/feeds/, read as a browser gets them: linked GeoJSON
 * fetched relative to the feed, then validated.
 *
 *   const { data } = validDemo('almere.json');
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateFeed } from '../../lib/feed/validate';

// Paths, not URLs: happy-dom replaces the global URL, which node:url does not accept.
const FEEDS_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../public/feeds');
export const FEEDS_DIR = pathToFileURL(FEEDS_PATH + '/');

export function readDemoFeed(name: string): Record<string, unknown> {
  const read = (file: string) => JSON.parse(readFileSync(join(FEEDS_PATH, file), 'utf8'));
  const feed = read(name) as Record<string, unknown> & { neighbourhoods: Record<string, unknown> };
  for (const [layer, value] of Object.entries(feed.neighbourhoods)) {
    const link = value as { url?: string };
    // The demo links files beside the feed by plain name.
    if (link.url) feed.neighbourhoods[layer] = read(link.url);
  }
  return feed;
}

export function validDemo(name: string) {
  const result = validateFeed(readDemoFeed(name));
  if (!result.ok) throw new Error(`${name} is unusable: ${result.failure.message}`);
  return result;
}
