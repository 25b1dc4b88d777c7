import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGET_HINTS } from '../../../lib/interop/context-hints';
import { formatProblem } from '../../../lib/interop/import-problem';
import { asFeedProblems, convertToKinderwerk, convertToKinderwerkSteps } from '../../../lib/interop/to-kinderwerk';
import { nextMacrotask, runStepsInSlices } from '../../../lib/steps';

const fixture = (path: string) => JSON.parse(readFileSync(`tests/fixtures/interop/${path}`, 'utf8'));
/** A source of one page, as direct-source.ts hands the fetched pages over. */
const pages = (path: string) => [{ json: fixture(path) }];

describe('convertToKinderwerk', () => {
  const context = { municipality: { code: 'GM0034', name: 'Almere' }, buurten: fixture('buurten.geojson'), now: new Date('2026-11-23T10:00:00Z') };

  it('converts an HSDS document, leaving validation to the loader', () => {
    const converted = convertToKinderwerk(pages('hsds/service-full.json'), 'hsds', context);
    expect(converted.feed).toMatchObject({ format: 'kinderwerk-feed', version: 1, meta: { municipality: { code: 'GM0034', name: 'Almere' } } });
  });

  it('converts a source of many services in steps, the page answering in between, to the same feed', async () => {
    const service = fixture('hsds/service-full.json');
    const services = Array.from({ length: 400 }, (_, n) => ({ ...service, id: `svc-${n}`, name: `Activiteit ${n}` }));
    const source = [{ json: { total_items: 400, total_pages: 1, page_number: 1, contents: services } }];

    let answered = 0;
    const otherWork = (async () => {
      for (let i = 0; i < 3; i++) {
        await nextMacrotask();
        answered += 1;
      }
    })();
    const inSlices = await runStepsInSlices(convertToKinderwerkSteps(source, 'hsds', context), { sliceMs: 0 });
    // The page's own work ran while the conversion was still going on, not after it.
    expect(answered).toBe(3);
    await otherWork;

    const atOnce = convertToKinderwerk(source, 'hsds', context);
    expect(inSlices).toEqual(atOnce);
    expect((atOnce.feed as { activities: unknown[] }).activities).toHaveLength(400);
  });

  it('links the boundaries instead of inlining them when given only their address', () => {
    const converted = convertToKinderwerk(pages('hsds/service-full.json'), 'hsds', {
      municipality: { code: 'GM0034', name: 'Almere' }, buurtenUrl: 'https://almere.example.org/buurten.geojson',
    });
    expect(converted.feed).toMatchObject({ neighbourhoods: { buurten: { url: 'https://almere.example.org/buurten.geojson' } } });
  });

  it('explains what it needs when the page gives no municipality or buurten', () => {
    const converted = convertToKinderwerk(pages('openactive/session-series-1.json'), 'openactive', {});
    expect(converted.feed).toBeUndefined();
    expect(converted.problems.filter((p) => p.severity === 'error' && !p.path).map(formatProblem)).toEqual([
      'error   no buurten given; pass the CBS buurt boundaries of the municipality with --buurten buurten.geojson',
      'error   no municipality code; pass --municipality GM0034 (the CBS code of the gemeente)',
      'error   no municipality name; pass --name Almere',
    ]);
  });

  it('tells a widget embedder which attributes to set, not which command-line options', () => {
    const converted = convertToKinderwerk(pages('openactive/session-series-1.json'), 'openactive', { hints: WIDGET_HINTS });
    expect(converted.problems.filter((p) => p.severity === 'error' && !p.path).map(formatProblem)).toEqual([
      'error   no buurten given; set the widget attribute buurten="buurten.geojson" to the address of the CBS buurt boundaries of the municipality',
      'error   no municipality code; set the widget attribute municipality="GM0034" (the CBS code of the gemeente)',
      'error   no municipality name; set the widget attribute municipality-name="Almere"',
    ]);
  });

  it('hands its problems over in the shape feed validation uses', () => {
    const converted = convertToKinderwerk(pages('hsds/organization-with-services.json'), 'hsds', context);
    expect(asFeedProblems(converted.problems)).toContainEqual({
      path: 'services[2].minimum_age', id: 'svc-zonder-leeftijd', severity: 'error',
      reason: 'no ages: give minimum_age and maximum_age (kinderwerk is shown by age); this service was left out',
    });
  });
});
