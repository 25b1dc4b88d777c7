/**
 * The CBS 2015 boundaries in data/boundaries/, turned into the neighbourhood shape
 * of feed format v1: properties `{ code, name, wijkCode, children }`, geometry kept.
 * `children` is the CBS-based estimate of children aged 0–14 (null where suppressed).
 *
 *   const { buurten, wijken } = readBoundaries('almere');
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AreaGeometry, BuurtFeature, WijkFeature } from '../../lib/feed/schema';

export const BOUNDARIES_DIR = fileURLToPath(new URL('../../data/boundaries/', import.meta.url));

export const BOUNDARY_ATTRIBUTION = 'Kadaster / Centraal Bureau voor de Statistiek, 2015';

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
      properties: { code: p.code, name: p.name, wijkCode: requireWijkCode(p), children: p.children0to14Est },
    }),
  );
  const wijken = readSource(`${municipality}-wijken.geojson`).map(
    ({ geometry, properties: p }): WijkFeature => ({
      type: 'Feature',
      geometry,
      properties: { code: p.code, name: p.name, children: p.children0to14Est },
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
