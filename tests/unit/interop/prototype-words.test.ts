// Words that name a built-in of every JavaScript object. A word table that is a
// plain object answers them with a function or Object.prototype; an importer
// must treat them as the unknown words they are and fail (or warn on) one record.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsvFiles } from '../../../lib/interop/csv-import';
import { importHsds } from '../../../lib/interop/hsds-import';
import type { ImportContext } from '../../../lib/interop/import-context';
import type { ImportProblem } from '../../../lib/interop/import-problem';
import { importOpenActive } from '../../../lib/interop/openactive-import';
import { parseScheduleText } from '../../../lib/interop/schedule-text';

const WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

const fixtures = 'tests/fixtures/interop';
const context: ImportContext = {
  municipality: { code: 'GM0034', name: 'Almere' },
  buurten: JSON.parse(readFileSync(`${fixtures}/buurten.geojson`, 'utf8')),
  publisher: { name: 'Gemeente Almere' },
  license: 'CC0-1.0',
  now: new Date('2026-11-23T10:00:00Z'),
};
type Records = Record<string, Record<string, unknown>[]>;
const json = (path: string) => JSON.parse(readFileSync(`${fixtures}/${path}`, 'utf8')) as Record<string, unknown>;
const mentions = (problems: ImportProblem[], word: string) => problems.filter((problem) => problem.reason.includes(word));

/** Nothing but plain data came through: no function, no Object.prototype, nothing JSON would drop. */
function expectPlainJson(feed: unknown): void {
  expect(JSON.parse(JSON.stringify(feed))).toEqual(feed);
}

/** Runs an import when a test first asks, so an import that throws fails its tests, not the whole file. */
function lazy<T>(run: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: run() }).result;
}

describe.each(WORDS)('HSDS with the word "%s" in every field that is looked up', (word) => {
  const good = json('hsds/service-full.json');
  const hostile = {
    ...json('hsds/service-full.json'),
    id: `svc-${word}`,
    languages: [{ name: word }, { code: word }],
    fees_description: word,
    application_process: word,
    schedules: [{ id: 'sch', freq: 'WEEKLY', byday: word, opens_at: '15:00', closes_at: '16:00' }, { id: 'sch2', freq: 'WEEKLY', byday: 'MO', opens_at: '15:00', closes_at: '16:00' }],
    attributes: ['category', 'programme', 'join', 'referrer', 'record'].map((name) => ({ link_type: `kinderwerkkaart:${name}`, value: word })),
  };
  const run = lazy(() => importHsds([{ name: 'services.json', json: { contents: [good, hostile] } }], context));

  it('keeps both services, without a language for the word', () => {
    const result = run();
    const activities = (result.feed as Records).activities;
    expect(activities.map((a) => a.id)).toEqual(['5a1c3c2e-0d3b-4c55-9a59-1f0d7c9e2b10', `svc-${word}`]);
    expect(activities[1].languages).toBeUndefined();
    expect(activities[1].schedule).toEqual([{ byDay: ['MO'], startTime: '15:00', endTime: '16:00' }]);
    expectPlainJson(result.feed);
  });

  it('says which day it could not read', () => {
    expect(mentions(run().problems, word).map((p) => p.path)).toContain('contents[1].schedules[0]');
  });

  it('gives a service whose id is the word that id', () => {
    const named = importHsds([{ name: 'services.json', json: { contents: [{ ...good, id: word }] } }], context);
    expect((named.feed as Records).activities.map((a) => a.id)).toEqual(word === '__proto__' ? ['proto__'] : [word]);
    expectPlainJson(named.feed);
  });
});

describe.each(WORDS)('OpenActive with the word "%s" in every field that is looked up', (word) => {
  const page = json('openactive/session-series-1.json');
  const [first] = page.items as { id: string; data: Record<string, unknown> }[];
  const schedule = (first.data.eventSchedule as Record<string, unknown>[])[0];
  /** The first series again, under the word as id, with the word as its languages and, optionally, as its day. */
  const importWith = (dayIsTheWord: boolean) => {
    const hostile = structuredClone(first);
    hostile.id = word;
    hostile.data.id = `https://example.org/series/${word}`;
    hostile.data.inLanguage = [word, { name: word }];
    if (dayIsTheWord) hostile.data.eventSchedule = [{ ...schedule, byDay: [word] }];
    return importOpenActive([{ name: 'page.json', json: { ...page, items: [first, hostile] } }], context);
  };

  it('keeps the good series and reports the one whose day is the word', () => {
    const result = importWith(true);
    expect((result.feed as Records).activities.map((a) => a.id)).toEqual(['sportbedrijf.example.org:session-series:1']);
    expect(result.problems).toContainEqual(expect.objectContaining({ path: 'items[1].data.eventSchedule[0]', severity: 'warning' }));
    expectPlainJson(result.feed);
  });

  it('reads no language from the word', () => {
    const result = importWith(false);
    const activities = (result.feed as Records).activities;
    expect(activities).toHaveLength(2);
    expect(activities[1].languages).toBeUndefined();
    expectPlainJson(result.feed);
  });
});

describe.each(WORDS)('feed:from-csv with the word "%s" in every cell that is looked up', (word) => {
  const locaties = 'id;naam;soort;breedtegraad;lengtegraad;laatst_gecontroleerd\nschakel;De Schakel;buurthuis;52,335;5,21;2026-11-02\n'
    + `${word};Plek ${word};${word};52,335;5,21;2026-11-02\n`;
  const header = 'id;naam;soort;programma;leeftijd;dagen_en_tijden;kosten;aanmelden;locatie;talen;laatst_gecontroleerd\n';
  const activiteiten = `${header}knutselen;Knutselen;creatief;wekelijks;6-12;wo 15:00-16:00;gratis;binnenlopen;schakel;nl;2026-11-02\n`
    + `dagen;Dagen;creatief;wekelijks;6-12;${word} 15:00-16:00;gratis;binnenlopen;schakel;nl;2026-11-02\n`
    + `woorden;Woorden;${word};${word};6-12;ma 15:00-16:00;${word};${word};${word};${word};2026-11-02\n`;
  const huiskamers = 'naam;locatie;dagen_en_tijden;leeftijd;plaatsen_per_dag;verwijzers\n'
    + `Huiskamer;schakel;ma 15:00-17:00;6-12;8;${word}\n`;
  const run = lazy(() => importCsvFiles([
    { name: 'locaties.csv', text: locaties },
    { name: 'activiteiten.csv', text: activiteiten },
    { name: 'huiskamers.csv', text: huiskamers },
    { name: `${word}.csv`, text: `${word};naam\nx;y\n` },
  ], context));

  it('leaves out the row whose days are the word, with a reason naming it', () => {
    const result = run();
    const feed = result.feed as Records;
    expect(feed.activities.map((a) => a.id)).toContain('knutselen');
    expect(feed.activities.map((a) => a.id)).not.toContain('dagen');
    expect(result.problems).toContainEqual(expect.objectContaining({
      severity: 'error', file: 'activiteiten.csv', row: 3, column: 'dagen_en_tijden', reason: expect.stringContaining('is not a day'),
    }));
    expectPlainJson(result.feed);
  });

  it('reports every other cell holding the word and keeps what it can', () => {
    const result = run();
    const feed = result.feed as Records;
    const row = (n: number) => result.problems.filter((p) => p.file === 'activiteiten.csv' && p.row === n).map((p) => p.column);
    expect(row(4)).toEqual(expect.arrayContaining(['soort', 'programma', 'kosten', 'aanmelden', 'talen']));
    expect(feed.locations.map((l) => l.name)).toEqual(['De Schakel', `Plek ${word}`]);
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'huiskamers.csv', row: 2, column: 'verwijzers', severity: 'error' }));
  });
});

describe('parseScheduleText reads a built-in name as an unknown day', () => {
  it.each(WORDS)('%s', (word) => {
    const read = parseScheduleText(`${word} 15:00-16:00`);
    expect(read.slots).toEqual([]);
    expect(read.problems[0]).toContain(`"${word.toLowerCase()}" is not a day`);
  });
});
