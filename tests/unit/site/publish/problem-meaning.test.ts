import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../../../lib/site/publish/build-feed';
import { problemMeaning } from '../../../../lib/site/publish/problem-meaning';

const buurten = { buurten: JSON.parse(readFileSync('data/boundaries/almere-buurten.geojson', 'utf8')) as unknown, buurtenFile: 'almere-buurten.geojson' };
const csvFiles = (folder: string) =>
  readdirSync(folder).filter((name) => name.endsWith('.csv')).map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));

describe('problemMeaning', () => {
  it('knows every problem of the broken spreadsheets, so the builder says each one in plain words', async () => {
    const outcome = await buildFeed({ source: { kind: 'spreadsheets', files: csvFiles('tests/fixtures/interop/csv') }, context: buurten });
    expect(outcome.problems.length).toBeGreaterThan(20);
    const unknown = outcome.problems.filter((problem) => !problemMeaning(problem.reason)).map((problem) => problem.reason);
    expect(unknown).toEqual([]);
  });

  it('tells the kinds apart by the library\'s own words', async () => {
    const outcome = await buildFeed({ source: { kind: 'spreadsheets', files: csvFiles('tests/fixtures/interop/csv') }, context: buurten });
    const meaningAt = (file: string, row: number, column: string) =>
      problemMeaning(outcome.problems.find((p) => p.file === file && p.row === row && p.column === column)?.reason ?? '');
    expect(meaningAt('activiteiten.csv', 3, 'leeftijd')).toBe('age');
    expect(meaningAt('activiteiten.csv', 4, 'locatie')).toBe('reference');
    expect(meaningAt('activiteiten.csv', 5, 'dagen_en_tijden')).toBe('time');
    expect(meaningAt('contactpersonen.csv', 4, 'rol')).toBe('empty');
    expect(meaningAt('huiskamers.csv', 3, 'verwijzers')).toBe('choice');
    expect(meaningAt('organisaties.csv', 3, 'website')).toBe('web');
    expect(problemMeaning('something no pattern knows')).toBeUndefined();
  });
});

describe('problemMeaning of the blank templates', () => {
  it('says why no feed was made of spreadsheets with only their headers', async () => {
    const blank = csvFiles('public/templates').map(({ name, bytes }) => ({ name, bytes: Buffer.from(bytes.toString('utf8').split('\n')[0] + '\n') }));
    const outcome = await buildFeed({ source: { kind: 'spreadsheets', files: blank }, context: buurten });
    expect(outcome.feed).toBeUndefined();
    expect(outcome.problems.map((problem) => problemMeaning(problem.reason))).toContain('nothing');
    expect(outcome.problems.filter((problem) => !problemMeaning(problem.reason))).toEqual([]);
  });
});
