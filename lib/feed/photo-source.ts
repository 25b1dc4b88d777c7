/**
 * Which contact photos may load. A photo is a request from the visitor's browser to
 * whatever host the feed names, so an address on a stranger's server would be a
 * tracking pixel. A photo loads only from the feed's own origin or from a host the
 * feed declares in `meta.imageHosts`, unless the page that embeds the widget allows
 * every host (`photos="all"`) or none (`photos="none"`).
 *
 *   photoSource('https://data.example.nl/foto/sam.jpg', { feedUrl: 'https://data.example.nl/feed.json', allow: 'feed' });
 *   // 'https://data.example.nl/foto/sam.jpg'
 *   photoSource('https://tracker.example.com/p.gif', { feedUrl: 'https://data.example.nl/feed.json', allow: 'feed' });
 *   // undefined
 */

import { webAddress } from '../web-address';

/** `feed`: the feed's origin and its declared hosts (the default); `all`: any web address; `none`: no photos. */
export type PhotoAllowance = 'feed' | 'all' | 'none';

export const PHOTO_ALLOWANCES: readonly PhotoAllowance[] = ['feed', 'all', 'none'];

export interface PhotoRule {
  /** The address the feed was read from; its origin may serve photos. */
  feedUrl?: string;
  allow: PhotoAllowance;
}

/** The address to load a photo from, or undefined when the rule does not allow it. */
export function photoSource(
  photoUrl: string | undefined,
  rule: PhotoRule,
  imageHosts: readonly string[] = [],
): string | undefined {
  const photo = webAddress(photoUrl);
  if (!photo || rule.allow === 'none') return undefined;
  if (rule.allow === 'all') return photo.href;
  const allowed = [rule.feedUrl, ...imageHosts].map((host) => webAddress(host)?.origin);
  return allowed.includes(photo.origin) ? photo.href : undefined;
}
