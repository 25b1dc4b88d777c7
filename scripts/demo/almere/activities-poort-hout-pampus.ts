/** Demo activities in the newer parts of Almere: Poort (WK003404), Hout (WK003405) and Pampus (WK003406). */
import { type ActivityInput, type Draft, FREE, paid, signUp, WALK_IN, weekly } from '../records';

export const activitiesPoortHoutPampus: Draft<ActivityInput>[] = [
  {
    id: 'alm-act-sport-columbus', name: 'Sport na school Columbus',
    description: 'Buurtsportcoach met tikspelen, trefbal en estafette in de gymzaal van de school.',
    category: 'sport', organizationId: 'alm-org-buurtsport', ageRange: { min: 6, max: 12 },
    schedule: [weekly(['TU'], '15:00', '16:00')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-brede-school-columbus', contactIds: ['alm-con-fatma-yilmaz'],
  },
  {
    id: 'alm-act-knutselen-columbus', name: 'Maakplaats',
    description: 'Bouwen, zagen en solderen onder begeleiding. Je neemt je werkstuk mee naar huis.',
    category: 'creative', organizationId: 'alm-org-kinderwerk', ageRange: { min: 8, max: 12 },
    schedule: [weekly(['TH'], '15:00', '16:30')], cost: paid(1.5, '€ 1,50 per keer voor materiaal'),
    join: signUp('Aanmelden bij Fatma. Er zijn 10 plekken.', { phone: '06-12345107' }),
    locationId: 'alm-loc-brede-school-columbus', contactIds: ['alm-con-fatma-yilmaz'],
  },
  {
    id: 'alm-act-kookclub-europakwartier', name: 'Kookclub Het Forum',
    description: 'Gerechten uit de hele wereld, gekookt door de kinderen zelf.',
    category: 'cooking', organizationId: 'alm-org-kinderwerk', ageRange: { min: 8, max: 12 },
    schedule: [weekly(['WE'], '14:30', '16:30')], cost: paid(1, '€ 1,- per keer; gratis met Almere Pas'),
    join: signUp('Inschrijven aan de bar van Het Forum.'),
    languages: ['nl', 'en', 'pl'], locationId: 'alm-loc-buurtcentrum-europakwartier', contactIds: ['alm-con-fatma-yilmaz'],
  },
  {
    id: 'alm-act-muziek-europakwartier', name: 'Zingen en trommelen',
    description: 'Liedjes zingen en trommelen uit verschillende landen.',
    category: 'music-dance', organizationId: 'alm-org-klankkast', ageRange: { min: 4, max: 8 },
    schedule: [weekly(['FR'], '15:30', '16:30')], cost: FREE, join: WALK_IN,
    languages: ['nl', 'en'], locationId: 'alm-loc-buurtcentrum-europakwartier',
  },
  {
    id: 'alm-act-huiswerkhulp-europakwartier', name: 'Huiswerkhulp Poort',
    description: 'Hulp bij lezen en rekenen door vrijwilligers uit de buurt.',
    category: 'learning', organizationId: 'alm-org-bibliotheek', ageRange: { min: 7, max: 12 },
    schedule: [weekly(['MO'], '15:30', '17:00')], cost: FREE,
    join: signUp('Stuur een mail met de naam en de groep van je kind.', { email: 'huiswerkhulp@example.org' }),
    languages: ['nl', 'en', 'ar'], locationId: 'alm-loc-buurtcentrum-europakwartier',
  },
  {
    id: 'alm-act-buitensport-vogelhorst', name: 'Buitensport Vogelhorst',
    description: 'Rennen, klimmen en balspelen op het grasveld achter de school.',
    category: 'sport', organizationId: 'alm-org-buurtsport', ageRange: { min: 6, max: 12 },
    schedule: [weekly(['WE'], '14:00', '15:30')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-brede-school-vogelhorst', contactIds: ['alm-con-joost-van-dijk'],
  },
  {
    id: 'alm-act-knutselen-vogelhorst', name: 'Knutselen met natuur',
    description: 'Knutselen met bladeren, takken en dennenappels die we samen verzamelen.',
    category: 'creative', organizationId: 'alm-org-natuurkids', ageRange: { min: 4, max: 9 },
    schedule: [weekly(['MO'], '15:00', '16:00')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-brede-school-vogelhorst', contactIds: ['alm-con-joost-van-dijk'],
  },
  {
    id: 'alm-act-natuurspeeltuin-nobelhorst', name: 'Hutten bouwen',
    description: 'Hutten bouwen, modder en water in de natuurspeeltuin. Trek kleren aan die vies mogen worden.',
    category: 'nature', organizationId: 'alm-org-natuurkids', ageRange: { min: 4, max: 10 },
    schedule: [weekly(['SA'], '10:00', '12:00')], cost: FREE, join: WALK_IN,
    locationId: 'alm-loc-natuurspeeltuin-nobelhorst', contactIds: ['alm-con-joost-van-dijk'],
  },
  {
    id: 'alm-act-boswachters-pampushout', name: 'Junior boswachters',
    description: 'Met de boswachter het bos in: sporen zoeken, vogels kijken en helpen bij het onderhoud.',
    category: 'nature', organizationId: 'alm-org-natuurkids', ageRange: { min: 7, max: 12 },
    schedule: [weekly(['WE'], '14:00', '16:00')], cost: FREE,
    join: signUp('Aanmelden via de website. Verzamelen bij de parkeerplaats van het bos.', {
      url: 'https://example.org/natuurkids/boswachters',
    }),
    locationId: 'alm-loc-speelbos-pampushout', contactIds: ['alm-con-joost-van-dijk'],
  },
];
