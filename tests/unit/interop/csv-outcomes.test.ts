/**
 * The spreadsheet columns for the municipality's figures (feed v1.1): aims, partners,
 * reach, staffing and verhalen.csv, read the way people fill them in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsvFiles, type CsvFile } from '../../../lib/interop/csv-import';
import type { ImportContext } from '../../../lib/interop/import-context';
import { formatProblem, sortProblems, type ImportProblem } from '../../../lib/interop/import-problem';

const context: ImportContext = {
  municipality: { code: 'GM0034', name: 'Almere' },
  buurten: JSON.parse(readFileSync('tests/fixtures/interop/buurten.geojson', 'utf8')),
  publisher: { name: 'Gemeente Almere' },
  license: 'CC0-1.0',
  now: new Date('2026-11-23T10:00:00Z'),
};
/** The problems about the figures columns and verhalen.csv (the small sheets here leave out dates and coordinates). */
const FIGURES = /doelen_kinderwerk|partners|bereik_|inzet_|verhalen\.csv/;
const lines = (problems: ImportProblem[]) => sortProblems(problems).map(formatProblem).filter((line) => FIGURES.test(line));
const csv = (name: string, ...rows: string[]): CsvFile => ({ name, text: `${rows.join('\r\n')}\r\n` });

const ORGANISATIES = csv('organisaties.csv',
  'id;naam;inzet_fte;inzet_peildatum',
  'de-schoor;Stichting De Schoor;"WK003401=1,5; BU00340101=0,8";1-10-2026',
  'regenboog;OBS De Regenboog;;',
  'ggd;GGD Flevoland;WK009901=2;1-10-2026');
const LOCATIES = csv('locaties.csv', 'id;naam;buurtcode', 'de-schakel;Buurthuis De Schakel;BU00340101');

describe('importCsvFiles with the figures columns', () => {
  it('reads aims, partners by name, reach and staffing', () => {
    const result = importCsvFiles([
      ORGANISATIES, LOCATIES,
      csv('activiteiten.csv',
        'naam;leeftijd;dagen_en_tijden;kosten;aanmelden;locatie;doelen_kinderwerk;partners;bereik_periode;bereik_kinderen;bereik_bezoeken;bereik_ouders;laatst_gecontroleerd',
        'Knutselclub;6 t/m 12;wo 14:00-15:30;gratis;binnenlopen;Buurthuis De Schakel;Talenten, Gezond opgroeien;"school=OBS De Regenboog; GGD: ggd";1-1-2026 t/m 30-6-2026;34;410;;2026-11-02'),
    ], context);
    expect(lines(result.problems)).toEqual([
      'warning organisaties.csv row 4, column "inzet_fte": "WK009901" is not a buurt or wijk of this feed; this staffing was ignored',
    ]);
    const [activity] = result.feed?.activities as Record<string, unknown>[];
    expect(activity).toMatchObject({
      aims: ['talent-development', 'healthy-growing-up'],
      partners: [{ type: 'school', organizationId: 'regenboog' }, { type: 'ggd', organizationId: 'ggd' }],
      reach: { period: { startDate: '2026-01-01', endDate: '2026-06-30' }, children: 34, visits: 410 },
    });
    const [schoor] = result.feed?.organizations as Record<string, unknown>[];
    expect(schoor.staffing).toEqual([
      { areaCode: 'WK003401', fte: 1.5, countedOn: '2026-10-01' },
      { areaCode: 'BU00340101', fte: 0.8, countedOn: '2026-10-01' },
    ]);
    expect(schoor).not.toHaveProperty('_staffingCountedOn');
  });

  it('says how to write a partner, an aim and a period it cannot read, and keeps the row', () => {
    const result = importCsvFiles([
      ORGANISATIES, LOCATIES,
      csv('activiteiten.csv',
        'naam;leeftijd;dagen_en_tijden;kosten;aanmelden;locatie;doelen_kinderwerk;partners;bereik_periode;bereik_kinderen;laatst_gecontroleerd',
        'Knutselclub;6 t/m 12;wo 14:00-15:30;gratis;binnenlopen;Buurthuis De Schakel;wereldvrede;OBS De Regenboog;januari;12;2026-11-02',
        'Voetbal;6 t/m 12;wo 15:00-16:00;gratis;binnenlopen;Buurthuis De Schakel;;school=Onbekende School;;12;2026-11-02'),
    ], context);
    expect(lines(result.problems).filter((line) => line.includes('activiteiten.csv'))).toEqual([
      'warning activiteiten.csv row 2, column "doelen_kinderwerk": "wereldvrede" is not one of the choices; write one of: talenten, preventie, gezond, meedoen, ouders. The cell was ignored',
      'warning activiteiten.csv row 2, column "partners": "OBS De Regenboog": write the kind of partner, "=" and the organisation from organisaties.csv, e.g. school=OBS De Regenboog (separate several with ";"). The cell was ignored',
      'warning activiteiten.csv row 2, column "bereik_periode": "januari" is not a period; write two dates with t/m between them, e.g. 1-1-2026 t/m 30-6-2026. The cell was ignored',
      'warning activiteiten.csv row 2, column "bereik_periode": reach counts without a period; fill in bereik_periode (e.g. 1-1-2026 t/m 30-6-2026). The reach was left out',
      'warning activiteiten.csv row 3, column "bereik_periode": reach counts without a period; fill in bereik_periode (e.g. 1-1-2026 t/m 30-6-2026). The reach was left out',
      'warning activiteiten.csv row 3, column "partners": "Onbekende School" is not an id or name in organisaties.csv; use the id or the exact name of a row there. This partner was left out',
    ]);
    expect((result.feed?.activities as unknown[]).length).toBe(2);
  });

  it('reads verhalen.csv: a story links to its activity by name, and one without consent stays out', () => {
    const result = importCsvFiles([
      ORGANISATIES, LOCATIES,
      csv('activiteiten.csv', 'naam;leeftijd;dagen_en_tijden;kosten;aanmelden;locatie;laatst_gecontroleerd',
        'Knutselclub;6 t/m 12;wo 14:00-15:30;gratis;binnenlopen;Buurthuis De Schakel;2026-11-02'),
      csv('verhalen.csv', 'titel;tekst;datum;buurtcode;activiteit;toestemming_publicatie;laatst_gecontroleerd',
        'Samir durft weer;Samir neemt nu zelf een vriendje mee.;14-10-2026;BU00340101;knutselclub;ja;2026-11-02',
        'Geheim;Dit mag niet naar buiten.;15-10-2026;;;nee;2026-11-02'),
    ], context);
    expect(lines(result.problems).filter((line) => line.includes('verhalen.csv'))).toEqual([
      'warning verhalen.csv row 3, column "toestemming_publicatie": not published: there is no consent to publish this story (toestemming_publicatie is nee), so it stays out of the feed',
    ]);
    expect(result.feed?.stories).toEqual([{
      id: 'samir-durft-weer', title: 'Samir durft weer', text: 'Samir neemt nu zelf een vriendje mee.', date: '2026-10-14',
      buurtCode: 'BU00340101', activityId: 'knutselclub', publicationConsent: true, lastVerified: '2026-11-02',
    }]);
    expect(JSON.stringify(result.feed)).not.toContain('Dit mag niet naar buiten');
  });
});
