/**
 * Reads buurt and wijk boundaries as a municipality has them (a GeoJSON
 * FeatureCollection from CBS, PDOK or our data/boundaries) into the feed's
 * neighbourhood features. Property names differ per source (`code`, `buurtcode`,
 * `statcode`, `BU_CODE`, ...); boundaries in RD New are converted to WGS84.
 *
 *   const { buurten, problems } = readBuurten(geojson, 'buurten.geojson');
 */
import { formatPath, readableIssue } from '../feed/readable-issue';
import { AreaGeometry, areaSizeProblem, type BuurtFeature, type WijkFeature } from '../feed/schema';
import { COMMAND_LINE_HINTS } from './context-hints';
import type { ImportProblem } from './import-problem';
import { asArray, asNumber, asRecord, asString } from './json-read';
import { looksLikeRd, rdToWgs84 } from './rd-new';

const CODE_KEYS = ['code', 'buurtcode', 'wijkcode', 'statcode', 'BU_CODE', 'WK_CODE', 'bu_code', 'wk_code', 'identificatie'];
const NAME_KEYS = ['name', 'buurtnaam', 'wijknaam', 'statnaam', 'BU_NAAM', 'WK_NAAM', 'naam'];
const WIJK_KEYS = ['wijkCode', 'wijkcode', 'WK_CODE', 'wk_code'];
const CHILDREN_KEYS = ['children', 'children0to14Est', 'kinderen'];
const MUNICIPALITY_NAME_KEYS = ['municipalityName', 'gemeentenaam', 'GM_NAAM', 'gm_naam'];
const YEAR_KEYS = ['year', 'jaar', 'jaarstatcode'];

const BUURT_CODE = /^BU\d{4}[0-9A-Z]{4}$/;
const WIJK_CODE = /^WK\d{4}[0-9A-Z]{2}$/;

function pick(properties: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (properties[key] !== undefined && properties[key] !== null) return properties[key];
  return undefined;
}

type Position = [number, number, ...number[]];

/** Converts every position of a Polygon or MultiPolygon; lists nested deeper than a MultiPolygon's are left as they are (validation refuses them). */
function convertPositions(value: unknown, convert: (p: Position) => Position, depth = 0): unknown {
  if (Array.isArray(value) && typeof value[0] === 'number') return convert(value as Position);
  return Array.isArray(value) && depth < 4 ? value.map((item) => convertPositions(item, convert, depth + 1)) : value;
}

function firstPosition(value: unknown): Position | undefined {
  let current = value;
  while (Array.isArray(current) && Array.isArray(current[0])) current = current[0];
  return Array.isArray(current) && typeof current[0] === 'number' ? (current as Position) : undefined;
}

const NOT_AN_AREA = 'geometry is not a Polygon or MultiPolygon; feature left out';

/** The geometry in WGS84, checked against the feed schema, or why it cannot be used. */
function readGeometry(value: unknown): { geometry: AreaGeometry } | { reason: string } {
  const geometry = asRecord(value);
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return { reason: NOT_AN_AREA };
  const first = firstPosition(geometry.coordinates);
  if (!first) return { reason: NOT_AN_AREA };
  const coordinates = looksLikeRd(first[0], first[1])
    ? convertPositions(geometry.coordinates, ([x, y]) => rdToWgs84(x, y))
    : geometry.coordinates;
  const checked = AreaGeometry.safeParse({ type: geometry.type, coordinates }, { error: readableIssue });
  if (checked.success) return { geometry: checked.data };
  const issue = checked.error.issues[0];
  return { reason: `${formatPath('geometry', issue.path)}: ${issue.message}; feature left out` };
}

interface ReadArea {
  code: string;
  name: string;
  wijkCode?: string;
  children?: number | null;
  geometry: AreaGeometry;
}

/** Extra facts found in the boundary file, used to fill the feed's metadata. */
export interface BoundaryFacts {
  municipalityName?: string;
  year?: number;
}

function readAreas(json: unknown, file: string, pattern: RegExp, level: 'buurt' | 'wijk', problems: ImportProblem[], facts: BoundaryFacts) {
  const collection = asRecord(json);
  const features = asArray(collection?.features);
  if (!collection || collection.type !== 'FeatureCollection' || !features) {
    problems.push({ severity: 'error', file, reason: `not a GeoJSON FeatureCollection; give the ${level} boundaries as a .geojson file` });
    return [];
  }
  const areas: ReadArea[] = [];
  features.forEach((value, index) => {
    const feature = asRecord(value);
    const properties = asRecord(feature?.properties) ?? {};
    const code = asString(pick(properties, CODE_KEYS))?.trim() ?? asString(feature?.id);
    const path = `features[${index}]`;
    if (!code || !pattern.test(code)) {
      // A buurten file from CBS also holds wijken and gemeenten; those are skipped without a word.
      if (!code || !/^(BU|WK|GM)\d/.test(code)) {
        problems.push({ severity: 'warning', file, path, reason: `no CBS ${level} code in the properties (looked for ${CODE_KEYS.slice(0, 4).join(', ')}); feature left out` });
      }
      return;
    }
    const tooLarge = areaSizeProblem(feature?.geometry);
    if (tooLarge) {
      problems.push({ severity: 'error', file, path: formatPath(`${path}.geometry`, tooLarge.path), id: code, reason: `${tooLarge.reason}; feature left out` });
      return;
    }
    const read = readGeometry(feature?.geometry);
    if ('reason' in read) {
      problems.push({ severity: 'warning', file, path, id: code, reason: read.reason });
      return;
    }
    const { geometry } = read;
    const children = asNumber(pick(properties, CHILDREN_KEYS));
    const wijkCode = asString(pick(properties, WIJK_KEYS)) ?? (level === 'buurt' ? `WK${code.slice(2, 8)}` : undefined);
    facts.municipalityName ??= asString(pick(properties, MUNICIPALITY_NAME_KEYS));
    facts.year ??= asNumber(pick(properties, YEAR_KEYS));
    areas.push({
      code,
      name: asString(pick(properties, NAME_KEYS))?.trim() || code,
      wijkCode,
      children: children === undefined ? undefined : Math.max(0, Math.round(children)),
      geometry,
    });
  });
  return areas;
}

export interface BoundaryRead<T> {
  features: T[];
  facts: BoundaryFacts;
  problems: ImportProblem[];
}

/** Buurten from a GeoJSON FeatureCollection, optionally only those of one municipality (`GM0034`). */
export function readBuurten(
  json: unknown,
  file: string,
  municipalityCode?: string,
  municipalitySetting = COMMAND_LINE_HINTS.municipalitySetting,
): BoundaryRead<BuurtFeature> {
  const problems: ImportProblem[] = [];
  const facts: BoundaryFacts = {};
  const prefix = municipalityCode ? `BU${municipalityCode.slice(2)}` : 'BU';
  const areas = readAreas(json, file, BUURT_CODE, 'buurt', problems, facts).filter((area) => area.code.startsWith(prefix));
  if (areas.length === 0) {
    problems.push({
      severity: 'error',
      file,
      reason: municipalityCode
        ? `no buurten of ${municipalityCode} found; check ${municipalitySetting} and that the file holds CBS buurt codes (BU${municipalityCode.slice(2)}....)`
        : 'no buurten found; the features need a CBS buurt code (BU........) in their properties',
    });
  }
  const features = areas.map(({ code, name, wijkCode, children, geometry }) => ({
    type: 'Feature' as const,
    geometry,
    properties: { code, wijkCode: wijkCode && WIJK_CODE.test(wijkCode) ? wijkCode : `WK${code.slice(2, 8)}`, name, ...(children === undefined ? {} : { children }) },
  }));
  return { features, facts, problems };
}

export function readWijken(json: unknown, file: string, municipalityCode?: string): BoundaryRead<WijkFeature> {
  const problems: ImportProblem[] = [];
  const facts: BoundaryFacts = {};
  const prefix = municipalityCode ? `WK${municipalityCode.slice(2)}` : 'WK';
  const areas = readAreas(json, file, WIJK_CODE, 'wijk', problems, facts).filter((area) => area.code.startsWith(prefix));
  const features = areas.map(({ code, name, children, geometry }) => ({
    type: 'Feature' as const,
    geometry,
    properties: { code, name, ...(children === undefined ? {} : { children }) },
  }));
  return { features, facts, problems };
}
