import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../../../lib/site/publish/build-feed';
import { csvReportAsOnPage } from '../../../helpers/feed-report';

const BUURTEN = 'data/boundaries/almere-buurten.geojson';
const buurten = { buurten: JSON.parse(readFileSync(BUURTEN, 'utf8')) as unknown, buurtenFile: 'almere-buurten.geojson' };
const csvFiles = (folder: string) =>
  readdirSync(folder).filter((name) => name.endsWith('.csv')).map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));

describe('buildFeed', () => {
  it('turns the filled-in templates into the feed feed:from-csv writes, with the same report', async () => {
    const outcome = await buildFeed({ source: { kind: 'spreadsheets', files: csvFiles('public/templates') }, context: buurten });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.lines).toEqual(await csvReportAsOnPage('public/templates', BUURTEN));
    expect(outcome.feed?.activities).toHaveLength(1);
    expect(outcome.counts?.activities).toEqual({ kept: 1, dropped: 0 });
  });

  it('reports a broken spreadsheet with file, row and column, exactly as feed:from-csv does', async () => {
    const folder = 'tests/fixtures/interop/csv';
    const outcome = await buildFeed({ source: { kind: 'spreadsheets', files: csvFiles(folder) }, context: buurten });
    expect(outcome.lines).toEqual(await csvReportAsOnPage(folder, BUURTEN));
    expect(outcome.problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'activiteiten.csv', row: 3, column: 'leeftijd' }));
  });

  it('says where on the page to give the buurten when none are given', async () => {
    const outcome = await buildFeed({ source: { kind: 'spreadsheets', files: csvFiles('public/templates') }, context: {} });
    expect(outcome.feed).toBeUndefined();
    expect(outcome.exitCode).toBe(2);
    expect(outcome.lines[0]).toContain('Buurtgrenzen');
    expect(outcome.lines.join('\n')).not.toContain('--buurten');
  });

  it('checks an existing feed and passes it on unchanged, its problems named by file and path', async () => {
    const json = JSON.parse(readFileSync('public/feeds/almere.json', 'utf8')) as Record<string, unknown>;
    const broken = { ...json, activities: [...(json.activities as unknown[]), { id: 'kapot' }] };
    const linked = (name: string) => JSON.parse(readFileSync(`public/feeds/${name}`, 'utf8')) as unknown;
    const context = { buurten: linked('almere-buurten.geojson'), buurtenFile: 'almere-buurten.geojson', wijken: linked('almere-wijken.geojson'), wijkenFile: 'almere-wijken.geojson' };
    const outcome = await buildFeed({ source: { kind: 'feed', name: 'almere.json', json: broken }, context });
    expect(outcome.feed).toBe(broken);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.problems[0]).toMatchObject({ severity: 'error', file: 'almere.json', id: 'kapot' });
  });

  it('asks for the boundaries an existing feed links to', async () => {
    const json = JSON.parse(readFileSync('public/feeds/almere.json', 'utf8')) as unknown;
    const outcome = await buildFeed({ source: { kind: 'feed', name: 'almere.json', json }, context: {} });
    expect(outcome.feed).toBeUndefined();
    expect(outcome.lines[0]).toContain('choose that file together with the feed');
  });

  it('makes no feed of a file that is not a feed at all', async () => {
    const outcome = await buildFeed({ source: { kind: 'feed', name: 'x.json', json: { format: 'kinderwerk-feed', version: 99 } }, context: {} });
    expect(outcome.feed).toBeUndefined();
    expect(outcome.lines.at(-1)).toMatch(/^No feed written/);
  });
});
