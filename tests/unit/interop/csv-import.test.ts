import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsvFiles, type CsvFile } from '../../../lib/interop/csv-import';
import type { ImportContext } from '../../../lib/interop/import-context';
import { formatProblem, sortProblems, type ImportProblem } from '../../../lib/interop/import-problem';

const fixtures = 'tests/fixtures/interop';
const buurten = JSON.parse(readFileSync(join(fixtures, 'buurten.geojson'), 'utf8'));
const context: ImportContext = {
  municipality: { code: 'GM0034', name: 'Almere' },
  buurten,
  publisher: { name: 'Gemeente Almere' },
  license: 'CC0-1.0',
  now: new Date('2026-11-23T10:00:00Z'),
};

function folder(name: string): CsvFile[] {
  const dir = join(fixtures, name);
  return readdirSync(dir).filter((file) => file.endsWith('.csv')).map((file) => ({ name: file, text: readFileSync(join(dir, file), 'utf8') }));
}

const lines = (problems: ImportProblem[]) => sortProblems(problems).map(formatProblem);
const NOTHING_TO_SHOW = 'error   no activity, huiskamer or contact came through (see the problems above, or check that the source is the right one); no feed was made, because publishing an empty feed would empty the map of everyone who uses it';
const ids = (feed: Record<string, unknown> | undefined, kind: string) =>
  (feed?.[kind] as { id: string }[]).map((record) => record.id);

describe('importCsvFiles on the templates', () => {
  it('turns the example rows of public/templates into a feed without problems', () => {
    const result = importCsvFiles(folder('../../../public/templates'), { buurten: JSON.parse(readFileSync('data/boundaries/almere-buurten.geojson', 'utf8')) });
    expect(lines(result.problems)).toEqual([]);
    expect(result.feed?.meta).toMatchObject({ municipality: { code: 'GM0034', name: 'Almere' }, license: 'CC0-1.0' });
    expect(result.feed?.activities).toEqual([
      expect.objectContaining({
        id: 'knutselclub', category: 'creative', ageRange: { min: 6, max: 12 },
        schedule: [{ byDay: ['WE'], startTime: '14:00', endTime: '15:30' }],
        cost: { free: true }, join: expect.objectContaining({ method: 'walk-in' }),
        locationId: 'de-schakel', contactIds: ['samira-bouzid'],
      }),
    ]);
  });
});

describe('importCsvFiles on spreadsheets with mistakes', () => {
  const result = importCsvFiles(folder('csv'), context);

  it('names file, row and column of every problem and says how to fix it', () => {
    expect(lines(result.problems)).toEqual([
      'warning activiteiten.csv, column "laatst_gecontroleerd": no date in row 7 (empty, or not a date); used today (2026-11-23). Fill in the date someone last checked each row',
      'error   activiteiten.csv row 3, column "leeftijd": "6 tot" is not an age range; write it as 6 t/m 12 or 6 tot 12 (both ages included), or vanaf 6. This row was left out',
      'error   activiteiten.csv row 4, column "locatie": "Omgedraaid" (locaties.csv row 4) was left out because of its own problems; fix that row first. This row was left out',
      'error   activiteiten.csv row 5, column "dagen_en_tijden": "25:00-26:00" is not a time range; write it as 15:00-16:30 (24 hours). This row was left out',
      'error   activiteiten.csv row 6, column "aanmelden": "misschien" is not a way to join; write binnenlopen, aanmelden or verwijzing. This row was left out',
      'warning activiteiten.csv row 7, column "laatst_gecontroleerd": "31-02-2026" is not a date; write it as 2026-03-01 or 1-3-2026 (day-month-year). The cell was ignored',
      'warning activiteiten.csv row 7, column "soort": empty; used "anders". Fill in a soort so families can filter on it',
      'warning activiteiten.csv row 7, column "contactpersonen": "Onbekend" is not an id or name in contactpersonen.csv; use the id or the exact name of a row there. This contact was left out',
      'warning contactpersonen.csv row 3, column "toestemming_publicatie": not published: this person did not consent (toestemming_publicatie is nee), so their details stay out of the feed',
      'error   contactpersonen.csv row 4, column "rol": empty; fill it in (e.g. kinderwerker). This row was left out',
      'warning huiskamers.csv row 1, column "opmerking": unknown column, ignored; the columns of huiskamers.csv are: id, naam, omschrijving, organisatie, locatie, dagen_en_tijden, leeftijd, plaatsen_per_dag, ingeschreven, wachtlijst, wachtlijst_peildatum, verwijzers, intake, doelen, kosten, contactpersonen, doelen_kinderwerk, partners, bereik_periode, bereik_kinderen, bereik_bezoeken, bereik_ouders, laatst_gecontroleerd',
      'warning huiskamers.csv row 2, column "wachtlijst_peildatum": empty; used today (2026-11-23). Fill in the date the waiting list was counted',
      'error   huiskamers.csv row 3, column "plaatsen_per_dag": "twaalf" is not a whole number; write digits only, e.g. 12. This row was left out',
      'error   huiskamers.csv row 3, column "verwijzers": "buurvrouw" is not one of the choices; write one of: ouders, school, ggd, jeugd-ggz, wijkagent, wijkteam, huisarts, anders. This row was left out',
      'warning locaties.csv row 3, column "breedtegraad": no coordinates; placed in the middle of buurt BU00340102. Add breedtegraad and lengtegraad for an exact marker',
      'error   locaties.csv row 4, column "breedtegraad": latitude 5.21 and longitude 52.335 look swapped: in the Netherlands latitude is about 51–53 and longitude about 3–7. This row was left out',
      'warning locaties.csv row 5: the coordinates lie outside every buurt of the feed; check latitude and longitude, or give the location a buurtCode of this feed',
      'warning locaties.csv row 6, column "postcode": "1353" is not a Dutch postcode; write it like 1315 AB. The cell was ignored',
      'warning locaties.csv row 6, column "huisnummer": the address is incomplete, so it was left out; fill in straat, huisnummer, postcode and plaats',
      'warning notities.csv: not a known file, ignored; the files are organisaties.csv, locaties.csv, activiteiten.csv, huiskamers.csv, contactpersonen.csv, verhalen.csv, gegevens.csv',
      'warning organisaties.csv, column "laatst_gecontroleerd": no date in rows 2, 3 (empty, or not a date); used today (2026-11-23). Fill in the date someone last checked each row',
      'warning organisaties.csv row 3, column "website": "javascript:alert(1)": must be a web address starting with https:// or http:// (e.g. https://kinderwerk.example.org/aanmelden). The cell was ignored',
      'warning organisaties.csv row 3, column "email": "geen-email": not a valid e-mail address (e.g. kinderwerk@example.org). The cell was ignored',
    ]);
  });

  it('lets every row without an error through', () => {
    expect(ids(result.feed, 'organizations')).toEqual(['de-schoor', 'buurtwerk-noord']);
    expect(ids(result.feed, 'locations')).toEqual(['de-schakel', 'speeltuin', 'ver-weg', 'onvolledig']);
    expect(ids(result.feed, 'activities')).toEqual(['knutselclub', 'buiten']);
    expect(ids(result.feed, 'huiskamers')).toEqual(['huiskamer-de-wilg']);
    expect(ids(result.feed, 'contacts')).toEqual(['samira-bouzid']);
  });

  it('resolves references written as names and places locations in their buurt', () => {
    const locations = result.feed?.locations as Record<string, unknown>[];
    expect(locations[0]).toMatchObject({ id: 'de-schakel', organizationId: 'de-schoor', latitude: 52.335, longitude: 5.21, buurtCode: 'BU00340101' });
    expect(locations[1]).toMatchObject({ id: 'speeltuin', latitude: 52.335, longitude: 5.23, buurtCode: 'BU00340102', kind: 'playground' });
    const activities = result.feed?.activities as Record<string, unknown>[];
    expect(activities[0]).toMatchObject({ locationId: 'de-schakel', contactIds: ['samira-bouzid'], schedule: [{ byDay: ['MO', 'WE'], startTime: '15:00', endTime: '16:30' }] });
    expect(activities[1]).toMatchObject({ category: 'other', lastVerified: '2026-11-23', schedule: [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], startTime: '14:30', endTime: '18:00' }] });
    expect(activities[1]).not.toHaveProperty('contactIds');
  });

  it('never publishes a person who did not consent', () => {
    expect(JSON.stringify(result.feed)).not.toContain('Piet Geheim');
    expect(JSON.stringify(result.feed)).not.toContain('06 87654321');
  });
});

describe('importCsvFiles, file-level problems', () => {
  const activities = (text: string) => importCsvFiles([{ name: 'activiteiten.csv', text }, { name: 'locaties.csv', text: 'id;naam;breedtegraad;lengtegraad\nhuis;Huis;52,335;5,21\n' }], context);

  it('reads no rows of a file that lacks a required column, and says which', () => {
    const result = activities('naam;dagen_en_tijden;kosten;aanmelden;locatie\nKnutselclub;wo 14:00-15:00;gratis;binnenlopen;huis\n');
    // Nothing left to show: no feed, so a publishing job cannot empty the map by accident.
    expect(lines(result.problems)).toEqual([
      NOTHING_TO_SHOW,
      'error   activiteiten.csv row 1, column "leeftijd": this required column is missing; add a column "leeftijd" (see public/templates/activiteiten.csv). No rows of this file were read',
      'warning locaties.csv, column "laatst_gecontroleerd": no date in row 2 (empty, or not a date); used today (2026-11-23). Fill in the date someone last checked each row',
    ]);
    expect(result.feed).toBeUndefined();
  });

  it('accepts headers written differently, and refuses a second row with the same id', () => {
    const result = activities(
      'ID;Naam;Leeftijd;Dagen en tijden;Kosten;Aanmelden;Locatie;Laatst gecontroleerd\n' +
        'club;Club;6-12;wo 14:00-15:00;gratis;binnenlopen;huis;2026-11-01\n' +
        'club;Club 2;6-12;do 14:00-15:00;gratis;binnenlopen;huis;2026-11-01\n',
    );
    expect(lines(result.problems).filter((line) => line.includes('activiteiten'))).toEqual([
      'error   activiteiten.csv row 3, column "ID": id "club" is already used in row 2; give each row its own id. This row was left out',
    ]);
    expect(ids(result.feed, 'activities')).toEqual(['club']);
  });

  it('says where a quote was opened and never closed, and warns about rows with too many cells', () => {
    const unclosed = activities('naam;leeftijd;dagen_en_tijden;kosten;aanmelden;locatie\n"Club;6-12;wo 14:00-15:00;gratis;binnenlopen;huis\n');
    expect(lines(unclosed.problems)).toContain(
      'error   activiteiten.csv row 2: a cell starts with a quote (") that is never closed, so the rest of the file was read as one cell; close the quote or remove it',
    );
    const tooMany = activities('naam;leeftijd;dagen_en_tijden;kosten;aanmelden;locatie\nClub;6-12;wo 14:00-15:00;€ 1;50;binnenlopen;huis\n');
    expect(lines(tooMany.problems)).toContain(
      'warning activiteiten.csv row 2: this row has more cells than the header has columns (7 instead of 6); the extra cells were ignored. A semicolon inside a cell needs quotes around the cell',
    );
  });

  it('reads the metadata from gegevens.csv when no arguments give it', () => {
    const result = importCsvFiles(
      [
        { name: 'gegevens.csv', text: 'gemeentecode;gemeente;uitgever;licentie\nGM0034;Almere;Stichting De Schoor;CC0-1.0\n' },
        { name: 'locaties.csv', text: 'naam;breedtegraad;lengtegraad;laatst_gecontroleerd\nHuis;52,335;5,21;2026-11-01\n' },
        { name: 'activiteiten.csv', text: 'naam;leeftijd;dagen_en_tijden;kosten;aanmelden;locatie;laatst_gecontroleerd\nClub;6-12;wo 14:00-15:00;gratis;binnenlopen;Huis;2026-11-01\n' },
      ],
      { buurten, now: context.now },
    );
    expect(lines(result.problems)).toEqual([]);
    expect(result.feed?.meta).toEqual({
      municipality: { code: 'GM0034', name: 'Almere' },
      publisher: { name: 'Stichting De Schoor' },
      license: 'CC0-1.0',
      generatedAt: '2026-11-23T10:00:00Z',
      boundaryAttribution: 'Kadaster / Centraal Bureau voor de Statistiek, 2015',
    });
  });

  it('makes no feed without spreadsheets or boundaries, and says what to add', () => {
    const result = importCsvFiles([], { ...context, buurten: undefined });
    expect(result.feed).toBeUndefined();
    expect(lines(result.problems)).toEqual([
      'error   no buurten given; pass the CBS buurt boundaries of the municipality with --buurten buurten.geojson',
      'error   no spreadsheets found; save them as CSV with the names organisaties.csv, locaties.csv, activiteiten.csv, huiskamers.csv, contactpersonen.csv, verhalen.csv (templates in public/templates/)',
    ]);
  });
});
