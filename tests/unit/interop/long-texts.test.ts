// Texts of 100,000 characters against every reader of outside text. No test here
// measures time (that is npm run bench); but each input is built so that a pattern
// that backtracks quadratically would take seconds to minutes on it, where a linear
// one takes milliseconds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsvFiles } from '../../../lib/interop/csv-import';
import { parseCost } from '../../../lib/interop/dutch-values';
import { readCost } from '../../../lib/interop/hsds-service-fields';
import { feedId } from '../../../lib/interop/record-ids';
import { parseDays, parseScheduleText } from '../../../lib/interop/schedule-text';

const N = 100_000;
const spaces = ' '.repeat(N);
const noReport = () => undefined;

describe('parseCost on 100,000 characters', () => {
  it('finds no cost in white space alone', () => {
    const read = parseCost(`${spaces}x`);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toBe(`"${' '.repeat(80)}…" (${N + 1} characters) is not a cost; write "gratis" or an amount like "€ 1,50 per keer"`);
  });

  it('reads an amount and a note far apart', () => {
    expect(parseCost(`€ 1,50${spaces}per keer`)).toEqual({ ok: true, value: { free: false, amount: 1.5, note: 'per keer' } });
    expect(parseCost(`per keer${'\t'.repeat(N)}2 euro`)).toEqual({ ok: true, value: { free: false, amount: 2, note: 'per keer' } });
  });

  it('keeps a note after "gratis" over several lines', () => {
    expect(parseCost(`gratis${spaces}met U-pas\nen zonder`)).toEqual({ ok: true, value: { free: true, note: 'met U-pas\nen zonder' } });
  });

  it('trims a long run of separators from a note', () => {
    expect(parseCost(`a${'-'.repeat(N)}1`)).toEqual({ ok: true, value: { free: false, amount: 1, note: 'a' } });
    expect(parseCost(`a${' ,;:-'.repeat(N / 5)}b 3`)).toEqual({ ok: true, value: { free: false, amount: 3, note: `a${' ,;:-'.repeat(N / 5)}b` } });
  });
});

describe('an HSDS fee description of 100,000 characters', () => {
  it('is kept as a note of 300 characters, and read as free when it says so', () => {
    expect(readCost({ fees_description: `gratis${spaces}x` }, noReport)).toEqual({ free: true, note: 'gratis' });
    const long = `Deelname kost ${'veel '.repeat(N / 5)}`;
    expect(readCost({ fees_description: long }, noReport)).toEqual({ free: false, note: long.trim().slice(0, 300) });
  });
});

describe('parseScheduleText and parseDays on 100,000 characters', () => {
  it('reads days and a time that long white space separates', () => {
    expect(parseScheduleText(`ma${spaces}15:00${spaces}-${spaces}16:00`)).toEqual({
      slots: [{ byDay: ['MO'], startTime: '15:00', endTime: '16:00' }], problems: [],
    });
  });

  it('says what it cannot read, quoting only the start', () => {
    const read = parseScheduleText(`1${spaces}x`);
    expect(read.slots).toEqual([]);
    expect(read.problems).toEqual(['no time found in "1 x"; write days and times like "ma, wo 15:00-16:30"']);
    const days = parseDays(`ma${spaces}x`);
    expect(days).toEqual({ days: ['MO'], problems: ['"x" is not a day; write days as ma, di, wo, do, vr, za, zo (or maandag ... zondag)'] });
  });

  it('reads a long list of ranges and numbers', () => {
    const read = parseScheduleText(`${'1-'.repeat(N / 2)}x`);
    expect(read.slots).toEqual([]);
    expect(read.problems.length).toBeGreaterThan(0);
    expect(parseDays(`ma${' - '.repeat(N / 3)}vr`).days.length).toBeGreaterThan(0);
  });
});

describe('feedId on an id of 100,000 characters', () => {
  it('gives a short id that ends in a hash of the whole source', () => {
    const a = feedId(`https://example.org/${':-'.repeat(N / 2)}a`);
    const b = feedId(`https://example.org/${':-'.repeat(N / 2)}b`);
    expect(a).toMatch(/^example\.org-[a-z0-9]+$/);
    expect(a).not.toBe(b);
    expect(feedId(`x${'-'.repeat(N)}`)).toMatch(/^x-[a-z0-9]+$/);
  });
});

describe('feed:from-csv with a cell of 100,000 characters', () => {
  it('leaves the cell out with a reason, and the row when the cell is required', () => {
    const result = importCsvFiles([
      { name: 'locaties.csv', text: 'id;naam;breedtegraad;lengtegraad\nschakel;De Schakel;52,335;5,21\n' },
      {
        name: 'activiteiten.csv',
        text: 'id;naam;leeftijd;dagen_en_tijden;kosten;aanmelden;locatie;omschrijving\n'
          + `lang;Lang;6-12;ma${spaces}15:00-16:00;gratis;binnenlopen;schakel;${'x'.repeat(N)}\n`
          + `kort;Kort;6-12;wo 15:00-16:00;€ 1${' '.repeat(9_000)}per keer;binnenlopen;schakel;\n`,
      },
    ], {
      municipality: { code: 'GM0034', name: 'Almere' },
      buurten: JSON.parse(readFileSync('tests/fixtures/interop/buurten.geojson', 'utf8')),
      publisher: { name: 'Gemeente Almere' },
      license: 'CC0-1.0',
    });
    expect(result.feed?.activities).toEqual([expect.objectContaining({ id: 'kort', cost: { free: false, amount: 1, note: 'per keer' } })]);
    const reasons = result.problems.filter((p) => p.file === 'activiteiten.csv').map((p) => [p.row, p.column, p.reason]);
    expect(reasons).toEqual(expect.arrayContaining([
      [2, 'dagen_en_tijden', 'this cell holds 100,013 characters, more than the 10,000 a cell may have; shorten it. This row was left out'],
      [2, 'omschrijving', 'this cell holds 100,000 characters, more than the 10,000 a cell may have; shorten it. The cell was ignored'],
    ]));
  });
});
