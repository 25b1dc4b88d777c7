/**
 * The organisations that run kinderwerk in a generated town: a few large ones
 * (kinderwerk, buurtsport, the library) active everywhere, and many small ones
 * (a speeltuinvereniging, a music school, a mosque's homework class).
 *
 *   const organizations = generateOrganizations(25, { town: 'Voorbeeldstad', areaCode: '030' }, random, calendar);
 */
import type { Calendar } from './calendar';
import type { OrganizationInput } from '../demo/records';
import { landline, mailbox } from './people';
import type { Random } from './random';

const CITYWIDE = [
  ['Stichting Kinderwerk', 'Kinderwerkers in alle wijken: gratis activiteiten na school en in de vakanties, en de huiskamers.'],
  ['Buurtsport', 'Buurtsportcoaches die op pleinen, in gymzalen en op Cruyff Courts sport en spel organiseren.'],
  ['Bibliotheek', 'Voorlezen, huiswerkhulp en techniekclubs in de bibliotheek en op scholen.'],
  ['Welzijn', 'Welzijnswerk voor alle leeftijden, met kinderwerkers in elke wijk.'],
  ['Cultuurhuis', 'Muziek, dans, theater en tekenen voor kinderen uit de buurt.'],
] as const;

const LOCAL = [
  ['Speeltuinvereniging', 'Vrijwilligers die de speeltuin openhouden en elke woensdag iets organiseren.'],
  ['Muziekschool', 'Lessen en bandjes voor kinderen, ook met een stadspas.'],
  ['Scouting', 'Buiten spelen, hutten bouwen en kampvuur, elke zaterdag.'],
  ['Jeugdhulp', 'Kleine jeugdhulporganisatie die samen met de wijkteams een huiskamer runt.'],
  ['Natuurclub', 'Buiten spelen en dieren zoeken in de parken en natuurspeeltuinen.'],
  ['Huiswerkklas', 'Vrijwilligers die kinderen helpen met huiswerk en taal.'],
  ['Sportvereniging', 'Voetbal, hockey en atletiek voor kinderen, met gratis proeflessen.'],
  ['Dansschool', 'Hiphop, streetdance en ballet voor kinderen vanaf 4 jaar.'],
] as const;

const LOCAL_NAMES = ['De Linde', 'Het Anker', 'De Brug', 'De Kroon', 'Horizon', 'Het Trefpunt', 'De Schakel', 'De Boog', 'Het Baken',
  'Kompas', 'De Wieken', 'Kameleon', 'Regenboog', 'Klaverblad', 'De Vuurtoren', 'De Sleutel', 'Zonnebloem', 'Vrijheid', 'De Toekomst', 'Samen'];

export interface Town {
  name: string;
  areaCode: string;
}

export function generateOrganizations(count: number, town: Town, random: Random, calendar: Calendar): OrganizationInput[] {
  return Array.from({ length: count }, (_, index): OrganizationInput => {
    const [kind, description] = index < CITYWIDE.length ? CITYWIDE[index] : random.pick(LOCAL);
    const name = index < CITYWIDE.length
      ? `${kind} ${town.name}`
      : `${kind} ${LOCAL_NAMES[index % LOCAL_NAMES.length]}${index >= CITYWIDE.length + LOCAL_NAMES.length ? ` ${Math.floor(index / LOCAL_NAMES.length)}` : ''}`;
    return {
      id: `org-${index + 1}`,
      name,
      ...(random.chance(0.7) && { description }),
      ...(random.chance(0.6) && { url: `https://example.org/${mailbox(name).split('@')[0]}` }),
      ...(random.chance(0.7) && { phone: landline(town.areaCode, random) }),
      ...(random.chance(0.7) && { email: mailbox(name) }),
      lastVerified: calendar.verified(random),
    };
  });
}
