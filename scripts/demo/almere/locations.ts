/**
 * Places in Almere where the demo kinderwerk happens. Addresses are made up but use
 * street names in the style of their buurt and postcodes in the Almere range (13xx);
 * coordinates are computed inside the buurt by the generator.
 */
import type { LocationDraft } from '../records';
import { ALMERE as B } from './buurten';

const STEP_FREE = 'Drempelvrije ingang en een toilet voor mensen met een beperking.';

export const locations: LocationDraft[] = [
  // Almere Haven
  {
    id: 'alm-loc-buurthuis-de-wierden', name: 'Buurthuis De Wierden', kind: 'community-centre',
    buurtCode: B.deWierden, organizationId: 'alm-org-kinderwerk',
    address: { street: 'Wierdenpad', number: '12', postcode: '1353 HK' }, accessibility: STEP_FREE,
  },
  {
    id: 'alm-loc-huiskamer-het-nest', name: 'Huiskamer Het Nest', kind: 'huiskamer',
    buurtCode: B.deWierden, organizationId: 'alm-org-kinderwerk',
    address: { street: 'Wierdenpad', number: '40', postcode: '1353 HM' },
  },
  {
    id: 'alm-loc-brede-school-de-marken', name: 'Brede school De Marken', kind: 'school',
    buurtCode: B.deMarken, address: { street: 'Markenweg', number: '30', postcode: '1354 BA' },
    accessibility: 'Ingang aan het schoolplein is drempelvrij. Het speellokaal is op de begane grond.',
  },
  {
    id: 'alm-loc-speeltuin-de-gouwen', name: 'Speeltuin De Gouwen', kind: 'playground',
    buurtCode: B.deGouwen, address: { street: 'Gouwenpad', number: '2', postcode: '1355 CT' },
    accessibility: 'Verharde paden en een rolstoelschommel.',
  },
  // Almere Stad
  {
    id: 'alm-loc-huiskamer-de-vlinder', name: 'Huiskamer De Vlinder', kind: 'huiskamer',
    buurtCode: B.filmwijk, organizationId: 'alm-org-kinderwerk',
    address: { street: 'Charlie Chaplinstraat', number: '21', postcode: '1325 PL' }, accessibility: STEP_FREE,
  },
  {
    id: 'alm-loc-brede-school-filmwijk', name: 'Brede school Filmwijk', kind: 'school',
    buurtCode: B.filmwijk, address: { street: 'Greta Garbostraat', number: '3', postcode: '1325 RB' },
  },
  {
    id: 'alm-loc-buurtcentrum-danswijk', name: 'Buurtcentrum De Polka', kind: 'community-centre',
    buurtCode: B.danswijk, organizationId: 'alm-org-kinderwerk',
    address: { street: 'Tangostraat', number: '8', postcode: '1326 WJ' },
    accessibility: 'Lift naar de eerste verdieping, waar de keuken is.',
  },
  {
    id: 'alm-loc-brede-school-muziekwijk', name: 'Brede school De Trompet', kind: 'school',
    buurtCode: B.muziekwijkNoord, address: { street: 'Trompetweg', number: '15', postcode: '1312 KS' },
  },
  {
    id: 'alm-loc-cultuurhuis-muziekwijk', name: 'Cultuurhuis De Klankkast', kind: 'community-centre',
    buurtCode: B.muziekwijkZuid, organizationId: 'alm-org-klankkast',
    address: { street: 'Fluitstraat', number: '2', postcode: '1314 AA' }, accessibility: STEP_FREE,
  },
  {
    id: 'alm-loc-cruyff-court-stedenwijk', name: 'Cruyff Court Stedenwijk', kind: 'outdoors',
    buurtCode: B.stedenwijk, address: { street: 'Brusselstraat', number: '40', postcode: '1324 BE' },
  },
  {
    id: 'alm-loc-buurthuis-kruidenwijk', name: 'Buurthuis De Salie', kind: 'community-centre',
    buurtCode: B.kruidenwijk, organizationId: 'alm-org-kinderwerk',
    address: { street: 'Salieweg', number: '5', postcode: '1323 JD' }, accessibility: STEP_FREE,
  },
  {
    id: 'alm-loc-huiskamer-de-kruidentuin', name: 'Huiskamer De Kruidentuin', kind: 'huiskamer',
    buurtCode: B.kruidenwijk, organizationId: 'alm-org-kinderwerk',
    address: { street: 'Kervelstraat', number: '17', postcode: '1323 KA' },
  },
  {
    id: 'alm-loc-brede-school-literatuurwijk', name: 'Brede school De Schrijver', kind: 'school',
    buurtCode: B.literatuurwijk, address: { street: 'Multatulistraat', number: '9', postcode: '1321 TR' },
  },
  {
    id: 'alm-loc-speeltuin-tussen-de-vaarten', name: 'Speeltuin De Vaart', kind: 'playground',
    buurtCode: B.tussenDeVaartenZuid, address: { street: 'Vaartpad', number: '1', postcode: '1318 VA' },
  },
  {
    id: 'alm-loc-bibliotheek-stad', name: 'Bibliotheek Almere Stad (fictief)', kind: 'other',
    buurtCode: B.centrumStad, organizationId: 'alm-org-bibliotheek',
    address: { street: 'Weversstraat', number: '12', postcode: '1315 GX' },
    accessibility: 'Drempelvrij, lift naar alle verdiepingen.',
  },
  {
    id: 'alm-loc-gymzaal-waterwijk', name: 'Gymzaal Waterwijk', kind: 'other',
    buurtCode: B.waterwijk, address: { street: 'Zeilweg', number: '20', postcode: '1317 LK' },
    accessibility: 'De gymzaal is op de eerste verdieping. Er is geen lift.',
  },
  // Almere Buiten
  {
    id: 'alm-loc-huiskamer-de-boomhut', name: 'Huiskamer De Boomhut', kind: 'huiskamer',
    buurtCode: B.stripheldenbuurt, organizationId: 'alm-org-kinderwerk',
    address: { street: 'Tom Poesstraat', number: '33', postcode: '1335 PK' }, accessibility: STEP_FREE,
  },
  {
    id: 'alm-loc-brede-school-oostvaarders', name: 'Brede school Oostvaarders', kind: 'school',
    buurtCode: B.oostvaardersbuurt, address: { street: 'Lepelaarstraat', number: '55', postcode: '1334 LA' },
  },
  {
    id: 'alm-loc-buurthuis-regenboog', name: 'Buurthuis De Regenboog', kind: 'community-centre',
    buurtCode: B.regenboogbuurt, organizationId: 'alm-org-kinderwerk',
    address: { street: 'Indigostraat', number: '7', postcode: '1335 RG' }, accessibility: STEP_FREE,
  },
  {
    id: 'alm-loc-speeltuin-eilandenbuurt', name: 'Speeltuin Het Eiland', kind: 'playground',
    buurtCode: B.eilandenbuurt, address: { street: 'Texelstraat', number: '60', postcode: '1335 TX' },
  },
  {
    id: 'alm-loc-sporthal-seizoenen', name: 'Sporthal De Zomer', kind: 'other',
    buurtCode: B.seizoenenbuurt, organizationId: 'alm-org-buurtsport',
    address: { street: 'Zomerdreef', number: '4', postcode: '1333 ZD' },
    accessibility: 'Drempelvrij. Kleedkamers op de begane grond.',
  },
  // Almere Poort
  {
    id: 'alm-loc-huiskamer-poort', name: 'Huiskamer Poort', kind: 'huiskamer',
    buurtCode: B.homeruskwartier, organizationId: 'alm-org-schakel',
    address: { street: 'Odysseestraat', number: '14', postcode: '1363 HK' },
  },
  {
    id: 'alm-loc-brede-school-columbus', name: 'Brede school Columbus', kind: 'school',
    buurtCode: B.columbuskwartier, address: { street: 'Magelhaenstraat', number: '2', postcode: '1363 CB' },
  },
  {
    id: 'alm-loc-buurtcentrum-europakwartier', name: 'Buurtcentrum Het Forum', kind: 'community-centre',
    buurtCode: B.europakwartier, organizationId: 'alm-org-kinderwerk',
    address: { street: 'Europalaan', number: '88', postcode: '1363 EK' }, accessibility: STEP_FREE,
  },
  // Almere Hout
  {
    id: 'alm-loc-brede-school-vogelhorst', name: 'Brede school De Buizerd', kind: 'school',
    buurtCode: B.vogelhorst, address: { street: 'Buizerdweg', number: '6', postcode: '1339 VH' },
  },
  {
    id: 'alm-loc-natuurspeeltuin-nobelhorst', name: 'Natuurspeeltuin Nobelhorst', kind: 'playground',
    buurtCode: B.nobelhorst, organizationId: 'alm-org-natuurkids',
    address: { street: 'Nobelpad', number: '1', postcode: '1341 NH' },
    accessibility: 'Zand- en graspaden; met een rolstoel lastig bij nat weer.',
  },
  // Almere Pampus
  {
    id: 'alm-loc-speelbos-pampushout', name: 'Speelbos Pampushout', kind: 'outdoors',
    buurtCode: B.overigPampus, organizationId: 'alm-org-natuurkids',
    accessibility: 'Onverharde bospaden. Verzamelen bij de parkeerplaats, daar is geen toilet.',
  },
];
