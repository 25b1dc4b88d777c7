/**
 * The demo feeds in public/feeds/, read as a browser gets them: linked GeoJSON
 * fetched relative to the feed, then validated.
 *
 *   const { data } = validDemo('almere.json');
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateFeed } from '../../lib/feed/validate';

export const FEEDS_DIR = new URL('../../public/feeds/', import.meta.url);

const readText = (url: URL) => readFileSync(fileURLToPath(url), 'utf8');

export function readDemoFeed(name: string): Record<string, unknown> {
  const feedUrl = new URL(name, FEEDS_DIR);
  const feed = JSON.parse(readText(feedUrl)) as Record<string, unknown> & { neighbourhoods: Record<string, unknown> };
  for (const [layer, value] of Object.entries(feed.neighbourhoods)) {
    const link = value as { url?: string };
    if (link.url) feed.neighbourhoods[layer] = JSON.parse(readText(new URL(link.url, feedUrl)));
  }
  return feed;
}

export function validDemo(name: string) {
  const result = validateFeed(readDemoFeed(name));
  if (!result.ok) throw new Error(`${name} is unusable: ${result.failure.message}`);
  return result;
}
