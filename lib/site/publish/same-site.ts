/**
 * An address on the same site as the page, or nothing: for settings a link may
 * carry (`?pdok=`) that must not send the page to another site.
 *
 *   sameSiteAddress('/pdok-mirror', 'https://kaart.example.nl/publish.html'); // 'https://kaart.example.nl/pdok-mirror'
 *   sameSiteAddress('https://elders.example/', 'https://kaart.example.nl/');  // undefined
 */
export function sameSiteAddress(value: string | null | undefined, page: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, page);
    return url.origin === new URL(page).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}
