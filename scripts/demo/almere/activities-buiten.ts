/** Demo activities in Almere Buiten (WK003403). */
import { type ActivityInput, type Draft, FREE, paid, referral, signUp, WALK_IN, weekly } from '../records';

export const activitiesBuiten: Draft<ActivityInput>[] = [
  {
    id: 'alm-act-voetbal-oostvaarders', name: 'Pleinvoetbal Oostvaarders',
    description: 'Voetballen op het schoolplein. Scheenbeschermers liggen klaar.',
    category: 'sport', organizationId: 'alm-org-buurtsport', ageRange: { min: 7, max: 12 },
    schedule: [weekly(['WE'], '14:00', '15:30')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-brede-school-oostvaarders', contactIds: ['alm-con-priya-ramdin'],
  },
  {
    id: 'alm-act-knutselclub-oostvaarders', name: 'Knutselclub',
    description: 'Knutselen met papier, hout en textiel. Voor jonge kinderen uit de buurt.',
    category: 'creative', organizationId: 'alm-org-kinderwerk', ageRange: { min: 4, max: 8 },
    schedule: [weekly(['TU'], '15:00', '16:15')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-brede-school-oostvaarders', contactIds: ['alm-con-priya-ramdin'],
  },
  {
    id: 'alm-act-huiswerkklas-oostvaarders', name: 'Huiswerkklas',
    description: 'Rustig je huiswerk maken met hulp van studenten. Er is fruit en limonade.',
    category: 'learning', organizationId: 'alm-org-bibliotheek', ageRange: { min: 9, max: 12 },
    schedule: [weekly(['MO', 'WE'], '15:00', '16:30')], cost: FREE,
    join: signUp('Aanmelden bij je leerkracht. Je mag ook een keer komen kijken.'),
    languages: ['nl', 'en'], locationId: 'alm-loc-brede-school-oostvaarders',
  },
  {
    id: 'alm-act-kookclub-regenboog', name: 'Kookclub De Regenboog',
    description: 'Koken, tafel dekken en samen eten. Om de week bakken we iets lekkers.',
    category: 'cooking', organizationId: 'alm-org-kinderwerk', ageRange: { min: 8, max: 12 },
    schedule: [weekly(['WE'], '14:00', '16:00')], cost: paid(1, '€ 1,- per keer'),
    join: signUp('Schrijf je in op de lijst in het buurthuis of bel Priya.', { phone: '06-12345105' }),
    locationId: 'alm-loc-buurthuis-regenboog', contactIds: ['alm-con-priya-ramdin'], remainingPlaces: 2,
  },
  {
    id: 'alm-act-meidenclub-regenboog', name: 'Meidenclub Buiten',
    description: 'Voor meiden van groep 6, 7 en 8: praten over wat jij belangrijk vindt, en samen iets leuks doen.',
    category: 'other', organizationId: 'alm-org-kinderwerk', ageRange: { min: 9, max: 12 },
    schedule: [weekly(['TH'], '15:30', '17:00')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-buurthuis-regenboog', contactIds: ['alm-con-priya-ramdin'],
  },
  {
    id: 'alm-act-hiphop-regenboog', name: 'Hiphop en rap',
    description: 'Zelf teksten schrijven en rappen, of dansen op de beats. De jongerenwerker helpt.',
    category: 'music-dance', organizationId: 'alm-org-kinderwerk', ageRange: { min: 10, max: 12 },
    schedule: [weekly(['FR'], '15:30', '16:30')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-buurthuis-regenboog', contactIds: ['alm-con-kevin-hoekstra'],
  },
  {
    id: 'alm-act-speeltuin-eilandenbuurt', name: 'Speeltuin Het Eiland open',
    description: 'De kinderwerker is er met spelkisten en skelters.',
    category: 'play', organizationId: 'alm-org-kinderwerk', ageRange: { min: 4, max: 12 },
    schedule: [weekly(['WE'], '13:00', '16:00'), weekly(['SA'], '11:00', '14:00')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-speeltuin-eilandenbuurt', contactIds: ['alm-con-kevin-hoekstra'],
  },
  {
    id: 'alm-act-sportinstuif-seizoenen', name: 'Sportinstuif',
    description: 'Trampoline, klimtoestellen en balspellen in de grote sporthal. Neem sportkleding en binnenschoenen mee.',
    category: 'sport', organizationId: 'alm-org-buurtsport', ageRange: { min: 6, max: 12 },
    schedule: [weekly(['FR'], '15:00', '16:30')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-sporthal-seizoenen',
  },
  {
    id: 'alm-act-samen-spelen-buiten', name: 'Samen spelen, samen delen',
    description: 'Kleine groep waarin kinderen oefenen met samen spelen, op hun beurt wachten en ruzie oplossen.',
    category: 'other', programme: 'course', organizationId: 'alm-org-kinderwerk', ageRange: { min: 5, max: 8 },
    schedule: [weekly(['MO'], '15:00', '16:00')], dateRange: { startDate: '2026-09-21', endDate: '2027-01-25' },
    cost: FREE,
    join: referral('Ouders of school kunnen een kind aanmelden bij de kinderwerker. Eerst is er een kennismaking.', {
      email: 'priya.ramdin@example.org',
    }),
    locationId: 'alm-loc-buurthuis-regenboog', contactIds: ['alm-con-priya-ramdin'],
  },
];
