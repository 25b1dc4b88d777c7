import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGET_HINTS } from '../../../lib/interop/context-hints';
import { detectFeedFormat } from '../../../lib/interop/detect-format';
import { formatProblem } from '../../../lib/interop/import-problem';
import { asFeedProblems, toKinderwerkFeed } from '../../../lib/interop/to-kinderwerk';

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

describe('toKinderwerkFeed', () => {
  const context = { municipality: { code: 'GM0034', name: 'Almere' }, buurten: fixture('buurten.geojson'), now: new Date('2026-11-23T10:00:00Z') };

  it('converts an HSDS document in one call, leaving validation to the loader', () => {
    const converted = toKinderwerkFeed(fixture('hsds/service-full.json'), context);
    expect(converted.format).toBe('hsds');
    expect(converted.feed).toMatchObject({ format: 'kinderwerk-feed', version: 1, meta: { municipality: { code: 'GM0034', name: 'Almere' } } });
  });

  it('links the boundaries instead of inlining them when given only their address', () => {
    const converted = toKinderwerkFeed(fixture('hsds/service-full.json'), {
      municipality: { code: 'GM0034', name: 'Almere' }, buurtenUrl: 'https://almere.example.org/buurten.geojson',
    });
    expect(converted.feed).toMatchObject({ neighbourhoods: { buurten: { url: 'https://almere.example.org/buurten.geojson' } } });
  });

  it('explains what it needs when the page gives no municipality or buurten', () => {
    const converted = toKinderwerkFeed(fixture('openactive/session-series-1.json'), {});
    expect(converted.feed).toBeUndefined();
    expect(converted.problems.filter((p) => p.severity === 'error' && !p.path).map(formatProblem)).toEqual([
      'error   no buurten given; pass the CBS buurt boundaries of the municipality with --buurten buurten.geojson',
      'error   no municipality code; pass --municipality GM0034 (the CBS code of the gemeente)',
      'error   no municipality name; pass --name Almere',
    ]);
  });

  it('tells a widget embedder which attributes to set, not which command-line options', () => {
    const converted = toKinderwerkFeed(fixture('openactive/session-series-1.json'), { hints: WIDGET_HINTS });
    expect(converted.problems.filter((p) => p.severity === 'error' && !p.path).map(formatProblem)).toEqual([
      'error   no buurten given; set the widget attribute buurten="buurten.geojson" to the address of the CBS buurt boundaries of the municipality',
      'error   no municipality code; set the widget attribute municipality="GM0034" (the CBS code of the gemeente)',
      'error   no municipality name; set the widget attribute municipality-name="Almere"',
    ]);
  });

  it('says when a document is none of the formats', () => {
    expect(toKinderwerkFeed({ hello: 'world' }, context)).toEqual({
      format: 'unknown',
      problems: [{ severity: 'error', reason: 'this is not a kinderwerk feed, Open Referral HSDS 3.0 or OpenActive data; check the feed address' }],
    });
  });

  it('hands its problems over in the shape feed validation uses', () => {
    const converted = toKinderwerkFeed(fixture('hsds/organization-with-services.json'), context);
    expect(asFeedProblems(converted.problems)).toContainEqual({
      path: 'services[2].minimum_age', id: 'svc-zonder-leeftijd', severity: 'error',
      reason: 'no ages: give minimum_age and maximum_age (kinderwerk is shown by age); this service was left out',
    });
  });
});
