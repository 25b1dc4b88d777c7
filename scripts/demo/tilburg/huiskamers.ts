/** The two Tilburg demo huiskamers (dagarrangementen), by referral only. */
import { type Draft, type HuiskamerInput, weekly } from '../records';

export const huiskamers: Draft<HuiskamerInput>[] = [
  {
    id: 'til-hk-de-kameleon',
    name: 'Huiskamer De Kameleon',
    description: 'Na school samen spelen, eten en praten, met vaste begeleiders. Voor kinderen die extra steun nodig hebben.',
    organizationId: 'til-org-kinderwerk',
    locationId: 'til-loc-huiskamer-de-kameleon',
    schedule: [weekly(['MO', 'TU', 'TH', 'FR'], '14:30', '18:00'), weekly(['WE'], '12:30', '18:00')],
    ageRange: { min: 4, max: 12 },
    placesPerDay: 20,
    enrolled: 36,
    waitingList: { count: 9, countedOn: '2026-10-20', expectedWeeks: 5 },
    referrers: ['parents', 'school', 'ggd', 'wijkteam'],
    intake: 'Na de aanmelding volgt binnen twee weken een gesprek met jou en je kind. Samen kiezen we de doelen.',
    goals: ['vriendjes maken', 'minder snel boos worden', 'zelfvertrouwen krijgen'],
    contactIds: ['til-con-marieke-van-esch'],
  },
  {
    id: 'til-hk-de-wilg',
    name: 'Huiskamer De Wilg',
    description: 'Kleine huiskamer in Stokhasselt met veel aandacht voor rust en voorspelbaarheid.',
    organizationId: 'til-org-kinderwerk',
    locationId: 'til-loc-huiskamer-de-wilg',
    schedule: [weekly(['MO', 'WE', 'TH'], '14:30', '17:30')],
    ageRange: { min: 6, max: 12 },
    placesPerDay: 12,
    enrolled: 18,
    referrers: ['school', 'jeugd-ggz', 'wijkagent', 'wijkteam'],
    intake: 'Aanmelden via school, het wijkteam of een hulpverlener. Daarna een kennismaking in de huiskamer.',
    goals: ['je gevoelens herkennen', 'samen spelen', 'voor jezelf opkomen'],
    cost: { free: true, note: 'Gratis, inclusief fruit en avondeten.' },
    contactIds: ['til-con-marieke-van-esch'],
  },
];
