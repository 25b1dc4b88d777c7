/**
 * Where kinderwerk happens: buurthuizen, schools, playgrounds, parks and a few
 * others, spread over the buurten by how busy each buurt is, each with a point
 * inside its buurt, an address in its postcode area and, often, its organisation.
 * The first `huiskamers` locations are huiskamers, one per huiskamer record.
 *
 *   const locations = generateLocations({ count: 5000, huiskamers: 200, areas, organizations, town }, random, calendar);
 */
import type { LocationKind } from '../../lib/feed/schema';
import type { LocationInput, OrganizationInput } from '../demo/records';
import { randomPointIn, type Area } from './areas';
import type { Calendar } from './calendar';
import type { Town } from './organizations';
import { streetName } from './place-names';
import type { Random } from './random';
import { weightedPicker } from './random';

export interface LocationPlan {
  count: number;
  huiskamers: number;
  areas: readonly Area[];
  organizations: readonly OrganizationInput[];
  town: Town;
}

const KINDS: readonly (readonly [LocationKind, number])[] = [
  ['community-centre', 30],
  ['school', 30],
  ['playground', 20],
  ['outdoors', 10],
  ['other', 10],
];

const HOUSE_NAMES = ['De Linde', 'Het Anker', 'De Brug', 'De Kroon', 'De Horizon', 'Het Trefpunt', 'De Schakel', 'De Boog',
  'Het Baken', 'De Ontmoeting', 'De Pijler', 'Het Kompas', 'De Wieken', 'De Kameleon', 'De Regenboog', 'Het Klaverblad',
  'De Vuurtoren', 'De Sleutel', 'De Driehoek', 'De Zonnewijzer', 'De Vlinder', 'Het Palet', 'De Springplank', "'t Hoekje"];

const NAMES: Record<LocationKind, readonly ((house: string, word: string) => string)[]> = {
  'community-centre': [(h) => `Buurthuis ${h}`, (h) => `Wijkcentrum ${h}`, (_, w) => `Buurtcentrum ${w}`, (h) => `Kinderwerkgebouw ${h}`, (_, w) => `Bibliotheek ${w}`],
  school: [(h) => `Basisschool ${h}`, (_, w) => `OBS ${w}`, (h) => `CBS ${h}`, (h) => `Kindcentrum ${h}`, (h) => `IKC ${h}`],
  playground: [(_, w) => `Speeltuin ${w}`, (h) => `Speeltuinvereniging ${h}`, (_, w) => `Cruyff Court ${w}`, (_, w) => `Natuurspeeltuin ${w}`, (_, w) => `Trapveld ${w}`],
  outdoors: [(_, w) => `${w}park`, (_, w) => `Speelveld ${w}`, (_, w) => `Plein ${w}`],
  other: [(_, w) => `Sporthal ${w}`, (_, w) => `Gymzaal ${w}`, (h) => `Kinderboerderij ${h}`, (h) => `Muziekschool ${h}`, (h) => `Moskee ${h}`],
  huiskamer: [(_, w) => `Huiskamer ${w}`, (h) => `Kinderhuiskamer ${h}`],
};

const ACCESSIBILITY = [
  'Drempelvrije ingang en een invalidentoilet.',
  'Alles op de begane grond, rolstoeltoegankelijk.',
  'Ingang met drie treden; er is geen lift.',
  'Lift naar de eerste verdieping; invalidentoilet beneden.',
];

/** Dutch postcode letters; SA, SD and SS are never used. */
function postcodeLetters(random: Random): string {
  const letter = () => String.fromCharCode(65 + random.int(0, 25));
  for (;;) {
    const letters = letter() + letter();
    if (letters !== 'SA' && letters !== 'SD' && letters !== 'SS') return letters;
  }
}

export function generateLocations(plan: LocationPlan, random: Random, calendar: Calendar): LocationInput[] {
  const drawArea = weightedPicker(plan.areas, (area) => area.weight, random);
  return Array.from({ length: plan.count }, (_, index): LocationInput => {
    const area = drawArea();
    const kind: LocationKind = index < plan.huiskamers ? 'huiskamer' : random.weighted(KINDS);
    const word = random.pick(area.streetWords);
    const [longitude, latitude] = randomPointIn(area, random);
    const organization = random.chance(0.7) ? random.pick(plan.organizations) : undefined;
    return {
      id: `loc-${index + 1}`,
      name: random.pick(NAMES[kind])(random.pick(HOUSE_NAMES), word),
      kind,
      ...(organization && { organizationId: organization.id }),
      ...(kind !== 'outdoors' && {
        address: {
          street: streetName(word, random),
          number: `${random.int(1, 240)}${random.chance(0.1) ? random.pick(['a', 'b', '-1']) : ''}`,
          postcode: `${area.postcode} ${postcodeLetters(random)}`,
          city: plan.town.name,
        },
      }),
      latitude,
      longitude,
      buurtCode: area.code,
      ...(random.chance(0.3) && { accessibility: random.pick(ACCESSIBILITY) }),
      lastVerified: calendar.verified(random),
    };
  });
}
