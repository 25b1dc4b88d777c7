import { describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { computeInsight } from '../../../lib/insight/compute';
import { insightCsv, insightTotalsCsv } from '../../../lib/insight/csv-export';
import { csvCell, csvText } from '../../../lib/insight/csv-text';
import { parseCsv } from '../../../lib/interop/csv-parse';
import type { Insight } from '../../../lib/insight/types';
import { FILMWIJK, STRIPHELDEN, insightData } from './insight-feed';

/** The file read back the way a spreadsheet reads it: header and rows as records. */
function readBack(text: string): Record<string, string>[] {
  const table = parseCsv(text);
  return table.rows.map((row) => Object.fromEntries(table.header.map((name, i) => [name, row.cells[i] ?? ''])));
}

describe('insightCsv', () => {
  const insight = computeInsight(insightData());

  it('is UTF-8 with a byte order mark, ";" separated, CRLF, with one line per buurt', () => {
    const text = insightCsv(insight, t('nl'), 'nl');
    expect(text.startsWith('\uFEFFbuurtcode;buurt;wijkcode;kinderen;')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toHaveLength(1 + insight.buurten.length);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(readBack(text).map((row) => row.buurtcode)).toEqual(insight.buurten.map((b) => b.code));
  });

  it('writes Dutch numbers with a decimal comma, small counts as "< 5", unknown as empty, with source and date', () => {
    const [filmwijk, strip, kruiden] = readBack(insightCsv(insight, t('nl'), 'nl'));
    expect(filmwijk).toMatchObject({
      buurtcode: FILMWIJK, buurt: 'Filmwijk', wijkcode: 'WK003402', kinderen: '400', leeftijd_kinderen: '0-14',
      uren_per_week: '7,5', plekken_per_1000_kinderen: '30', wachtdruk: '1', kinderwerkers_fte: '0,8',
      bereik_kinderen: '43', bereik_van: '2026-01-01', bereik_tot_en_met: '2026-09-30', gratis_procent: '75',
      'doel: Talenten en sociale vaardigheden': '2', 'partner: School': '2',
      bron_kinderen: 'CBS Kerncijfers wijken en buurten 2015', peildatum: '2026-11-01',
    });
    expect(strip).toMatchObject({ buurtcode: STRIPHELDEN, bereik_kinderen: '< 5', bereik_ouders: '< 5', wachtlijst: '', ingeschreven: '' });
    expect(kruiden).toMatchObject({ kinderen: '', plekken_per_1000_kinderen: '', bron_kinderen: '' });
  });

  it('writes English headers and decimal points for "en"', () => {
    const rows = readBack(insightCsv(insight, t('en'), 'en'));
    expect(rows[0]).toMatchObject({ buurt_code: FILMWIJK, hours_per_week: '7.5', kinderwerkers_fte: '0.8', reference_date: '2026-11-01' });
    expect(rows[3].places_per_1000_children).toBe('16.7');
    expect(Object.keys(rows[0])).toContain('aim: Talents and social skills');
  });

  it('neutralises names a spreadsheet would run as a formula, and quotes ; and "', () => {
    const hostile: Insight = {
      ...insight,
      buurten: insight.buurten.map((buurt, i) => ({
        ...buurt,
        name: ['=HYPERLINK("https://evil.example","klik")', '+31 buurt', '-2+3', '@SUM(A1)'][i],
        childrenSource: i === 0 ? 'CBS; "Kerncijfers"' : buurt.childrenSource,
      })),
    };
    const text = insightCsv(hostile, t('nl'), 'nl');
    const rows = readBack(text);
    expect(rows.map((row) => row.buurt)).toEqual([
      `'=HYPERLINK("https://evil.example","klik")`, "'+31 buurt", "'-2+3", "'@SUM(A1)",
    ]);
    expect(rows[0].bron_kinderen).toBe('CBS; "Kerncijfers"');
    for (const line of text.split('\r\n').slice(1)) {
      for (const cell of line.split(';')) expect(cell).not.toMatch(/^"?[=+\-@]/);
    }
  });

  it('keeps the wijk and municipality totals in a separate file', () => {
    const rows = readBack(insightTotalsCsv(insight, t('nl'), 'nl'));
    expect(rows.map((row) => [row.code, row.naam])).toEqual([['WK003402', 'Stad West'], ['WK003403', 'Stad Oost'], ['GM0034', 'Almere']]);
    expect(rows[2]).toMatchObject({ kinderen: '1400', uren_per_week: '11,5', activiteiten: '4' });
  });
});

describe('csvCell and csvText', () => {
  it('puts an apostrophe before a tab or carriage return at the start, and quotes a line break', () => {
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('twee\nregels')).toBe('"twee\nregels"');
    expect(csvCell('gewoon')).toBe('gewoon');
    expect(csvText([['a', 'b'], ['1', '2']])).toBe('\uFEFFa;b\r\n1;2\r\n');
  });
});
