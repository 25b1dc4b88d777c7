/**
 * The buurten and wijken of one municipality from the CBS Wijk- en buurtkaart on
 * PDOK (WFS 2.0, GeoJSON in WGS84), turned into the property names
 * lib/interop/neighbourhood-source.ts reads: the feed builder then treats them
 * exactly like a GeoJSON file the publisher chose. The service address is a
 * setting, so tests use a stand-in on localhost. Never throws.
 *
 *   const fetched = await fetchPdokBoundaries('GM0034', { year: 2023 });
 *   if (fetched.ok) context.buurten = fetched.buurten; // meta.boundaryAttribution: fetched.attribution
 */
import { asArray, asNumber, asRecord, asString } from '../../interop/json-read';

/** CBS publishes a Wijk- en buurtkaart each year; PDOK serves each year as its own service. */
export const PDOK_WIJKENBUURTEN = 'https://service.pdok.nl/cbs/wijkenbuurten';
/** The newest year with final figures on PDOK when this was written; the page lets the publisher choose. */
export const PDOK_DEFAULT_YEAR = 2023;
export const PDOK_YEARS = [2024, 2023, 2022, 2021] as const;

export type PdokLayer = 'buurten' | 'wijken';

/** The GetFeature address for one layer of one municipality. */
export function pdokFeaturesUrl(base: string, year: number, layer: PdokLayer, municipalityCode: string): string {
  const filter =
    '<fes:Filter xmlns:fes="http://www.opengis.net/fes/2.0"><fes:PropertyIsEqualTo>' +
    `<fes:ValueReference>gemeentecode</fes:ValueReference><fes:Literal>${municipalityCode}</fes:Literal>` +
    '</fes:PropertyIsEqualTo></fes:Filter>';
  const params = new URLSearchParams({
    service: 'WFS',
    version: '2.0.0',
    request: 'GetFeature',
    typeNames: `wijkenbuurten:${layer}`,
    outputFormat: 'json',
    srsName: 'EPSG:4326',
    count: '2000',
    filter,
  });
  return `${base.replace(/\/+$/, '')}/${year}/wfs/v1_0?${params}`;
}

export const boundaryAttribution = (year: number) => `Kadaster / Centraal Bureau voor de Statistiek, ${year}`;

/** CBS writes a secret or unknown figure as a large negative number (-99997 and the like). */
const figure = (value: unknown) => {
  const n = asNumber(value);
  return n !== undefined && n >= 0 ? n : undefined;
};

/**
 * PDOK's properties in the names our boundary reader knows. Water-only buurten
 * (`water: "JA"`) are left out: nobody lives there. The child estimate is as in
 * data/boundaries: inhabitants × share aged 0–14.
 */
export function fromPdokFeatures(json: unknown, year: number): { type: 'FeatureCollection'; features: unknown[] } {
  const features = (asArray(asRecord(json)?.features) ?? []).flatMap((value) => {
    const feature = asRecord(value);
    const properties = asRecord(feature?.properties) ?? {};
    if (asString(properties.water)?.toUpperCase() === 'JA') return [];
    const inhabitants = figure(properties.aantal_inwoners ?? properties.aantalInwoners);
    const share = figure(properties.percentage_personen_0_tot_15_jaar ?? properties.percentagePersonen0Tot15Jaar);
    const children = inhabitants !== undefined && share !== undefined ? Math.round((inhabitants * share) / 100) : undefined;
    return [{
      type: 'Feature',
      geometry: feature?.geometry,
      // PDOK's own properties stay too: a copy of the service that names them otherwise (statcode,
      // statnaam) is still read by the boundary reader.
      properties: {
        ...properties,
        code: asString(properties.buurtcode) ?? asString(properties.wijkcode),
        name: asString(properties.buurtnaam) ?? asString(properties.wijknaam),
        ...(asString(properties.buurtcode) && asString(properties.wijkcode) ? { wijkCode: asString(properties.wijkcode) } : {}),
        municipalityName: asString(properties.gemeentenaam),
        year,
        ...(children !== undefined ? { children0to14Est: children } : {}),
      },
    }];
  });
  return { type: 'FeatureCollection', features };
}

export interface PdokOptions {
  year?: number;
  /** Default PDOK_WIJKENBUURTEN. */
  base?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export type PdokResult =
  | { ok: true; buurten: unknown; wijken: unknown; year: number; attribution: string; municipalityName?: string; buurtCount: number; wijkCount: number }
  | { ok: false; reason: 'network' | 'http' | 'not-json' | 'empty'; status?: number };

async function fetchLayer(layer: PdokLayer, code: string, year: number, options: PdokOptions) {
  const url = pdokFeaturesUrl(options.base ?? PDOK_WIJKENBUURTEN, year, layer, code);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { headers: { accept: 'application/json' }, signal: options.signal, referrerPolicy: 'no-referrer' });
  } catch {
    return { ok: false as const, reason: 'network' as const };
  }
  if (!response.ok) return { ok: false as const, reason: 'http' as const, status: response.status };
  try {
    return { ok: true as const, collection: fromPdokFeatures(await response.json(), year) };
  } catch {
    return { ok: false as const, reason: 'not-json' as const };
  }
}

export async function fetchPdokBoundaries(municipalityCode: string, options: PdokOptions = {}): Promise<PdokResult> {
  const year = options.year ?? PDOK_DEFAULT_YEAR;
  const [buurten, wijken] = await Promise.all([
    fetchLayer('buurten', municipalityCode, year, options),
    fetchLayer('wijken', municipalityCode, year, options),
  ]);
  if (!buurten.ok) return buurten;
  if (!wijken.ok) return wijken;
  if (buurten.collection.features.length === 0) return { ok: false, reason: 'empty' };
  const first = asRecord(asRecord(buurten.collection.features[0])?.properties);
  return {
    ok: true,
    buurten: buurten.collection,
    wijken: wijken.collection,
    year,
    attribution: boundaryAttribution(year),
    municipalityName: asString(first?.municipalityName),
    buurtCount: buurten.collection.features.length,
    wijkCount: wijken.collection.features.length,
  };
}
