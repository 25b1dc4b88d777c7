/**
 * Huiskamers: small after-school places for children who need a safe spot, by
 * referral only. Each has its own location (a `huiskamer` location), opens three or
 * four afternoons a week for 8–16 children, often has a waiting list, and names
 * who may refer a child and what the children work on.
 *
 *   const huiskamers = generateHuiskamers({ locations: huiskamerLocations, contacts, organizations }, random, calendar);
 */
import type { Referrer, Weekday } from '../../lib/feed/schema';
import type { ContactInput, HuiskamerInput, LocationInput, OrganizationInput } from '../demo/records';
import type { Calendar } from './calendar';
import type { Random } from './random';

export interface HuiskamerPlan {
  /** One location of kind `huiskamer` per huiskamer. */
  locations: readonly LocationInput[];
  organizations: readonly OrganizationInput[];
  contacts: readonly ContactInput[];
}

const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const REFERRERS: readonly Referrer[] = ['parents', 'school', 'ggd', 'jeugd-ggz', 'wijkagent', 'wijkteam', 'huisarts'];
const GOALS = ['vriendjes maken', 'minder snel boos worden', 'zeggen wat je voelt', 'samen spelen en delen', 'huiswerk leren plannen',
  'nee durven zeggen', 'rustig worden als het druk is', 'gezond eten', 'meer zelfvertrouwen'];
const AGES = [{ min: 6, max: 12 }, { min: 4, max: 8 }, { min: 8, max: 12 }, { min: 5, max: 10 }];
const DESCRIPTIONS = [
  'Een vaste plek na school, met een vaste begeleider. De kinderen eten samen, spelen en praten over hun dag.',
  'Kleine groep, rustige sfeer. We werken aan wat een kind nodig heeft, samen met ouders en school.',
  'Na school even thuiskomen: samen eten, huiswerk en spelen. Ouders horen elke week hoe het gaat.',
];
const INTAKE = 'Na de aanmelding komt de begeleider op huisbezoek. Daarna kijken we samen met ouders en school of de huiskamer past.';

export function generateHuiskamers(plan: HuiskamerPlan, random: Random, calendar: Calendar): HuiskamerInput[] {
  return plan.locations.map((location, index): HuiskamerInput => {
    const days = random.sample(WEEKDAYS, random.int(3, 4)).sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
    const placesPerDay = random.int(8, 16);
    const local = plan.contacts.filter((contact) => contact.buurtCodes?.includes(location.buurtCode ?? ''));
    return {
      id: `huiskamer-${index + 1}`,
      name: location.name,
      description: random.pick(DESCRIPTIONS),
      organizationId: location.organizationId ?? random.pick(plan.organizations).id,
      locationId: location.id,
      schedule: [{ byDay: days, startTime: random.pick(['14:30', '15:00', '15:15']), endTime: random.pick(['17:30', '18:00']) }],
      ageRange: random.pick(AGES),
      placesPerDay,
      enrolled: random.int(Math.floor(placesPerDay / 2), placesPerDay * days.length),
      ...(random.chance(0.4) && { waitingList: { count: random.int(1, 15), countedOn: calendar.daysBack(random, 60) } }),
      referrers: random.sample(REFERRERS, random.int(2, 4)),
      intake: INTAKE,
      goals: random.sample(GOALS, random.int(2, 3)),
      cost: { free: true },
      ...(local.length > 0 && { contactIds: random.sample(local, random.int(1, 2)).map((contact) => contact.id) }),
      lastVerified: calendar.verified(random),
    };
  });
}
