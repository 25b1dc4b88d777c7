/**
 * A rough box around the European Netherlands, to catch coordinates that cannot be
 * right: swapped latitude and longitude, RD (rijksdriehoek) metres, a missing digit.
 *
 *   coordinateProblem(52.37, 5.21); // undefined: fine
 *   coordinateProblem(5.21, 52.37); // { field: 'latitude', reason: '… look swapped …' }
 */
const NETHERLANDS_BOUNDS = { south: 50.7, north: 53.7, west: 3.2, east: 7.3 } as const;

const inLatitudes = (n: number) => n >= NETHERLANDS_BOUNDS.south && n <= NETHERLANDS_BOUNDS.north;
const inLongitudes = (n: number) => n >= NETHERLANDS_BOUNDS.west && n <= NETHERLANDS_BOUNDS.east;

export function coordinateProblem(
  latitude: number,
  longitude: number,
): { field: 'latitude' | 'longitude'; reason: string } | undefined {
  if (inLatitudes(latitude) && inLongitudes(longitude)) return undefined;
  const field = inLatitudes(latitude) ? 'longitude' : 'latitude';
  if (inLatitudes(longitude) && inLongitudes(latitude)) {
    return {
      field,
      reason: `latitude ${latitude} and longitude ${longitude} look swapped: in the Netherlands latitude is about 51–53 and longitude about 3–7`,
    };
  }
  return {
    field,
    reason:
      `the point (latitude ${latitude}, longitude ${longitude}) lies outside the Netherlands; ` +
      'give WGS84 degrees, e.g. latitude 52.37 and longitude 5.21',
  };
}
