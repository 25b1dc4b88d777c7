/**
 * Dutch national grid (Rijksdriehoeksmeting, RD New, EPSG:28992) to WGS84 degrees.
 * CBS and PDOK publish buurt boundaries in RD; the feed needs longitude/latitude.
 * The polynomial approximation of Schreutelkamp and Strang van Hees is good to
 * about a metre inside the Netherlands, plenty for neighbourhood boundaries.
 *
 *   rdToWgs84(155000, 463000); // [5.387206, 52.15517] (Amersfoort, the grid's origin)
 */

/** True when a coordinate pair lies in the RD grid's range for the Netherlands (metres, not degrees). */
export function looksLikeRd(x: number, y: number): boolean {
  return x >= -7000 && x <= 300000 && y >= 289000 && y <= 629000;
}

/** RD x, y (metres) -> [longitude, latitude], rounded to 6 decimals. */
export function rdToWgs84(x: number, y: number): [number, number] {
  const dx = (x - 155000) * 1e-5;
  const dy = (y - 463000) * 1e-5;
  const north =
    3235.65389 * dy -
    32.58297 * dx ** 2 -
    0.2475 * dy ** 2 -
    0.84978 * dx ** 2 * dy -
    0.0655 * dy ** 3 -
    0.01709 * dx ** 2 * dy ** 2 -
    0.00738 * dx +
    0.0053 * dx ** 4 -
    0.00039 * dx ** 2 * dy ** 3 +
    0.00033 * dx ** 4 * dy -
    0.00012 * dx * dy;
  const east =
    5260.52916 * dx +
    105.94684 * dx * dy +
    2.45656 * dx * dy ** 2 -
    0.81885 * dx ** 3 +
    0.05594 * dx * dy ** 3 -
    0.05607 * dx ** 3 * dy +
    0.01199 * dy -
    0.00256 * dx ** 3 * dy ** 2 +
    0.00128 * dx * dy ** 4 +
    0.00022 * dy ** 2 -
    0.00022 * dx ** 2 +
    0.00026 * dx ** 5;
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return [round(5.387206 + east / 3600), round(52.15517 + north / 3600)];
}
