/**
 * Activities for children, spread over the locations (a busy buurthuis has many, a
 * trapveld one or two): weekly clubs, courses with an end date, holiday
 * programmes, and a little mobile work that visits buurten instead of one place.
 * Most are free and walk-in, as kinderwerk is.
 *
 *   const activities = generateActivities({ count: 20000, locations, areas, organizations, contacts }, random, calendar);
 */
import type { AgeRange, JoinMethod, LocationKind } from '../../lib/feed/schema';
import type { ActivityInput, ContactInput, LocationInput, OrganizationInput } from '../demo/records';
import { ACTIVITY_KINDS, MOBILE_KINDS, descriptionFor, holidaySlots, weeklySlots, type ActivityKind } from './activity-catalogue';
import type { Area } from './areas';
import type { Calendar } from './calendar';
import { mailbox } from './people';
import type { Random } from './random';
import { weightedPicker } from './random';

export interface ActivityPlan {
  count: number;
  /** Places activities can be at (not the huiskamers). */
  locations: readonly LocationInput[];
  areas: readonly Area[];
  organizations: readonly OrganizationInput[];
  contacts: readonly ContactInput[];
}

const LOCATION_PULL: Record<LocationKind, number> = {
  'community-centre': 4, school: 2, playground: 1.5, outdoors: 1, other: 2, huiskamer: 0,
};

const JOIN: readonly (readonly [JoinMethod, number])[] = [['walk-in', 55], ['sign-up', 40], ['referral', 5]];

const NAME_ENDINGS = ['', '', '', ' junior', ' voor meiden', ' (groep 1-4)', ' (groep 5-8)', ' op woensdag', ' in de buurt'];

/** Narrows the usual ages now and then: a club for the youngest or the oldest. */
function ageRangeFor(kind: ActivityKind, random: Random): AgeRange {
  const [min, max] = kind.ages;
  if (max - min < 4 || random.chance(0.6)) return { min, max };
  const split = random.int(min + 2, max - 2);
  return random.chance(0.5) ? { min, max: split } : { min: split, max };
}

function costFor(random: Random): ActivityInput['cost'] {
  if (random.chance(0.8)) return random.chance(0.1) ? { free: true, note: 'Gratis, wel even aanmelden' } : { free: true };
  const amount = random.pick([1, 1.5, 2, 2.5, 3, 5, 10, 25]);
  return { free: false, amount, note: amount >= 10 ? 'per cursus; gratis met de stadspas' : 'per keer' };
}

function joinFor(name: string, random: Random): ActivityInput['join'] {
  const method = random.weighted(JOIN);
  if (method === 'walk-in') return { method };
  if (method === 'referral') {
    return { method, instructions: 'Via school, het wijkteam of de kinderwerker. Vraag ernaar bij de leerkracht.' };
  }
  return {
    method,
    instructions: 'Aanmelden kan tot een dag van tevoren. Vol is vol.',
    ...(random.chance(0.5) ? { email: mailbox(name) } : { url: `https://example.org/aanmelden/${mailbox(name).split('@')[0]}` }),
  };
}

export function generateActivities(plan: ActivityPlan, random: Random, calendar: Calendar): ActivityInput[] {
  // Without any place (every location is a huiskamer), all activities are mobile work.
  const drawLocation = plan.locations.length > 0
    ? weightedPicker(plan.locations, (location) => LOCATION_PULL[location.kind] * (0.2 + 1.8 * random.next()), random)
    : undefined;
  const drawArea = weightedPicker(plan.areas, (area) => area.weight, random);
  const contactsByBuurt = new Map<string, ContactInput[]>();
  for (const contact of plan.contacts) {
    for (const code of contact.buurtCodes ?? []) contactsByBuurt.set(code, [...(contactsByBuurt.get(code) ?? []), contact]);
  }
  const wijkBuurten = new Map<string, string[]>();
  for (const area of plan.areas) wijkBuurten.set(area.wijkCode, [...(wijkBuurten.get(area.wijkCode) ?? []), area.code]);

  return Array.from({ length: plan.count }, (_, index): ActivityInput => {
    const location = drawLocation && !random.chance(0.02) ? drawLocation() : undefined;
    const kind = random.pick(location ? ACTIVITY_KINDS : MOBILE_KINDS);
    // Mobile work starts from a buurt and visits its neighbours in the wijk.
    const home = location ? undefined : drawArea();
    const buurtCode = location?.buurtCode ?? home!.code;
    const programme = random.weighted([['weekly', 80], ['course', 12], ['holiday', 8]] as const);
    const name = kind.name + random.pick(NAME_ENDINGS);
    const contacts = contactsByBuurt.get(buurtCode) ?? [];
    const join = joinFor(name, random);
    return {
      id: `act-${index + 1}`,
      name,
      ...(random.chance(0.7) && { description: descriptionFor(kind.category, random) }),
      category: kind.category,
      programme,
      organizationId: (location?.organizationId && random.chance(0.8) ? location.organizationId : random.pick(plan.organizations).id),
      ageRange: ageRangeFor(kind, random),
      schedule: programme === 'holiday' ? holidaySlots(random) : weeklySlots(random),
      ...(programme === 'holiday' && { dateRange: calendar.holiday(random) }),
      ...(programme === 'course' && { dateRange: calendar.course(random) }),
      cost: costFor(random),
      join,
      ...(random.chance(0.1) && { languages: ['nl', random.pick(['en', 'ar', 'tr', 'pl', 'uk', 'so'])] }),
      ...(location ? { locationId: location.id } : { servesBuurten: random.sample(wijkBuurten.get(home!.wijkCode) ?? [buurtCode], random.int(2, 4)) }),
      ...(contacts.length > 0 && random.chance(0.3) && { contactIds: [random.pick(contacts).id] }),
      ...(random.chance(0.1) && { url: `https://example.org/activiteit/${index + 1}` }),
      ...(join.method === 'sign-up' && random.chance(0.3) && { remainingPlaces: random.int(0, 12) }),
      lastVerified: calendar.verified(random),
    };
  });
}
