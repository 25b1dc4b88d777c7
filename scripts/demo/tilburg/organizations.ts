/** Fictional organisations behind the Tilburg demo feed. */
import type { Draft, OrganizationInput } from '../records';

export const organizations: Draft<OrganizationInput>[] = [
  {
    id: 'til-org-kinderwerk',
    name: 'Stichting Kinderwerk Tilburg (fictief)',
    description: 'Kinderwerkers in de Tilburgse wijken en dorpen, met twee huiskamers en een speelbus in de Reeshof.',
    url: 'https://example.org/kinderwerk-tilburg',
    phone: '013-0000100',
    email: 'tilburg@example.org',
  },
  {
    id: 'til-org-sportief',
    name: 'Sportief Tilburg (fictief)',
    description: 'Buurtsportcoaches op schoolpleinen, in gymzalen en op de Cruyff Courts.',
    email: 'sportief-tilburg@example.org',
  },
  {
    id: 'til-org-kunstkwartier',
    name: 'Kunstlokaal Tilburg (fictief)',
    description: 'Dans, theater en beeldende kunst voor kinderen, op scholen en in buurthuizen.',
    url: 'https://example.org/kunstlokaal',
  },
];
