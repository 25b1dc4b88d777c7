/**
 * The CBS 2015 boundaries in data/boundaries/, turned into the neighbourhood shape
 * of feed format v1: properties `{ code, name, wijkCode, children, childrenAges,
 * childrenSource }`, geometry kept. `children` is an estimate of the children aged
 * 0–14 from CBS figures (inhabitants × share aged 0–14; null where CBS suppressed
 * them), so the age band is 0–14 and the source CBS Kerncijfers wijken en buurten 2015.
 *
 *   const { buurten, wijken } = readBoundaries('almere');
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AreaGeometry, BuurtFeature, ChildrenSource, WijkFeature } from '../../lib/feed/schema';

export const BOUNDARIES_DIR = fileURLToPath(new URL('../../data/boundaries/', import.meta.url));

export const BOUNDARY_ATTRIBUTION = 'Kadaster / Centraal Bureau voor de Statistiek, 2015';

/** Where the children counts come from, and the age band they count. */
export const CHILDREN_SOURCE: ChildrenSource = { name: 'CBS Kerncijfers wijken en buurten', year: 2015 };
export const CHILDREN_AGES = { min: 0, max: 14 };

/** The band and source are stated only where there is a count. */
const childrenOf = (count: number | null) =>
  count === null ? { children: null } : { children: count, childrenAges: CHILDREN_AGES, childrenSource: CHILDREN_SOURCE };

export type DemoMunicipality = 'almere' | 'tilburg';

export interface FeatureCollection<T> {
  type: 'FeatureCollection';
  features: T[];
}

export interface Boundaries {
  buurten: FeatureCollection<BuurtFeature>;
  wijken: FeatureCollection<WijkFeature>;
}

/** The subset of the source properties we read (see data/boundaries/README.md). */
interface SourceFeature {
  geometry: AreaGeometry;
  properties: { code: string; name: string; wijkCode?: string; children0to14Est: number | null };
}

export function readBoundaries(municipality: DemoMunicipality): Boundaries {
  const buurten = readSource(`${municipality}-buurten.geojson`).map(
    ({ geometry, properties: p }): BuurtFeature => ({
      type: 'Feature',
      geometry,
      properties: { code: p.code, name: p.name, wijkCode: requireWijkCode(p), ...childrenOf(p.children0to14Est) },
    }),
  );
  const wijken = readSource(`${municipality}-wijken.geojson`).map(
    ({ geometry, properties: p }): WijkFeature => ({
      type: 'Feature',
      geometry,
      properties: { code: p.code, name: p.name, ...childrenOf(p.children0to14Est) },
    }),
  );
  return {
    buurten: { type: 'FeatureCollection', features: buurten },
    wijken: { type: 'FeatureCollection', features: wijken },
  };
}

function readSource(file: string): SourceFeature[] {
  const json = JSON.parse(readFileSync(join(BOUNDARIES_DIR, file), 'utf8')) as { features: SourceFeature[] };
  return json.features;
}

function requireWijkCode(properties: SourceFeature['properties']): string {
  if (!properties.wijkCode) throw new Error(`buurt ${properties.code} has no wijkCode in data/boundaries`);
  return properties.wijkCode;
}
