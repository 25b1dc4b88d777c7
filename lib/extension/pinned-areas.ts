/**
 * The buurten and wijken a kinderwerker pinned in the popup (`Settings.pinnedAreas`),
 * kept in the order they were pinned. Pure, so the popup's components can use it.
 *
 *   togglePinnedArea(['BU03630001'], 'WK036301'); // ['BU03630001', 'WK036301']
 */

/** More would not fit as buttons above the search in a 400 px popup. */
export const MAX_PINNED_AREAS = 12;

/** The pinned buurten with `code` added at the end, or taken out when it was pinned. */
export function togglePinnedArea(pinned: readonly string[], code: string): string[] {
  return pinned.includes(code) ? pinned.filter((entry) => entry !== code) : [...pinned, code].slice(-MAX_PINNED_AREAS);
}
