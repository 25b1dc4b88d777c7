/**
 * Postcode -> coordinates through the PDOK Locatieserver (free, no key).
 * Asked only when a user types a postcode. We deliberately use the returned
 * point, not PDOK's buurtcode: CBS codes change between years, and the feed's
 * own boundaries (which may be of another year) decide the buurt.
 *
 *   const hit = await lookupPostcode('1315 AB', { endpoint: PDOK_LOCATIESERVER });
 *   if (hit.status === 'found') findBuurtCode(hit.lat, hit.lon, buurten);
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

export async function lookupPostcode(
  text: string,
  options: { endpoint?: string; fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<PostcodeLookup> {
  const postcode = normalizePostcode(text)?.replace(' ', '');
  if (!postcode) return { status: 'not-found' };
  const url = new URL(options.endpoint ?? PDOK_LOCATIESERVER);
  url.searchParams.set('q', postcode);
  url.searchParams.set('fq', 'type:postcode');
  url.searchParams.set('fl', 'centroide_ll');
  url.searchParams.set('rows', '1');

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 8000);
  try {
    const response = await (options.fetch ?? fetch)(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) return { status: 'unavailable', reason: `HTTP ${response.status}` };
    const body = (await response.json()) as { response?: { docs?: Array<Record<string, unknown>> } };
    const doc = body.response?.docs?.[0];
    const point = parsePoint(doc?.centroide_ll);
    if (!doc || !point) return { status: 'not-found' };
    return { status: 'found', ...point };
  } catch (error) {
    const reason = controller.signal.aborted ? 'timeout' : error instanceof Error ? error.message : String(error);
    return { status: 'unavailable', reason };
  } finally {
    clearTimeout(timer);
  }
}
