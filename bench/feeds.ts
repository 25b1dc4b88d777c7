/**
 * The feeds the benchmark measures: the Almere demo feed, and a generated city and
 * region feed (scripts/generate), written once to bench/.cache/ and reused while the
 * generator and the seed stay the same.
 *
 *   const city = await benchFeed('city');   // { name: 'city', path: 'bench/.cache/city-….json', bytes }
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feedPlan, type SizeName } from '../scripts/generate/feed-plan';
import { generateFeed } from '../scripts/generate/generate-feed';

export const CACHE_DIR = 'bench/.cache';
export const SEED = 'bench-1';
const GENERATOR_DIR = 'scripts/generate';

export interface BenchFeed {
  name: 'demo' | SizeName;
  /** Path on disk of the feed file. */
  path: string;
  /** Linked files served next to it (the demo's GeoJSON). */
  linked: string[];
  bytes: number;
}

/** Changes whenever a generator source file changes, so a stale cached feed is never used. */
function generatorVersion(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(GENERATOR_DIR).sort()) hash.update(name).update(readFileSync(join(GENERATOR_DIR, name)));
  return hash.digest('hex').slice(0, 10);
}

export function demoFeed(): BenchFeed {
  const path = 'public/feeds/almere.json';
  const linked = ['public/feeds/almere-buurten.geojson', 'public/feeds/almere-wijken.geojson'];
  return { name: 'demo', path, linked, bytes: [path, ...linked].reduce((sum, file) => sum + statSync(file).size, 0) };
}

export function generatedFeed(size: SizeName, log: (line: string) => void): BenchFeed {
  mkdirSync(CACHE_DIR, { recursive: true });
  const path = join(CACHE_DIR, `${size}-${SEED}-${generatorVersion()}.json`);
  if (!existsSync(path)) {
    const started = performance.now();
    writeFileSync(path, JSON.stringify(generateFeed(feedPlan({ size, seed: SEED }))));
    log(`generated the ${size} feed in ${Math.round(performance.now() - started)} ms -> ${path}`);
  }
  return { name: size, path, linked: [], bytes: statSync(path).size };
}
