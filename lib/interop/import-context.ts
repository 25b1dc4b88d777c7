/**
 * What every import needs beyond the source data: which municipality the feed is
 * for, its buurten (and wijken), who publishes it and under which licence. The
 * command-line tools fill this from arguments; the widget from its attributes.
 * `buildFrame` turns it into the feed's `meta` and `neighbourhoods`, and a buurt
 * index to derive buurt codes from coordinates.
 *
 *   const frame = buildFrame({ municipality: { code: 'GM0034', name: 'Almere' }, buurten: geojson });
 *   frame.buurten.find(52.37, 5.21); // 'BU00340202'
 */
import type { BuurtFeature, Meta, WijkFeature } from '../feed/schema';
import { findBuurtCode } from '../geo/buurt-of-point';
import { pointInside } from './area-centre';
import { COMMAND_LINE_HINTS, type ContextHints } from './context-hints';
import { municipalityCodeFrom } from './convert-settings';
import type { ImportProblem } from './import-problem';
import { readBuurten, readWijken } from './neighbourhood-source';

export interface ImportContext {
  municipality?: { code?: string; name?: string };
  /** Buurt boundaries: a GeoJSON FeatureCollection (CBS, PDOK or our own property names; WGS84 or RD New). */
  buurten?: unknown;
  /** Name of the boundary file, for problem messages. */
  buurtenFile?: string;
  wijken?: unknown;
  wijkenFile?: string;
  /** Link the boundaries in the feed (`{ url }`, relative to the feed) instead of writing them inline. */
  buurtenUrl?: string;
  wijkenUrl?: string;
  publisher?: { name?: string; url?: string; email?: string };
  /** SPDX identifier, e.g. `CC0-1.0` or `CC-BY-4.0`. */
  license?: string;
  licenseUrl?: string;
  boundaryAttribution?: string;
  language?: string;
  /** The moment the feed is made (tests pass a fixed one). */
  now?: Date;
  /** The caller validates the feed itself (the widget's loader does): skip the final validation. */
  skipValidation?: boolean;
  /** How the user gives a missing fact, for problem messages. Default: the command-line options. */
  hints?: ContextHints;
}

/** Facts an importer found in its source that can fill the metadata when the context does not. */
export interface SourceFacts {
  municipalityCode?: string;
  municipalityName?: string;
  boundaryAttribution?: string;
  /** The data is made up (a demo feed). */
  example?: boolean;
  language?: string;
  publisherName?: string;
  publisherUrl?: string;
  publisherEmail?: string;
  license?: string;
  licenseUrl?: string;
}

export interface BuurtIndex {
  features: BuurtFeature[];
  /** The buurt a point lies in. */
  find(lat: number, lon: number): string | undefined;
  has(code: string): boolean;
  /** A point inside the buurt, as `{ lat, lon }`. */
  pointIn(code: string): { lat: number; lon: number } | undefined;
}

export interface FeedFrame {
  /** Undefined when the metadata cannot be made (see problems). */
  meta?: Meta;
  neighbourhoods?: { buurten: unknown; wijken?: unknown };
  buurten: BuurtIndex;
  /** The wijk features read, when the context gave wijken. */
  wijkFeatures?: WijkFeature[];
  problems: ImportProblem[];
}

function buurtIndex(features: BuurtFeature[]): BuurtIndex {
  const byCode = new Map(features.map((feature) => [feature.properties.code, feature]));
  return {
    features,
    find: (lat, lon) => findBuurtCode(lat, lon, features),
    has: (code) => byCode.has(code),
    pointIn(code) {
      const feature = byCode.get(code);
      if (!feature) return undefined;
      const [lon, lat] = pointInside(feature.geometry);
      return { lat, lon };
    },
  };
}

const CC_LICENSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/creativecommons\.org\/publicdomain\/zero\/1\.0/, 'CC0-1.0'],
  [/creativecommons\.org\/licenses\/by\/4\.0/, 'CC-BY-4.0'],
  [/creativecommons\.org\/licenses\/by-sa\/4\.0/, 'CC-BY-SA-4.0'],
  [/opendatacommons\.org\/licenses\/odbl/, 'ODbL-1.0'],
];

/** A licence URL (as OpenActive publishes it) to its SPDX identifier, when it is a well-known one. */
export function licenseFromUrl(url: string): string | undefined {
  return CC_LICENSES.find(([pattern]) => pattern.test(url))?.[1];
}

const DEFAULT_LICENSE = 'CC-BY-4.0';

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Reads the boundaries and makes `meta`; problems say which argument to add when something is missing. */
export function buildFrame(context: ImportContext, facts: SourceFacts = {}): FeedFrame {
  const problems: ImportProblem[] = [];
  const hints = context.hints ?? COMMAND_LINE_HINTS;
  const typedCode = (context.municipality?.code ?? facts.municipalityCode)?.trim();
  let code = typedCode ? municipalityCodeFrom(typedCode) : undefined;
  if (typedCode && !code) {
    problems.push({ severity: 'error', reason: `municipality code "${typedCode}" is not a CBS code; write it like GM0034 (${hints.municipality})` });
  }

  const buurtRead = context.buurten === undefined
    ? undefined
    : readBuurten(context.buurten, context.buurtenFile ?? 'buurten', code, hints.municipalitySetting);
  if (buurtRead) problems.push(...buurtRead.problems);
  const features = buurtRead?.features ?? [];
  if (!code && features.length > 0) code = `GM${features[0].properties.code.slice(2, 6)}`;

  const wijkRead = context.wijken === undefined ? undefined : readWijken(context.wijken, context.wijkenFile ?? 'wijken', code);
  if (wijkRead) problems.push(...wijkRead.problems);

  const name = context.municipality?.name?.trim() || facts.municipalityName || buurtRead?.facts.municipalityName;
  if (context.buurten === undefined && !context.buurtenUrl) {
    problems.push({ severity: 'error', reason: `no buurten given; ${hints.buurten}` });
  }
  if (!code) problems.push({ severity: 'error', reason: `no municipality code; ${hints.municipality} (the CBS code of the gemeente)` });
  if (!name) problems.push({ severity: 'error', reason: `no municipality name; ${hints.name}` });

  const publisherName = context.publisher?.name?.trim() || facts.publisherName || (name ? `Gemeente ${name}` : undefined);
  if (!context.publisher?.name && !facts.publisherName && name) {
    problems.push({ severity: 'warning', reason: `no publisher given; used "Gemeente ${name}" (${hints.publisher})` });
  }
  const license = context.license?.trim() || facts.license;
  if (!license) problems.push({ severity: 'warning', reason: `no licence given; used ${DEFAULT_LICENSE} (${hints.license})` });
  const year = buurtRead?.facts.year;
  const boundaryAttribution = context.boundaryAttribution?.trim() || facts.boundaryAttribution
    || `Kadaster / Centraal Bureau voor de Statistiek${year ? `, ${year}` : ''}`;

  const fatal = problems.some((p) => p.severity === 'error');
  const publisherUrl = context.publisher?.url ?? facts.publisherUrl;
  const publisherEmail = context.publisher?.email ?? facts.publisherEmail;
  const licenseUrl = context.licenseUrl ?? (context.license ? undefined : facts.licenseUrl);
  const meta: Meta | undefined = fatal || !code || !name || !publisherName
    ? undefined
    : {
        municipality: { code, name },
        publisher: {
          name: publisherName,
          ...(publisherUrl ? { url: publisherUrl } : {}),
          ...(publisherEmail ? { email: publisherEmail } : {}),
        },
        license: license ?? DEFAULT_LICENSE,
        ...(licenseUrl ? { licenseUrl } : {}),
        generatedAt: isoSeconds(context.now ?? new Date()),
        boundaryAttribution,
        ...(facts.example ? { example: true } : {}),
        ...((context.language ?? facts.language) ? { language: context.language ?? facts.language } : {}),
      };

  const inlineOrLink = <T>(url: string | undefined, list: T[] | undefined) =>
    url ? { url } : list ? { type: 'FeatureCollection', features: list } : undefined;
  const buurten = inlineOrLink<BuurtFeature>(context.buurtenUrl, buurtRead?.features);
  const wijken = inlineOrLink<WijkFeature>(context.wijkenUrl, wijkRead?.features);
  return {
    meta,
    neighbourhoods: buurten ? { buurten, ...(wijken ? { wijken } : {}) } : undefined,
    buurten: buurtIndex(features),
    ...(wijkRead ? { wijkFeatures: wijkRead.features } : {}),
    problems,
  };
}
