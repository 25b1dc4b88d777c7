/**
 * The municipality's table as a spreadsheet file (the "Download tabel (CSV)" button):
 * one line per buurt under a header row, with Dutch headers and decimal commas for
 * "nl", English headers and decimal points for "en". Every line carries the source of
 * the children count and the date of the feed, so a copied row still says where it
 * came from. Counts of 1 to 4 children or parents read "< 5" (smallCount). The wijk
 * and municipality totals are a separate file (insightTotalsCsv), so that a
 * spreadsheet sum over the buurt file never counts anything twice.
 *
 *   download(insightCsv(insight, t('nl'), 'nl'), 'kinderwerk-cijfers.csv');
 */
import type { Lang, Messages } from '../i18n';
import { AIMS, PARTNER_TYPES, type AreaInsight, type Insight } from './types';
import { smallCount } from './small-count';
import { csvText } from './csv-text';

type Column = (area: AreaInsight, number: NumberText, insight: Insight) => string;
type NumberText = (value: number | null, digits: number) => string;

/** No thousands separator (Excel would read "1.400" as 1.4): digits, and a decimal comma or point. */
function numberText(lang: Lang): NumberText {
  return (value, digits) => {
    if (value === null) return '';
    const fixed = String(Math.round(value * 10 ** digits) / 10 ** digits);
    return lang === 'nl' ? fixed.replace('.', ',') : fixed;
  };
}

/** A count of people: "< 5" for 1 to 4, empty when unknown. */
const people = (value: number | null, number: NumberText): string => {
  const shown = smallCount(value);
  return typeof shown === 'string' ? shown : number(shown, 0);
};

const percent = (share: number | null, number: NumberText) => number(share === null ? null : share * 100, 0);

/** [Dutch header, English header, cell]; aims and partner types follow, named by their labels. */
const COLUMNS: readonly [string, string, Column][] = [
  ['buurtcode', 'buurt_code', (a) => a.code],
  ['buurt', 'buurt', (a) => a.name],
  ['wijkcode', 'wijk_code', (a) => a.wijkCode ?? ''],
  ['kinderen', 'children', (a, n) => people(a.children, n)],
  ['leeftijd_kinderen', 'children_ages', (a) => (a.childrenAges ? `${a.childrenAges.min}-${a.childrenAges.max}` : '')],
  ['activiteiten', 'activities', (a, n) => n(a.activities, 0)],
  ['waarvan_vakantie', 'of_which_holiday', (a, n) => n(a.holidayProgrammes, 0)],
  ['uren_per_week', 'hours_per_week', (a, n) => n(a.hoursPerWeek, 2)],
  ['huiskamers', 'huiskamers', (a, n) => n(a.huiskamers, 0)],
  ['plekken_per_dag', 'places_per_day', (a, n) => n(a.placesPerDay, 0)],
  ['plekken_per_1000_kinderen', 'places_per_1000_children', (a, n) => n(a.placesPerThousandChildren, 1)],
  ['ingeschreven', 'enrolled', (a, n) => people(a.enrolled, n)],
  ['wachtlijst', 'waiting_list', (a, n) => people(a.waitingList, n)],
  ['wachtdruk', 'waiting_pressure', (a, n) => n(a.waitingPressure, 2)],
  ['bereik_kinderen', 'reach_children', (a, n) => people(a.reach.children, n)],
  ['bereik_bezoeken', 'reach_visits', (a, n) => n(a.reach.visits, 0)],
  ['bereik_ouders', 'reach_parents', (a, n) => people(a.reach.parents, n)],
  ['bereik_van', 'reach_from', (a) => a.reach.period?.startDate ?? ''],
  ['bereik_tot_en_met', 'reach_to', (a) => a.reach.period?.endDate ?? ''],
  ['kinderwerkers_fte', 'kinderwerkers_fte', (a, n) => n(a.fte, 2)],
  ['bekende_gezichten', 'known_faces', (a, n) => n(a.knownFaces, 0)],
  ['gratis_procent', 'free_percent', (a, n) => percent(a.shareFree, n)],
  ['vrije_inloop_procent', 'walk_in_percent', (a, n) => percent(a.shareWalkIn, n)],
];

const TRAILING: readonly [string, string, Column][] = [
  ['bron_kinderen', 'children_source', (a) => a.childrenSource ?? ''],
  ['peildatum', 'reference_date', (_a, _n, insight) => insight.generatedAt.slice(0, 10)],
];

/** The totals file names its first two columns for any area: a wijk or the municipality. */
const AREA_HEADERS = { nl: ['code', 'naam'], en: ['code', 'name'] } as const;

function areasCsv(areas: readonly AreaInsight[], insight: Insight, text: Messages, lang: Lang, anyArea = false): string {
  const number = numberText(lang);
  const pick = ([nl, en]: readonly [string, string, Column]) => (lang === 'nl' ? nl : en);
  const aimPrefix = lang === 'nl' ? 'doel' : 'aim';
  const columnHeaders = COLUMNS.map(pick);
  if (anyArea) columnHeaders.splice(0, 2, ...AREA_HEADERS[lang]);
  const header = [
    ...columnHeaders,
    ...AIMS.map((aim) => `${aimPrefix}: ${text.insight.aims[aim]}`),
    ...PARTNER_TYPES.map((type) => `partner: ${text.insight.partnerTypes[type]}`),
    ...TRAILING.map(pick),
  ];
  const rows = areas.map((area) => [
    ...COLUMNS.map(([, , cell]) => cell(area, number, insight)),
    ...AIMS.map((aim) => number(area.aims[aim], 0)),
    ...PARTNER_TYPES.map((type) => number(area.partnerTypes[type], 0)),
    ...TRAILING.map(([, , cell]) => cell(area, number, insight)),
  ]);
  return csvText([header, ...rows]);
}

/** One line per buurt of the feed. */
export function insightCsv(insight: Insight, text: Messages, lang: Lang): string {
  return areasCsv(insight.buurten, insight, text, lang);
}

/**
 * The same columns for every wijk and then the whole municipality (its code in the
 * first column, `GM…`), for a council report that needs the totals.
 */
export function insightTotalsCsv(insight: Insight, text: Messages, lang: Lang): string {
  return areasCsv([...insight.wijken, insight.gemeente], insight, text, lang, true);
}
