/**
 * An absolute http(s) address: the one check for addresses a page, a feed or a person
 * gives (a feed's address, a boundary file, a contact photo). Anything else — a
 * javascript: or data: address, a typo that is no address — is undefined, so it is
 * never loaded or linked.
 *
 *   webAddress('feed.json', 'https://www.example.nl/kaart/')?.href; // 'https://www.example.nl/kaart/feed.json'
 *   webAddress('javascript:alert(1)');                              // undefined
 */
export function webAddress(text: string | undefined, base?: string): URL | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
