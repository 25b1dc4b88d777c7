/** Demo kinderwerk that is not tied to one building: the play buses and the holiday programmes. */
import { type ActivityInput, type Draft, FREE, signUp, WALK_IN, weekly } from '../records';
import { ALMERE as B } from './buurten';

export const activitiesCitywide: Draft<ActivityInput>[] = [
  {
    id: 'alm-act-speelbus-almere-stad', name: 'De Speelbus in Almere Stad',
    description:
      'Een bus vol spelmateriaal komt naar jouw buurt. Maandag Verzetswijk, dinsdag Parkwijk, woensdag Waterwijk, donderdag Staatsliedenwijk en vrijdag Noorderplassen. Bij regen gaan we niet.',
    category: 'play', organizationId: 'alm-org-kinderwerk', ageRange: { min: 4, max: 12 },
    schedule: [weekly(['MO', 'TU', 'TH', 'FR'], '15:00', '17:00'), weekly(['WE'], '14:00', '17:00')],
    cost: FREE, join: WALK_IN,
    servesBuurten: [B.verzetswijk, B.parkwijk, B.waterwijk, B.staatsliedenwijk, B.noorderplassen],
    visits: [
      { buurtCode: B.verzetswijk, byDay: ['MO'] }, { buurtCode: B.parkwijk, byDay: ['TU'] },
      { buurtCode: B.waterwijk, byDay: ['WE'] }, { buurtCode: B.staatsliedenwijk, byDay: ['TH'] },
      { buurtCode: B.noorderplassen, byDay: ['FR'] },
    ],
    contactIds: ['alm-con-rick-visser'], url: 'https://example.org/kinderwerk-almere/speelbus',
  },
  {
    id: 'alm-act-speelbus-haven-buiten', name: 'De Speelbus in Haven en Buiten',
    description:
      'De tweede speelbus rijdt in Almere Haven en Almere Buiten. Kijk op de website waar de bus deze week staat.',
    category: 'play', organizationId: 'alm-org-kinderwerk', ageRange: { min: 4, max: 12 },
    schedule: [weekly(['TU', 'WE', 'TH'], '15:00', '17:00')], cost: FREE, join: WALK_IN,
    servesBuurten: [B.deHoven, B.deGrienden, B.deVelden, B.molenbuurt, B.faunabuurt, B.bloemenbuurt],
    contactIds: ['alm-con-rick-visser'], url: 'https://example.org/kinderwerk-almere/speelbus',
  },
  {
    id: 'alm-act-kerstvakantie-danswijk', name: 'Winterpret in de kerstvakantie',
    description:
      'Drie dagen per week een gevarieerd programma: knutselen, een filmochtend, spellen en warme chocolademelk. Niet op 1e en 2e kerstdag.',
    category: 'play', programme: 'holiday', organizationId: 'alm-org-kinderwerk', ageRange: { min: 4, max: 12 },
    schedule: [weekly(['MO', 'TU', 'WE'], '10:00', '15:00')],
    dateRange: { startDate: '2026-12-21', endDate: '2027-01-01' },
    cost: FREE, join: signUp('Aanmelden per dag via de website, zodat we genoeg lunch hebben.', {
      url: 'https://example.org/kinderwerk-almere/vakantie',
    }),
    locationId: 'alm-loc-buurtcentrum-danswijk', contactIds: ['alm-con-youssef-el-amrani'], remainingPlaces: 15,
  },
  {
    id: 'alm-act-kerstvakantie-regenboog', name: 'Kerstvakantie in De Regenboog',
    description: 'Kerststukjes maken, bakken en een spelletjesmiddag. Ouders zijn welkom bij de afsluiting.',
    category: 'creative', programme: 'holiday', organizationId: 'alm-org-kinderwerk', ageRange: { min: 6, max: 12 },
    schedule: [weekly(['TU', 'TH'], '13:00', '16:00')],
    dateRange: { startDate: '2026-12-21', endDate: '2027-01-01' },
    cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-buurthuis-regenboog', contactIds: ['alm-con-priya-ramdin'],
  },
  {
    id: 'alm-act-voorjaarsvakantie-haven', name: 'Sportweek in de voorjaarsvakantie',
    description: 'Elke dag een andere sport om kennis mee te maken, met op vrijdag een toernooi.',
    category: 'sport', programme: 'holiday', organizationId: 'alm-org-buurtsport', ageRange: { min: 6, max: 12 },
    schedule: [weekly(['MO', 'TU', 'WE', 'TH', 'FR'], '10:00', '12:30')],
    dateRange: { startDate: '2027-02-22', endDate: '2027-02-26' },
    cost: FREE, join: signUp('Aanmelden voor de hele week of per dag.', { email: 'buurtsport@example.org' }),
    locationId: 'alm-loc-buurthuis-de-wierden', contactIds: ['alm-con-sanne-verbeek'],
  },
  {
    id: 'alm-act-voorjaarsvakantie-poort', name: 'Voorjaarsvakantie: theater maken',
    description: 'In vier ochtenden maak je samen een toneelstuk, en op donderdag speel je het voor publiek.',
    category: 'creative', programme: 'holiday', organizationId: 'alm-org-klankkast', ageRange: { min: 7, max: 12 },
    schedule: [weekly(['MO', 'TU', 'WE', 'TH'], '10:00', '12:00')],
    dateRange: { startDate: '2027-02-22', endDate: '2027-02-25' },
    cost: FREE, join: signUp('Aanmelden via de website van De Klankkast.', { url: 'https://example.org/klankkast/vakantie' }),
    locationId: 'alm-loc-buurtcentrum-europakwartier', contactIds: ['alm-con-fatma-yilmaz'],
  },
];
