import { describe, expect, it } from 'vitest';
import { pointInArea } from '../../../lib/geo/point-in-polygon';
import { pointInside } from '../../../lib/interop/area-centre';
import { readBuurten } from '../../../lib/interop/neighbourhood-source';
import { formatProblem } from '../../../lib/interop/import-problem';
import { rdToWgs84 } from '../../../lib/interop/rd-new';
import type { AreaGeometry } from '../../../lib/feed/schema';

const square = (w: number, s: number, e: number, n: number) => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });

describe('readBuurten: boundaries as CBS and PDOK publish them', () => {
  it('reads CBS property names, keeps only the buurten of the municipality and skips wijken and gemeenten quietly', () => {
    const read = readBuurten({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { buurtcode: 'BU00340101', buurtnaam: 'Centrum', wijkcode: 'WK003401', gemeentenaam: 'Almere', jaar: 2023 }, geometry: square(5.2, 52.33, 5.22, 52.34) },
        { type: 'Feature', properties: { statcode: 'BU03630000', statnaam: 'Kop Zeedijk' }, geometry: square(4.9, 52.37, 4.91, 52.38) },
        { type: 'Feature', properties: { statcode: 'WK003401', statnaam: 'Haven' }, geometry: square(5.2, 52.33, 5.24, 52.34) },
        { type: 'Feature', properties: { naam: 'zonder code' }, geometry: square(5.2, 52.33, 5.24, 52.34) },
      ],
    }, 'buurten.geojson', 'GM0034');
    expect(read.features.map((f) => f.properties)).toEqual([{ code: 'BU00340101', wijkCode: 'WK003401', name: 'Centrum' }]);
    expect(read.facts).toEqual({ municipalityName: 'Almere', year: 2023 });
    expect(read.problems.map(formatProblem)).toEqual([
      'warning buurten.geojson, features[3]: no CBS buurt code in the properties (looked for code, buurtcode, wijkcode, statcode); feature left out',
    ]);
  });

  it('converts boundaries in RD New (Rijksdriehoek metres) to longitude and latitude', () => {
    const read = readBuurten({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'BU00340101', name: 'Centrum' }, geometry: { type: 'Polygon', coordinates: [[[155000, 463000], [156000, 463000], [156000, 464000], [155000, 463000]]] } }],
    }, 'rd.geojson');
    expect(read.features[0].geometry.coordinates[0][0]).toEqual([5.387206, 52.15517]);
    // The Martinitoren in Groningen, a well-known RD reference point.
    expect(rdToWgs84(233883, 582065)).toEqual([6.568198, 53.219377]);
  });

  it('says what is wrong with a file that is not a FeatureCollection or holds no buurt of the municipality', () => {
    expect(readBuurten({ type: 'Feature' }, 'x.geojson').problems.map(formatProblem)).toEqual([
      'error   x.geojson: not a GeoJSON FeatureCollection; give the buurt boundaries as a .geojson file',
      'error   x.geojson: no buurten found; the features need a CBS buurt code (BU........) in their properties',
    ]);
    expect(readBuurten({ type: 'FeatureCollection', features: [] }, 'x.geojson', 'GM0855').problems.map(formatProblem)).toEqual([
      'error   x.geojson: no buurten of GM0855 found; check --municipality and that the file holds CBS buurt codes (BU0855....)',
    ]);
  });
});

describe('pointInside: where a location with only a buurt code is placed', () => {
  it('uses the centre of a simple buurt', () => {
    expect(pointInside(square(5.2, 52.33, 5.22, 52.34) as AreaGeometry)).toEqual([5.21, 52.335]);
  });

  it('stays inside a U-shaped buurt whose centre of gravity lies outside it', () => {
    const u = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] } as AreaGeometry;
    const [lon, lat] = pointInside(u);
    expect(pointInArea(lon, lat, u)).toBe(true);
  });
});
