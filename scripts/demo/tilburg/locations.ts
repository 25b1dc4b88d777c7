/**
 * Places in Tilburg, Berkel-Enschot and Udenhout where the demo kinderwerk happens.
 * Addresses are made up, with postcodes in the 50xx range; coordinates are computed.
 */
import type { LocationDraft } from '../records';
import { TILBURG as B } from './buurten';

export const locations: LocationDraft[] = [
  {
    id: 'til-loc-huiskamer-de-kameleon', name: 'Huiskamer De Kameleon', kind: 'huiskamer',
    buurtCode: B.korvel, organizationId: 'til-org-kinderwerk',
    address: { street: 'Korvelseweg', number: '142', postcode: '5025 JK' },
    accessibility: 'Drempelvrije ingang en een aangepast toilet.',
  },
  {
    id: 'til-loc-buurthuis-korvel', name: 'Buurthuis Korvel', kind: 'community-centre',
    buurtCode: B.korvel, organizationId: 'til-org-kinderwerk',
    address: { street: 'Lovensestraat', number: '8', postcode: '5025 LA' },
  },
  {
    id: 'til-loc-huiskamer-de-wilg', name: 'Huiskamer De Wilg', kind: 'huiskamer',
    buurtCode: B.stokhasseltNoord, organizationId: 'til-org-kinderwerk',
    address: { street: 'Stokhasseltlaan', number: '40', postcode: '5045 AB' },
  },
  {
    id: 'til-loc-brede-school-groenewoud', name: 'Brede school Groenewoud', kind: 'school',
    buurtCode: B.groenewoud, address: { street: 'Groenewoudlaan', number: '10', postcode: '5036 GA' },
  },
  {
    id: 'til-loc-speeltuin-het-goirke', name: 'Speeltuin Het Goirke', kind: 'playground',
    buurtCode: B.hetGoirke, address: { street: 'Goirkestraat', number: '85', postcode: '5046 GN' },
  },
  {
    id: 'til-loc-buurthuis-de-hasselt', name: 'Buurthuis De Hasselt', kind: 'community-centre',
    buurtCode: B.deHasselt, organizationId: 'til-org-kinderwerk',
    address: { street: 'Hasseltstraat', number: '210', postcode: '5046 LM' },
    accessibility: 'Drempelvrij; de kinderruimte is op de begane grond.',
  },
  {
    id: 'til-loc-brede-school-de-kievit', name: 'Brede school De Kievit', kind: 'school',
    buurtCode: B.tuindorpDeKievit, address: { street: 'Kievitlaan', number: '15', postcode: '5037 KV' },
  },
  {
    id: 'til-loc-cruyff-court-dalem', name: 'Cruyff Court Dalem', kind: 'outdoors',
    buurtCode: B.dalem, address: { street: 'Dalemstraat', number: '3', postcode: '5038 DA' },
  },
  {
    id: 'til-loc-buurthuis-wandelbos', name: 'Buurthuis Het Wandelbos', kind: 'community-centre',
    buurtCode: B.wandelbosNoord, organizationId: 'til-org-kinderwerk',
    address: { street: 'Wandelboslaan', number: '22', postcode: '5042 PB' },
  },
  {
    id: 'til-loc-brede-school-enschot', name: 'Brede school Enschot', kind: 'school',
    buurtCode: B.enschot, address: { street: 'Enschotsestraat', number: '5', postcode: '5056 AT', city: 'Berkel-Enschot' },
  },
  {
    id: 'til-loc-dorpshuis-udenhout', name: 'Dorpshuis Udenhout', kind: 'community-centre',
    buurtCode: B.udenhout, organizationId: 'til-org-kinderwerk',
    address: { street: 'Kerkstraat', number: '30', postcode: '5071 BE', city: 'Udenhout' },
    accessibility: 'Drempelvrije ingang aan de zijkant.',
  },
];
