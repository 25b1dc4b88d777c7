/**
 * Kinderwerkers and other known faces: each works in a few buurten of one wijk, for
 * one organisation, and can be reached by phone or e-mail. One in twenty did not
 * consent to publication: the feed holds them, the widget must never show them.
 *
 *   const contacts = generateContacts({ count: 1000, areas, organizations }, random, calendar);
 */
import type { ContactInput, OrganizationInput } from '../demo/records';
import type { Area } from './areas';
import type { Calendar } from './calendar';
import { emailFor, mobilePhone, personName } from './people';
import type { Random } from './random';
import { weightedPicker } from './random';

export interface ContactPlan {
  count: number;
  areas: readonly Area[];
  organizations: readonly OrganizationInput[];
}

const ROLES: readonly (readonly [string, number])[] = [
  ['Kinderwerker', 8],
  ['Buurtsportcoach', 3],
  ['Jongerenwerker', 1],
  ['Coördinator huiskamer', 1],
  ['Medewerker wijkteam', 2],
  ['Pedagogisch medewerker', 2],
  ['Vrijwilliger kinderwerk', 2],
];

export function generateContacts(plan: ContactPlan, random: Random, calendar: Calendar): ContactInput[] {
  const buurtenOfWijk = new Map<string, Area[]>();
  for (const area of plan.areas) {
    const list = buurtenOfWijk.get(area.wijkCode);
    if (list) list.push(area);
    else buurtenOfWijk.set(area.wijkCode, [area]);
  }
  const drawArea = weightedPicker(plan.areas, (area) => area.weight, random);
  return Array.from({ length: plan.count }, (_, index): ContactInput => {
    const home = drawArea();
    const neighbours = buurtenOfWijk.get(home.wijkCode) ?? [home];
    const buurten = [home, ...random.sample(neighbours.filter((area) => area !== home), random.int(0, 3))];
    const person = personName(random);
    const withPhone = random.chance(0.75);
    return {
      id: `contact-${index + 1}`,
      name: person.full,
      role: random.weighted(ROLES),
      organizationId: random.pick(plan.organizations).id,
      buurtCodes: buurten.map((area) => area.code),
      ...(withPhone && { phone: mobilePhone(random) }),
      ...((!withPhone || random.chance(0.6)) && { email: emailFor(person) }),
      publicationConsent: random.chance(0.95),
      lastVerified: calendar.verified(random),
    };
  });
}
