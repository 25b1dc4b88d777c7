/**
 * The spreadsheet layout: one CSV file per kind of record, with Dutch column
 * headers. Each column names the feed field it fills, how its cells are read,
 * and an example value (the templates in public/templates/ hold these examples;
 * public/templates/README.md explains every column).
 *
 *   CSV_FILES.activities.columns.find((c) => c.header === 'leeftijd');
 *   // { header: 'leeftijd', field: 'ageRange', required: true, read: readCell.ages, example: '6 t/m 12' }
 */
import type { RecordKind } from '../feed/schema';
import { readCell, type CellReader } from './csv-cells';
import { readOutcomeCell } from './csv-outcome-cells';

export interface CsvColumn {
  /** The header in the template. Matching ignores case, accents, spaces, `_` and `-`. */
  header: string;
  /** Other headers that mean the same (English field names, common variants). */
  aliases?: readonly string[];
  /** Path in the feed record this column fills, e.g. `join.method`; `_`-prefixed fields are used while importing only. */
  field: string;
  required?: boolean;
  read: CellReader;
  example: string;
}

export interface CsvFileSpec {
  /** The file name the folder should hold. */
  file: string;
  /** Other accepted file names. */
  aliases: readonly string[];
  columns: readonly CsvColumn[];
}

const id: CsvColumn = { header: 'id', field: 'id', read: readCell.id, example: '' };
const lastVerified: CsvColumn = {
  header: 'laatst_gecontroleerd', aliases: ['gecontroleerd', 'lastVerified', 'controledatum'], field: 'lastVerified',
  read: readCell.date, example: '2026-11-02',
};
const organization: CsvColumn = {
  header: 'organisatie', aliases: ['organizationId', 'organisatie_id', 'aanbieder'], field: 'organizationId',
  read: readCell.text, example: 'Stichting De Schoor',
};
const contactIds: CsvColumn = {
  header: 'contactpersonen', aliases: ['contactIds', 'contactpersoon', 'contacten'], field: 'contactIds',
  read: readCell.list, example: 'Samira Bouzid',
};
/** What an activity or huiskamer is for, with whom, and whom it reached (feed v1.1). */
const outcomeColumns = (example: { aims: string; partners: string }): CsvColumn[] => [
  { header: 'doelen_kinderwerk', aliases: ['aims', 'kinderwerkdoelen'], field: 'aims', read: readOutcomeCell.aims, example: example.aims },
  { header: 'partners', aliases: ['samenwerkingspartners', 'partner'], field: 'partners', read: readOutcomeCell.partners, example: example.partners },
  { header: 'bereik_periode', aliases: ['reach_period', 'bereik_van_tot'], field: 'reach.period', read: readOutcomeCell.period, example: '1-1-2026 t/m 30-6-2026' },
  { header: 'bereik_kinderen', aliases: ['reach_children'], field: 'reach.children', read: readCell.wholeNumber, example: '34' },
  { header: 'bereik_bezoeken', aliases: ['reach_visits'], field: 'reach.visits', read: readCell.wholeNumber, example: '410' },
  { header: 'bereik_ouders', aliases: ['reach_parents'], field: 'reach.parents', read: readCell.wholeNumber, example: '' },
];

export const CSV_FILES: Record<RecordKind, CsvFileSpec> = {
  organizations: {
    file: 'organisaties.csv',
    aliases: ['organisatie.csv', 'organizations.csv', 'aanbieders.csv'],
    columns: [
      id,
      { header: 'naam', aliases: ['name'], field: 'name', required: true, read: readCell.text, example: 'Stichting De Schoor' },
      { header: 'omschrijving', aliases: ['description', 'beschrijving'], field: 'description', read: readCell.text, example: 'Welzijnsorganisatie voor Almere Haven en Buiten' },
      { header: 'website', aliases: ['url'], field: 'url', read: readCell.url, example: 'https://www.deschoor.nl' },
      { header: 'telefoon', aliases: ['phone', 'telefoonnummer'], field: 'phone', read: readCell.phone, example: '036 123 4567' },
      { header: 'email', aliases: ['e-mail', 'e-mailadres', 'emailadres'], field: 'email', read: readCell.email, example: 'info@deschoor.nl' },
      { header: 'inzet_fte', aliases: ['staffing', 'fte', 'inzet'], field: 'staffing', read: readOutcomeCell.staffing, example: 'WK003401=1,5; BU00340101=0,8' },
      { header: 'inzet_peildatum', aliases: ['staffing_counted_on', 'fte_peildatum'], field: '_staffingCountedOn', read: readCell.date, example: '2026-10-01' },
      lastVerified,
    ],
  },
  locations: {
    file: 'locaties.csv',
    aliases: ['locatie.csv', 'locations.csv', 'plekken.csv'],
    columns: [
      id,
      { header: 'naam', aliases: ['name'], field: 'name', required: true, read: readCell.text, example: 'Buurthuis De Schakel' },
      { header: 'soort', aliases: ['kind', 'type', 'soort_locatie'], field: 'kind', read: readCell.locationKind, example: 'buurthuis' },
      organization,
      { header: 'straat', aliases: ['street', 'straatnaam'], field: 'address.street', read: readCell.text, example: 'Stationsstraat' },
      { header: 'huisnummer', aliases: ['number', 'nummer'], field: 'address.number', read: readCell.text, example: '12a' },
      { header: 'postcode', aliases: ['postal_code'], field: 'address.postcode', read: readCell.postcode, example: '1315 AB' },
      { header: 'plaats', aliases: ['city', 'woonplaats'], field: 'address.city', read: readCell.text, example: 'Almere' },
      { header: 'breedtegraad', aliases: ['latitude', 'lat'], field: 'latitude', read: readCell.coordinate, example: '52.37512' },
      { header: 'lengtegraad', aliases: ['longitude', 'lon', 'lng'], field: 'longitude', read: readCell.coordinate, example: '5.21843' },
      { header: 'buurtcode', aliases: ['buurtCode', 'buurt'], field: 'buurtCode', read: readCell.buurtCode, example: 'BU00340202' },
      { header: 'toegankelijkheid', aliases: ['accessibility'], field: 'accessibility', read: readCell.text, example: 'Drempelvrije ingang, invalidentoilet' },
      lastVerified,
    ],
  },
  activities: {
    file: 'activiteiten.csv',
    aliases: ['activiteit.csv', 'activities.csv', 'aanbod.csv'],
    columns: [
      id,
      { header: 'naam', aliases: ['name', 'titel'], field: 'name', required: true, read: readCell.text, example: 'Knutselclub' },
      { header: 'omschrijving', aliases: ['description', 'beschrijving'], field: 'description', read: readCell.text, example: 'Samen knutselen met wat het seizoen brengt.' },
      { header: 'soort', aliases: ['category', 'categorie'], field: 'category', read: readCell.category, example: 'creatief' },
      { header: 'programma', aliases: ['programme', 'vorm'], field: 'programme', read: readCell.programme, example: 'wekelijks' },
      { header: 'leeftijd', aliases: ['ageRange', 'leeftijden'], field: 'ageRange', required: true, read: readCell.ages, example: '6 t/m 12' },
      { header: 'dagen_en_tijden', aliases: ['schedule', 'wanneer', 'tijden', 'dagen'], field: 'schedule', required: true, read: readCell.schedule, example: 'wo 14:00-15:30' },
      { header: 'startdatum', aliases: ['startDate', 'van'], field: 'dateRange.startDate', read: readCell.date, example: '' },
      { header: 'einddatum', aliases: ['endDate', 'tot'], field: 'dateRange.endDate', read: readCell.date, example: '' },
      { header: 'kosten', aliases: ['cost', 'prijs'], field: 'cost', required: true, read: readCell.cost, example: 'gratis' },
      { header: 'aanmelden', aliases: ['join', 'hoe_meedoen', 'deelname'], field: 'join.method', required: true, read: readCell.join, example: 'binnenlopen' },
      { header: 'aanmeldinstructie', aliases: ['instructions', 'hoe_aanmelden'], field: 'join.instructions', read: readCell.text, example: 'Kom gewoon langs.' },
      { header: 'aanmeldlink', aliases: ['join_url', 'aanmeld_url'], field: 'join.url', read: readCell.url, example: '' },
      { header: 'aanmeldtelefoon', aliases: ['join_phone', 'aanmeld_telefoon'], field: 'join.phone', read: readCell.phone, example: '' },
      { header: 'aanmeldemail', aliases: ['join_email', 'aanmeld_email'], field: 'join.email', read: readCell.email, example: '' },
      { header: 'locatie', aliases: ['locationId', 'locatie_id', 'waar'], field: 'locationId', read: readCell.text, example: 'Buurthuis De Schakel' },
      { header: 'buurten', aliases: ['servesBuurten', 'buurtcodes'], field: 'servesBuurten', read: readCell.buurtCodes, example: '' },
      organization,
      contactIds,
      { header: 'talen', aliases: ['languages', 'taal'], field: 'languages', read: readCell.languages, example: 'nl' },
      { header: 'website', aliases: ['url', 'meer_informatie'], field: 'url', read: readCell.url, example: '' },
      { header: 'plaatsen_vrij', aliases: ['remainingPlaces', 'vrije_plaatsen'], field: 'remainingPlaces', read: readCell.wholeNumber, example: '' },
      ...outcomeColumns({ aims: 'talenten, meedoen', partners: '' }),
      lastVerified,
    ],
  },
  huiskamers: {
    file: 'huiskamers.csv',
    aliases: ['huiskamer.csv', 'dagarrangementen.csv'],
    columns: [
      id,
      { header: 'naam', aliases: ['name'], field: 'name', required: true, read: readCell.text, example: 'Huiskamer De Wilg' },
      { header: 'omschrijving', aliases: ['description', 'beschrijving'], field: 'description', read: readCell.text, example: 'Een veilige plek na school, met huiswerk en spel.' },
      organization,
      { header: 'locatie', aliases: ['locationId', 'locatie_id'], field: 'locationId', required: true, read: readCell.text, example: 'Huiskamer De Wilg' },
      { header: 'dagen_en_tijden', aliases: ['schedule', 'openingstijden', 'wanneer'], field: 'schedule', required: true, read: readCell.schedule, example: 'ma t/m do 14:30-17:30' },
      { header: 'leeftijd', aliases: ['ageRange', 'leeftijden'], field: 'ageRange', required: true, read: readCell.ages, example: '6 t/m 12' },
      { header: 'plaatsen_per_dag', aliases: ['placesPerDay', 'plaatsen'], field: 'placesPerDay', required: true, read: readCell.wholeNumber, example: '12' },
      { header: 'ingeschreven', aliases: ['enrolled', 'aantal_kinderen'], field: 'enrolled', read: readCell.wholeNumber, example: '10' },
      { header: 'wachtlijst', aliases: ['waitingList', 'wachtlijst_aantal'], field: 'waitingList.count', read: readCell.wholeNumber, example: '3' },
      { header: 'wachtlijst_peildatum', aliases: ['countedOn', 'wachtlijst_datum'], field: 'waitingList.countedOn', read: readCell.date, example: '2026-11-01' },
      { header: 'verwijzers', aliases: ['referrers', 'verwijzing_door'], field: 'referrers', required: true, read: readCell.referrers, example: 'school, wijkteam, ouders' },
      { header: 'intake', aliases: ['intake_uitleg'], field: 'intake', read: readCell.text, example: 'Eerst een kennismaking met ouder en kind.' },
      { header: 'doelen', aliases: ['goals'], field: 'goals', read: readCell.lines, example: 'vriendjes maken; minder snel boos worden' },
      { header: 'kosten', aliases: ['cost', 'prijs'], field: 'cost', read: readCell.cost, example: 'gratis' },
      contactIds,
      ...outcomeColumns({ aims: 'preventie, ouders', partners: '' }),
      lastVerified,
    ],
  },
  contacts: {
    file: 'contactpersonen.csv',
    aliases: ['contactpersoon.csv', 'contacts.csv', 'kinderwerkers.csv', 'contacten.csv'],
    columns: [
      id,
      { header: 'naam', aliases: ['name'], field: 'name', required: true, read: readCell.text, example: 'Samira Bouzid' },
      { header: 'rol', aliases: ['role', 'functie'], field: 'role', required: true, read: readCell.text, example: 'kinderwerker' },
      organization,
      { header: 'buurten', aliases: ['buurtCodes', 'buurtcodes'], field: 'buurtCodes', read: readCell.buurtCodes, example: 'BU00340202, BU00340203' },
      { header: 'telefoon', aliases: ['phone', 'telefoonnummer'], field: 'phone', read: readCell.phone, example: '06 12345678' },
      { header: 'email', aliases: ['e-mail', 'e-mailadres'], field: 'email', read: readCell.email, example: 'samira@deschoor.nl' },
      { header: 'foto', aliases: ['photoUrl', 'foto_url'], field: 'photoUrl', read: readCell.url, example: '' },
      { header: 'toestemming_publicatie', aliases: ['publicationConsent', 'toestemming'], field: 'publicationConsent', required: true, read: readCell.yesNo, example: 'ja' },
      lastVerified,
    ],
  },
  stories: {
    file: 'verhalen.csv',
    aliases: ['verhaal.csv', 'stories.csv', 'ervaringsverhalen.csv'],
    columns: [
      id,
      { header: 'titel', aliases: ['title', 'kop'], field: 'title', required: true, read: readCell.text, example: 'Samir durft weer mee te doen' },
      { header: 'tekst', aliases: ['text', 'verhaal'], field: 'text', required: true, read: readCell.text, example: 'Samir kwam stil binnen. Na tien weken voetbal op het plein neemt hij zelf een vriendje mee.' },
      { header: 'datum', aliases: ['date'], field: 'date', required: true, read: readCell.date, example: '2026-10-14' },
      { header: 'buurtcode', aliases: ['buurtCode', 'buurt'], field: 'buurtCode', read: readCell.buurtCode, example: 'BU00340202' },
      { header: 'activiteit', aliases: ['activityId', 'activiteit_id'], field: 'activityId', read: readCell.text, example: 'Knutselclub' },
      { header: 'huiskamer', aliases: ['huiskamerId', 'huiskamer_id'], field: 'huiskamerId', read: readCell.text, example: '' },
      { header: 'toestemming_publicatie', aliases: ['publicationConsent', 'toestemming'], field: 'publicationConsent', required: true, read: readCell.yesNo, example: 'ja' },
      lastVerified,
    ],
  },
};

/** The optional file with the feed's metadata: one header row and one row of values. */
export const META_FILE: CsvFileSpec = {
  file: 'gegevens.csv',
  aliases: ['meta.csv', 'feed.csv', 'algemeen.csv'],
  columns: [
    { header: 'gemeentecode', aliases: ['municipality', 'gemeente_code'], field: 'municipalityCode', read: readCell.text, example: 'GM0034' },
    { header: 'gemeente', aliases: ['gemeentenaam', 'name'], field: 'municipalityName', read: readCell.text, example: 'Almere' },
    { header: 'uitgever', aliases: ['publisher'], field: 'publisherName', read: readCell.text, example: 'Gemeente Almere' },
    { header: 'uitgever_website', aliases: ['publisher_url'], field: 'publisherUrl', read: readCell.url, example: 'https://www.almere.nl' },
    { header: 'uitgever_email', aliases: ['publisher_email'], field: 'publisherEmail', read: readCell.email, example: 'kinderwerk@almere.nl' },
    { header: 'licentie', aliases: ['license'], field: 'license', read: readCell.text, example: 'CC0-1.0' },
    { header: 'licentie_url', aliases: ['license_url'], field: 'licenseUrl', read: readCell.url, example: '' },
    { header: 'bronvermelding_grenzen', aliases: ['boundaryAttribution'], field: 'boundaryAttribution', read: readCell.text, example: 'Kadaster / Centraal Bureau voor de Statistiek, 2015' },
  ],
};

/** "Dagen en tijden", "dagen_en_tijden" and "Dagen-en-tijden" all become "dagenentijden". */
function headerKey(header: string): string {
  return header.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function findColumn(spec: CsvFileSpec, header: string): CsvColumn | undefined {
  const key = headerKey(header);
  return spec.columns.find((column) => [column.header, ...(column.aliases ?? [])].some((name) => headerKey(name) === key));
}
