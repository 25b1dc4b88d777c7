/** Fictional organisations behind the Almere demo feed. */
import type { Draft, OrganizationInput } from '../records';

export const organizations: Draft<OrganizationInput>[] = [
  {
    id: 'alm-org-kinderwerk',
    name: 'Stichting Kinderwerk Almere (fictief)',
    description:
      'Kinderwerkers in alle stadsdelen van Almere. Gratis activiteiten na school en in de vakanties, de speelbus en vier huiskamers.',
    url: 'https://example.org/kinderwerk-almere',
    phone: '036-0000100',
    email: 'info@example.org',
  },
  {
    id: 'alm-org-buurtsport',
    name: 'Buurtsport Almere (fictief)',
    description: 'Buurtsportcoaches die op pleinen, in gymzalen en op Cruyff Courts sport en spel organiseren.',
    url: 'https://example.org/buurtsport-almere',
    phone: '036-0000200',
    email: 'buurtsport@example.org',
  },
  {
    id: 'alm-org-klankkast',
    name: 'Cultuurhuis De Klankkast (fictief)',
    description: 'Muziek, dans, theater en tekenen voor kinderen uit de buurt, op school en in het cultuurhuis.',
    url: 'https://example.org/klankkast',
    email: 'klankkast@example.org',
  },
  {
    id: 'alm-org-schakel',
    name: 'Jeugdhulp De Schakel (fictief)',
    description: 'Kleine jeugdhulporganisatie in Almere Poort. Runt Huiskamer Poort samen met de wijkteams.',
    phone: '036-0000300',
    email: 'deschakel@example.org',
  },
  {
    id: 'alm-org-natuurkids',
    name: 'Natuurkids Almere (fictief)',
    description: 'Buiten spelen, hutten bouwen en dieren zoeken in de bossen en natuurspeeltuinen van Almere.',
    url: 'https://example.org/natuurkids',
    email: 'natuurkids@example.org',
  },
  {
    id: 'alm-org-bibliotheek',
    name: 'Bibliotheek Almere Stad (fictief)',
    description: 'Voorlezen, huiswerkhulp en techniekclubs in de bibliotheek en op scholen.',
    url: 'https://example.org/bibliotheek-almere',
    phone: '036-0000400',
  },
];
