/**
 * The part of a feed that must be right for any of it to be usable: a JSON object
 * with the right `format` and `version`, valid `meta`, and the neighbourhoods as
 * GeoJSON FeatureCollections (already loaded when they were given as `{ url }`).
 * Everything below this level is checked record by record elsewhere.
 *
 *   const checked = checkStructure(JSON.parse(text));
 *   if (!checked.ok) show(checked.failure.message);
 */
import { FEED_FORMAT, FEED_VERSION, Meta } from './schema';
import type { FeedFailure } from './model';
import { describeValue, formatPath, quoteValue, readableIssue } from './readable-issue';

/** Feed format versions this code reads. */
const SUPPORTED_VERSIONS: readonly number[] = [FEED_VERSION];

export interface FeedStructure {
  root: Record<string, unknown>;
  meta: Meta;
  /** Raw GeoJSON features, not yet checked one by one. */
  buurten: unknown[];
  wijken: unknown[];
  /** Sections (record kinds, `neighbourhoods.buurten`, …) in the order the feed lists them. */
  sectionOrder: string[];
}

export type StructureCheck = { ok: true; structure: FeedStructure } | { ok: false; failure: FeedFailure };

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fail = (code: FeedFailure['code'], message: string): StructureCheck => ({ ok: false, failure: { code, message } });

export function checkStructure(raw: unknown): StructureCheck {
  if (!isObject(raw)) {
    return fail('invalid-structure', `The feed must be a JSON object { … }, but it is ${describeValue(raw)}.`);
  }
  if (raw.format !== FEED_FORMAT) {
    return fail(
      'unknown-format',
      raw.format === undefined
        ? `This is not a kinderwerk feed: "format" is missing. A feed starts with "format": "${FEED_FORMAT}".`
        : `This is not a kinderwerk feed: "format" is ${quoteValue(raw.format)}, expected "${FEED_FORMAT}".`,
    );
  }
  if (typeof raw.version !== 'number' || !SUPPORTED_VERSIONS.includes(raw.version)) {
    const supported = SUPPORTED_VERSIONS.join(', ');
    return fail(
      'unknown-version',
      raw.version === undefined
        ? `"version" is missing. This app reads feed format version ${supported}; add "version": ${FEED_VERSION}.`
        : `Feed format version ${quoteValue(raw.version)} is not supported. This app reads version ${supported}.`,
    );
  }

  const meta = Meta.safeParse(raw.meta, { error: readableIssue });
  if (!meta.success) {
    const [first, ...rest] = meta.error.issues;
    const more = rest.length ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'} in meta)` : '';
    return fail('invalid-structure', `${formatPath('meta', first.path)}: ${first.message}${more}.`);
  }

  const neighbourhoods = raw.neighbourhoods;
  if (!isObject(neighbourhoods)) {
    return fail(
      'invalid-structure',
      neighbourhoods === undefined
        ? '"neighbourhoods" is missing: the feed needs its buurten as a GeoJSON FeatureCollection.'
        : `"neighbourhoods" must be an object { "buurten": …, "wijken": … }, but it is ${describeValue(neighbourhoods)}.`,
    );
  }
  const buurten = featuresOf(neighbourhoods.buurten, 'neighbourhoods.buurten', true);
  if (!buurten.ok) return buurten;
  const wijken = featuresOf(neighbourhoods.wijken, 'neighbourhoods.wijken', false);
  if (!wijken.ok) return wijken;

  return {
    ok: true,
    structure: {
      root: raw,
      meta: meta.data,
      buurten: buurten.features,
      wijken: wijken.features,
      sectionOrder: Object.keys(raw).flatMap((key) =>
        key === 'neighbourhoods' ? Object.keys(neighbourhoods).map((sub) => `neighbourhoods.${sub}`) : [key],
      ),
    },
  };
}

type FeaturesCheck = { ok: true; features: unknown[] } | { ok: false; failure: FeedFailure };

function featuresOf(value: unknown, path: string, required: boolean): FeaturesCheck {
  if (value === undefined && !required) return { ok: true, features: [] };
  if (value === undefined) {
    return { ok: false, failure: { code: 'invalid-structure', message: `${path} is missing: give the buurten as a GeoJSON FeatureCollection.` } };
  }
  if (isObject(value) && typeof value.url === 'string' && value.type === undefined) {
    return {
      ok: false,
      failure: {
        code: 'invalid-structure',
        message: `${path} is still a link to ${quoteValue(value.url)}; load that GeoJSON first (fetchFeed does this).`,
      },
    };
  }
  if (!isObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return {
      ok: false,
      failure: {
        code: 'invalid-structure',
        message: `${path} must be a GeoJSON FeatureCollection: { "type": "FeatureCollection", "features": [ … ] }, or { "url": "…" }.`,
      },
    };
  }
  return { ok: true, features: value.features };
}
