import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliMain } from '../../../scripts/cli/io';
import { main as feedExport } from '../../../scripts/feed-export';
import { main as feedFromCsv } from '../../../scripts/feed-from-csv';
import { main as feedImport } from '../../../scripts/feed-import';
import { runCli } from '../../helpers/cli';
import { startTestServer, type TestServer } from '../../helpers/server';

const SCRIPTS = { 'feed-export': feedExport, 'feed-from-csv': feedFromCsv, 'feed-import': feedImport } satisfies Record<string, CliMain>;
const fixtures = 'tests/fixtures/interop';
const buurten = `${fixtures}/buurten.geojson`;
const place = ['--municipality', 'GM0034', '--name', 'Almere', '--buurten', buurten];

/** Runs `npm run <script>` in-process with the arguments a publisher gives, and returns its exit code and output. */
const npmRun = (script: keyof typeof SCRIPTS, args: string[]) => runCli(SCRIPTS[script], args);

let dir: string;
let server: TestServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'feed-tools-'));
  server = await startTestServer({ static: [fixtures] });
});
afterAll(() => server.close());

describe('npm run feed:from-csv', () => {
  it('exits 0 and writes the feed when the spreadsheets have no problems', async () => {
    const out = join(dir, 'templates.json');
    const result = await npmRun('feed-from-csv', ['public/templates', '--out', out, '--buurten', 'data/boundaries/almere-buurten.geojson']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote ${out}: 1 organizations, 1 locations, 1 activities, 1 huiskamers, 1 contacts, 1 stories.`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'kinderwerk-feed' });
  });

  it('exits 1, lists each problem at its file, row and column, and still writes the good rows', async () => {
    const out = join(dir, 'mistakes.json');
    const result = await npmRun('feed-from-csv', [`${fixtures}/csv`, '--out', out, ...place]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error   activiteiten.csv row 3, column "leeftijd": "6 tot" is not an age range; write it as 6 t/m 12 or 6 tot 12 (both ages included), or vanaf 6. This row was left out');
    expect(result.stdout).toContain('8 errors (records left out), 17 warnings');
    expect(JSON.parse(readFileSync(out, 'utf8')).activities).toHaveLength(2);
  });

  it('reads a spreadsheet Excel saved as Windows-1252, and refuses a file that is no text, naming it', async () => {
    const folder = mkdtempSync(join(dir, 'excel-'));
    for (const name of readdirSync('public/templates').filter((n) => n.endsWith('.csv'))) copyFileSync(join('public/templates', name), join(folder, name));
    const activities = readFileSync('public/templates/activiteiten.csv', 'utf8').replace(/^\uFEFF/, '').replace(';gratis;binnenlopen;', ';€ 1,50;binnenlopen;');
    writeFileSync(join(folder, 'activiteiten.csv'), Buffer.from(activities.replace('€', '\u0080'), 'latin1'));
    writeFileSync(join(folder, 'huiskamers.csv'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]));
    const out = join(dir, 'excel.json');
    const result = await npmRun('feed-from-csv', [folder, '--out', out, '--buurten', 'data/boundaries/almere-buurten.geojson']);
    expect(result.stdout).toContain('error   huiskamers.csv: this file is not text in UTF-8, UTF-16 or Windows-1252');
    expect(JSON.parse(readFileSync(out, 'utf8')).activities[0].cost).toEqual({ free: false, amount: 1.5 });
  });

  it('exits 2 and writes nothing when the folder holds no spreadsheets, so a wrong path cannot publish an empty map', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    const out = join(dir, 'empty.json');
    const result = await npmRun('feed-from-csv', [empty, '--out', out, ...place]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('error   no activity, huiskamer or contact came through');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 and writes nothing when the folder does not exist', async () => {
    const out = join(dir, 'nothing.json');
    const result = await npmRun('feed-from-csv', [join(dir, 'no-such-folder'), '--out', out]);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run feed:export and feed:import', () => {
  it('exports HSDS files and imports the folder back to the same feed', async () => {
    const hsds = join(dir, 'hsds');
    const exported = await npmRun('feed-export', ['hsds', `${fixtures}/roundtrip-feed.json`, '--out', hsds]);
    expect(exported.code).toBe(0);
    expect(readdirSync(hsds).sort()).toEqual(['index.json', 'locations.json', 'organizations.json', 'services.json']);
    const out = join(dir, 'back.json');
    const imported = await npmRun('feed-import', ['hsds', hsds, '--out', out, '--buurten', buurten]);
    expect(imported.stdout).toContain('No problems.');
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).huiskamers).toHaveLength(2);
  });

  it('imports OpenActive from URLs, following next, and exits 1 with the problems listed', async () => {
    const out = join(dir, 'openactive.json');
    const result = await npmRun('feed-import', [
      'openactive', `${server.origin}/openactive/session-series-1.json`, `${server.origin}/openactive/scheduled-sessions.json`, '--out', out, ...place,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${server.origin}/openactive/session-series-2.json, items[0].data.location.geo`);
    expect(JSON.parse(readFileSync(out, 'utf8')).activities.map((a: { name: string }) => a.name)).toEqual(['Kidsdans', 'Voetbal op het plein']);
  });

  it("gives up on a silent server after the widget's 15 seconds, exits 2 and writes nothing", async () => {
    server.route('/silent/services', () => undefined);
    const out = join(dir, 'silent.json');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const run = npmRun('feed-import', ['hsds', `${server.origin}/silent/services`, '--out', out, ...place]);
      await vi.advanceTimersByTimeAsync(15_000);
      const result = await run;
      expect(result.code).toBe(2);
      expect(result.stdout).toContain(`error   ${server.origin}/silent/services: ${server.origin}/silent/services did not answer within 15 s`);
      expect(existsSync(out)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('explains its usage and exits 2 without a standard', async () => {
    const result = await npmRun('feed-import', ['csv', 'x', '--out', join(dir, 'x.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run feed:import -- <hsds|openactive>');
  });
});
