/**
 * Which feed-supplied addresses may become a link. Feed data is untrusted, so a
 * string turns into an `href` only when it parses as an absolute URL with one of
 * the schemes a person can safely follow; `javascript:`, `data:` and relative
 * paths stay plain text.
 *
 *   safeHref('https://example.nl/x'); // { href: 'https://example.nl/x', external: true }
 *   safeHref('javascript:alert(1)');  // undefined
 */

export interface SafeHref {
  href: string;
  /** http(s) pages open in a new window; mailto: and tel: hand over to an app. */
  external: boolean;
}

const WEB = new Set(['http:', 'https:']);
const HAND_OVER = new Set(['mailto:', 'tel:']);

export function safeHref(value: string | undefined): SafeHref | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (WEB.has(url.protocol)) return { href: url.href, external: true };
  if (HAND_OVER.has(url.protocol)) return { href: url.href, external: false };
  return undefined;
}

/** A `tel:` address from a phone number as people write it ("036 - 123 45 67"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`;
}

/** The OpenStreetMap route planner with the destination filled in: no account, no tracking. */
export function routeHref(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/directions?to=${lat.toFixed(6)},${lon.toFixed(6)}`;
}
