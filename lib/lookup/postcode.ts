/**
 * Postcode -> coordinates through the PDOK Locatieserver (free, no key).
 * Asked only when a user types a postcode. We deliberately use the returned
 * point, not PDOK's buurtcode: CBS codes change between years, and the feed's
 * own boundaries (which may be of another year) decide the buurt.
 *
 *   const hit = await lookupPostcode('1315 AB', { endpoint: PDOK_LOCATIESERVER });
 *   if (hit.status === 'found') findBuurtCode(hit.lat, hit.lon, buurten);
 *   const area = await lookupPostcodeArea('1325'); // the centres of the postcodes 1325 AA … 1325 ZZ
 */
import { normalizePostcode } from '../query/search';

export const PDOK_LOCATIESERVER = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

export type PostcodeLookup =
  | { status: 'found'; lat: number; lon: number }
  | { status: 'not-found' }
  | { status: 'unavailable'; reason: string };

/** Reads `POINT(lon lat)`, the format of Locatieserver's `centroide_ll`. */
function parsePoint(wkt: unknown): { lat: number; lon: number } | undefined {
  if (typeof wkt !== 'string') return undefined;
  const match = /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(wkt.trim());
  if (!match) return undefined;
  const lon = Number(match[1]);
  const lat = Number(match[2]);
  return Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : undefined;
}

/** What the Locatieserver answered: its documents, or why there is no answer. */
type LocatieserverAnswer = { status: 'ok'; docs: Array<Record<string, unknown>> } | { status: 'unavailable'; reason: string };

interface LookupOptions {
  endpoint?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

async function askLocatieserver(params: Array<[string, string]>, options: LookupOptions): Promise<LocatieserverAnswer> {
  const url = new URL(options.endpoint ?? PDOK_LOCATIESERVER);
  for (const [name, value] of params) url.searchParams.append(name, value);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 8000);
  try {
    const response = await (options.fetch ?? fetch)(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) return { status: 'unavailable', reason: `HTTP ${response.status}` };
    const body = (await response.json()) as { response?: { docs?: unknown } };
    const docs = body.response?.docs;
    return { status: 'ok', docs: Array.isArray(docs) ? (docs as Array<Record<string, unknown>>) : [] };
  } catch (error) {
    const reason = controller.signal.aborted ? 'timeout' : error instanceof Error ? error.message : String(error);
    return { status: 'unavailable', reason };
  } finally {
    clearTimeout(timer);
  }
}

export async function lookupPostcode(text: string, options: LookupOptions = {}): Promise<PostcodeLookup> {
  const postcode = normalizePostcode(text)?.replace(' ', '');
  if (!postcode) return { status: 'not-found' };
  const answer = await askLocatieserver([['q', postcode], ['fq', 'type:postcode'], ['fl', 'centroide_ll'], ['rows', '1']], options);
  if (answer.status === 'unavailable') return answer;
  const point = parsePoint(answer.docs[0]?.centroide_ll);
  return point ? { status: 'found', ...point } : { status: 'not-found' };
}

export type PostcodeAreaLookup =
  | { status: 'found'; points: Array<{ lat: number; lon: number }> }
  | { status: 'not-found' }
  | { status: 'unavailable'; reason: string };

/** Four digits, the postcode area ("1325"): the first part of a postcode. */
const POSTCODE_AREA = /^\s*([1-9]\d{3})\s*$/;

/** '1325' → '1325'; undefined for anything else. */
export function postcodeArea(text: string): string | undefined {
  return POSTCODE_AREA.exec(text)?.[1];
}

/** Rows asked for an area: enough postcodes to find every buurt it touches (an area holds up to a few hundred). */
const AREA_ROWS = 100;

/**
 * A postcode area ("1325") → the centres of its postcodes, so the caller can see
 * which buurten it covers: one area usually spans several.
 */
export async function lookupPostcodeArea(text: string, options: LookupOptions = {}): Promise<PostcodeAreaLookup> {
  const area = postcodeArea(text);
  if (!area) return { status: 'not-found' };
  const answer = await askLocatieserver(
    [['q', area], ['fq', 'type:postcode'], ['fq', `postcode:${area}*`], ['fl', 'centroide_ll'], ['rows', String(AREA_ROWS)]],
    options,
  );
  if (answer.status === 'unavailable') return answer;
  const points = answer.docs.map((doc) => parsePoint(doc.centroide_ll)).filter((point) => point !== undefined);
  return points.length ? { status: 'found', points } : { status: 'not-found' };
}
