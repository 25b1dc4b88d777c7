import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFeedFormat } from '../../../lib/interop/detect-format';

const fixture = (path: string) => JSON.parse(readFileSync(`tests/fixtures/interop/${path}`, 'utf8'));

describe('detectFeedFormat', () => {
  it.each([
    ['a kinderwerk feed', fixture('roundtrip-feed.json'), 'kinderwerk'],
    ['a full HSDS service', fixture('hsds/service-full.json'), 'hsds'],
    ['an HSDS organization with services', fixture('hsds/organization-with-services.json'), 'hsds'],
    ['an HSDS API page', fixture('hsds/page-with-edge-cases.json'), 'hsds'],
    ['an empty HSDS API page', { total_items: 0, total_pages: 0, page_number: 1, contents: [] }, 'hsds'],
    ['an RPDE page', fixture('openactive/session-series-1.json'), 'openactive'],
    ['the last, empty RPDE page', fixture('openactive/session-series-3.json'), 'openactive'],
    ['a bare SessionSeries', fixture('openactive/courses.json').items[0].data, 'openactive'],
    ['a GeoJSON file', fixture('buurten.geojson'), 'unknown'],
    ['a number', 42, 'unknown'],
  ])('recognises %s', (_, json, format) => {
    expect(detectFeedFormat(json)).toBe(format);
  });
});
