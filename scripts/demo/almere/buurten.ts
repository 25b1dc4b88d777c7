/** The Almere buurt codes (CBS 2015) the demo content refers to, by name. */
export const ALMERE = {
  // WK003401 Almere Haven
  deWerven: 'BU00340102',
  deMarken: 'BU00340106',
  deGouwen: 'BU00340107',
  deWierden: 'BU00340108',
  deVelden: 'BU00340109',
  deHoven: 'BU00340103',
  deGrienden: 'BU00340105',
  // WK003402 Almere Stad
  centrumStad: 'BU00340201',
  filmwijk: 'BU00340202',
  danswijk: 'BU00340203',
  parkwijk: 'BU00340204',
  verzetswijk: 'BU00340205',
  waterwijk: 'BU00340206',
  tussenDeVaartenNoord: 'BU00340207',
  tussenDeVaartenZuid: 'BU00340208',
  staatsliedenwijk: 'BU00340209',
  kruidenwijk: 'BU00340210',
  stedenwijk: 'BU00340211',
  muziekwijkNoord: 'BU00340212',
  muziekwijkZuid: 'BU00340213',
  literatuurwijk: 'BU00340214',
  noorderplassen: 'BU00340215',
  // WK003403 Almere Buiten
  oostvaardersbuurt: 'BU00340302',
  seizoenenbuurt: 'BU00340303',
  molenbuurt: 'BU00340304',
  bouwmeesterbuurt: 'BU00340305',
  faunabuurt: 'BU00340307',
  bloemenbuurt: 'BU00340308',
  regenboogbuurt: 'BU00340309',
  eilandenbuurt: 'BU00340311',
  stripheldenbuurt: 'BU00340312',
  // WK003404 Almere Poort
  europakwartier: 'BU00340401',
  columbuskwartier: 'BU00340402',
  homeruskwartier: 'BU00340403',
  // WK003405 Almere Hout
  vogelhorst: 'BU00340502',
  nobelhorst: 'BU00340503',
  // WK003406 Almere Pampus
  overigPampus: 'BU00340699',
} as const;
