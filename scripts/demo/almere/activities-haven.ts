/** Demo activities in Almere Haven (WK003401). */
import { type ActivityInput, type Draft, FREE, paid, signUp, WALK_IN, weekly } from '../records';

export const activitiesHaven: Draft<ActivityInput>[] = [
  {
    id: 'alm-act-voetbal-de-wierden', name: 'Voetbal op het plein',
    description: 'Elke woensdag voetballen op het pleintje naast het buurthuis. Teams maken we ter plekke.',
    category: 'sport', organizationId: 'alm-org-buurtsport', ageRange: { min: 6, max: 12 },
    schedule: [weekly(['WE'], '14:00', '15:30')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-buurthuis-de-wierden', contactIds: ['alm-con-sanne-verbeek'],
  },
  {
    id: 'alm-act-knutselclub-de-wierden', name: 'Knutselclub De Wierden',
    description: 'Knippen, plakken, verven en kleien. Elke week een ander thema.',
    category: 'creative', organizationId: 'alm-org-kinderwerk', ageRange: { min: 4, max: 8 },
    schedule: [weekly(['TH'], '15:00', '16:30')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-buurthuis-de-wierden', contactIds: ['alm-con-sanne-verbeek'],
  },
  {
    id: 'alm-act-dansen-de-wierden', name: 'Dansmiddag',
    description: 'Dansen op muziek uit de hitlijst en oefenen voor een optreden voor ouders aan het eind van de maand.',
    category: 'music-dance', organizationId: 'alm-org-klankkast', ageRange: { min: 7, max: 12 },
    schedule: [weekly(['FR'], '15:30', '16:30')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-buurthuis-de-wierden',
  },
  {
    id: 'alm-act-kookclub-de-marken', name: 'Kookclub De Marken',
    description: 'Samen een gezonde maaltijd koken en daarna samen opeten. Je neemt het recept mee naar huis.',
    category: 'cooking', organizationId: 'alm-org-kinderwerk', ageRange: { min: 8, max: 12 },
    schedule: [weekly(['TU'], '15:15', '16:45')], cost: paid(1, '€ 1,- per keer'),
    join: signUp('Aanmelden bij Sanne of bij de conciërge van de school. Er zijn 12 plekken.', { phone: '06-12345101' }),
    locationId: 'alm-loc-brede-school-de-marken', contactIds: ['alm-con-sanne-verbeek'], remainingPlaces: 3,
  },
  {
    id: 'alm-act-huiswerkhulp-de-marken', name: 'Huiswerkhulp',
    description: 'Vrijwilligers helpen met lezen, rekenen en spreekbeurten. Neem je huiswerk mee.',
    category: 'learning', organizationId: 'alm-org-bibliotheek', ageRange: { min: 8, max: 12 },
    schedule: [weekly(['MO', 'TH'], '15:00', '16:30')], cost: FREE,
    join: signUp('Aanmelden via de leerkracht of stuur een mail.', { email: 'huiswerkhulp@example.org' }),
    languages: ['nl', 'ar', 'tr'], locationId: 'alm-loc-brede-school-de-marken',
  },
  {
    id: 'alm-act-speeltuinmiddag-de-gouwen', name: 'Speeltuinmiddag',
    description: 'De kinderwerker zet spellen klaar in de speeltuin: stoepkrijt, steltlopen, tikspelletjes.',
    category: 'play', organizationId: 'alm-org-kinderwerk', ageRange: { min: 4, max: 12 },
    schedule: [weekly(['WE'], '13:30', '16:30')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-speeltuin-de-gouwen', contactIds: ['alm-con-sanne-verbeek'],
  },
];
