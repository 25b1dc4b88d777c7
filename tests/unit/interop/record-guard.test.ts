// A record that makes an importer fail in a way no check foresaw is reported and
// left out; the other records still make the feed. The failure is staged here by
// a reader that throws on one word.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkList } from '../../../lib/feed/check-list';
import { RECORD_RULES } from '../../../lib/feed/list-rules';
import { createProblemLog } from '../../../lib/feed/problem-log';
import { runSteps } from '../../../lib/steps';
import { importCsvFiles } from '../../../lib/interop/csv-import';
import { importHsds } from '../../../lib/interop/hsds-import';
import type { ImportContext } from '../../../lib/interop/import-context';
import { importOpenActive } from '../../../lib/interop/openactive-import';
import { goodFeed } from '../../fixtures/feeds/good-feed';

vi.mock('../../../lib/interop/dutch-values', async (original) => {
  const real = await original<typeof import('../../../lib/interop/dutch-values')>();
  const failOn = (text: string) => {
    if (text.includes('kaboom')) throw new Error('the reader broke');
  };
  return {
    ...real,
    parseCost: (text: string) => (failOn(text), real.parseCost(text)),
    guessJoinMethod: (text: string) => (failOn(text), real.guessJoinMethod(text)),
    parseJoinMethod: (text: string) => (failOn(text), real.parseJoinMethod(text)),
  };
});

const fixtures = 'tests/fixtures/interop';
const context: ImportContext = {
  municipality: { code: 'GM0034', name: 'Almere' },
  buurten: JSON.parse(readFileSync(`${fixtures}/buurten.geojson`, 'utf8')),
  publisher: { name: 'Gemeente Almere' },
  license: 'CC0-1.0',
  now: new Date('2026-11-23T10:00:00Z'),
};
const json = (path: string) => JSON.parse(readFileSync(`${fixtures}/${path}`, 'utf8')) as Record<string, unknown>;
const ids = (feed: Record<string, unknown> | undefined, kind: string) => (feed?.[kind] as { id: string }[]).map((r) => r.id);
const LEFT_OUT = 'this record could not be read (the reader broke); it was left out';

describe('one record that breaks an importer', () => {
  it('HSDS: the service is reported at its path and id, the other comes through', () => {
    const good = json('hsds/service-full.json');
    const broken = { ...good, id: 'svc-broken', fees_description: 'kaboom', cost_options: [] };
    const result = importHsds([{ name: 'page.json', json: { contents: [good, broken] } }], context);
    expect(ids(result.feed, 'activities')).toEqual([good.id]);
    expect(result.problems).toContainEqual({ severity: 'error', file: 'page.json', path: 'contents[1]', id: 'svc-broken', reason: LEFT_OUT });
  });

  it('OpenActive: the series is reported at its path and id, the other comes through', () => {
    const page = json('openactive/session-series-1.json');
    const [first] = page.items as { id: string; data: Record<string, unknown> }[];
    const broken = { ...structuredClone(first), id: 'broken' };
    broken.data.id = 'https://example.org/broken';
    broken.data.description = 'kaboom';
    const result = importOpenActive([{ name: 'page.json', json: { ...page, items: [first, broken] } }], context);
    expect(ids(result.feed, 'activities')).toEqual(['sportbedrijf.example.org:session-series:1']);
    expect(result.problems).toContainEqual({ severity: 'error', file: 'page.json', path: 'items[1].data', id: 'https://example.org/broken', reason: LEFT_OUT });
  });

  it('CSV: the row is reported at its file and row, the others come through', () => {
    const locaties = 'id;naam;breedtegraad;lengtegraad\nschakel;De Schakel;52,335;5,21\n';
    const activiteiten = 'id;naam;leeftijd;dagen_en_tijden;kosten;aanmelden;locatie\n'
      + 'goed;Goed;6-12;wo 15:00-16:00;gratis;binnenlopen;schakel\n'
      + 'stuk;Stuk;6-12;wo 15:00-16:00;kaboom;binnenlopen;schakel\n';
    const result = importCsvFiles([{ name: 'locaties.csv', text: locaties }, { name: 'activiteiten.csv', text: activiteiten }], context);
    expect(ids(result.feed, 'activities')).toEqual(['goed']);
    expect(result.problems).toContainEqual({ severity: 'error', file: 'activiteiten.csv', row: 3, reason: LEFT_OUT });
  });

  it('feed validation: a check that throws drops that record only', () => {
    const log = createProblemLog();
    const rules = { ...RECORD_RULES.activities, extraCheck: (a: { id: string }) => { if (a.id === 'act-knutsel') throw new Error('the check broke'); return undefined; } };
    const outcome = runSteps(checkList(goodFeed().activities, rules, log));
    expect(outcome.kept.map((k) => k.value.id)).toEqual(['act-voetbal', 'act-speelbus']);
    expect(log.inOrder(['activities'])).toEqual([
      expect.objectContaining({ path: 'activities[1]', id: 'act-knutsel', reason: 'could not be checked (the check broke); it was left out' }),
    ]);
  });
});
