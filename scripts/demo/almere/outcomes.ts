/** What Almere's kinderwerk is for, with whom, whom it reached and who works where (all fictional). */
import { firstHalf2026, type DemoOutcomes } from '../outcomes';
import { ALMERE as B } from './buurten';

const COUNTED_ON = '2026-10-01';

export const almereOutcomes: DemoOutcomes = {
  partnerOrganizations: [
    { id: 'alm-org-school-de-trompet', name: 'Brede school De Trompet (fictief)', description: 'Basisschool in Muziekwijk; kinderwerk gebruikt de gymzaal en het schoolplein.' },
    { id: 'alm-org-ggd', name: 'GGD Almere (fictief)', description: 'Jeugdgezondheidszorg: jeugdverpleegkundigen denken mee over gezond eten en bewegen.' },
    { id: 'alm-org-wijkteam-stad', name: 'Wijkteam Almere Stad (fictief)', description: 'Sociaal wijkteam; verwijst kinderen naar de huiskamers en kijkt mee bij zorgen.' },
    { id: 'alm-org-jongerenwerk', name: 'Jongerenwerk Almere (fictief)', description: 'Jongerenwerkers die de meidenclubs samen met het kinderwerk draaien.' },
    { id: 'alm-org-kinderopvang', name: 'Kinderopvang Het Speelhuis (fictief)', description: 'Buitenschoolse opvang die in de vakanties met het kinderwerk samen activiteiten doet.' },
  ],
  partnerSet: {
    school: 'alm-org-school-de-trompet',
    sport: 'alm-org-buurtsport',
    cultuur: 'alm-org-klankkast',
    ggd: 'alm-org-ggd',
    wijkteam: 'alm-org-wijkteam-stad',
    jongerenwerk: 'alm-org-jongerenwerk',
    kinderopvang: 'alm-org-kinderopvang',
    jeugdzorg: 'alm-org-schakel',
  },
  reach: new Map([
    ['alm-act-voetbal-filmwijk', firstHalf2026({ children: 46, visits: 612 })],
    ['alm-act-kookclub-danswijk', firstHalf2026({ children: 18, visits: 190, parents: 9 })],
    ['alm-act-meidenclub-danswijk', firstHalf2026({ children: 14, visits: 230 })],
    ['alm-act-knutselen-kruidenwijk', firstHalf2026({ children: 22, visits: 268 })],
    ['alm-act-kookclub-kruidenwijk', firstHalf2026({ children: 3, visits: 21, parents: 2 })],
    ['alm-act-speelbus-almere-stad', firstHalf2026({ children: 138, visits: 1040, parents: 41 })],
    ['alm-act-huiswerkklas-oostvaarders', firstHalf2026({ children: 27, visits: 480 })],
    ['alm-act-voetbal-oostvaarders', firstHalf2026({ children: 35, visits: 505 })],
    ['alm-hk-de-vlinder', firstHalf2026({ children: 152, visits: 8120, parents: 118 })],
    ['alm-hk-het-nest', firstHalf2026({ children: 19, visits: 1650, parents: 17 })],
    ['alm-hk-poort', firstHalf2026({ children: 21, visits: 1710, parents: 4 })],
  ]),
  staffing: new Map([
    ['alm-org-kinderwerk', [
      { areaCode: 'WK003401', fte: 2, countedOn: COUNTED_ON },
      { areaCode: 'WK003402', fte: 5.5, countedOn: COUNTED_ON },
      { areaCode: B.kruidenwijk, fte: 1, countedOn: COUNTED_ON },
      { areaCode: 'WK003403', fte: 3.2, countedOn: COUNTED_ON },
      { areaCode: 'WK003404', fte: 0.8, countedOn: COUNTED_ON },
    ]],
    ['alm-org-buurtsport', [
      { areaCode: 'WK003402', fte: 2, countedOn: COUNTED_ON },
      { areaCode: 'WK003403', fte: 1, countedOn: COUNTED_ON },
    ]],
    ['alm-org-schakel', [{ areaCode: 'WK003404', fte: 1.6, countedOn: COUNTED_ON }]],
    ['alm-org-natuurkids', [{ areaCode: 'WK003405', fte: 0.5, countedOn: COUNTED_ON }]],
  ]),
  stories: [
    {
      id: 'alm-story-voetbal-filmwijk',
      title: 'Na tien weken neemt hij zelf een vriendje mee',
      text: 'Een jongen van 9 kwam in januari stil bij het voetbal op het plein staan en keek alleen maar. De kinderwerker vroeg hem om de ballen uit te delen. Nu komt hij elke woensdag, en sinds maart neemt hij zelf een klasgenoot mee. Zijn moeder vertelde dat hij thuis weer over school praat.',
      date: '2026-04-15',
      buurtCode: B.filmwijk,
      activityId: 'alm-act-voetbal-filmwijk',
      publicationConsent: true,
    },
    {
      id: 'alm-story-vlinder-ouders',
      title: 'Ouders koken mee in De Vlinder',
      text: 'Eén keer per maand koken ouders mee in Huiskamer De Vlinder. Het begon met drie moeders; in juni waren het er veertien, met vaders erbij. Twee ouders vroegen daarna zelf hulp bij het wijkteam. Zo hoort het wijkteam eerder van zorgen, en niet pas als het misgaat.',
      date: '2026-06-24',
      buurtCode: B.danswijk,
      huiskamerId: 'alm-hk-de-vlinder',
      publicationConsent: true,
    },
    {
      id: 'alm-story-speelbus-waterwijk',
      title: 'De speelbus als eerste stap',
      text: 'In de Waterwijk kwamen veel kinderen nergens naar toe. Sinds de speelbus er op dinsdag staat, spelen er elke week dertig kinderen. Vijf van hen doen nu ook mee met de sport in de gymzaal.',
      date: '2026-09-30',
      buurtCode: B.waterwijk,
      activityId: 'alm-act-speelbus-almere-stad',
      publicationConsent: true,
    },
    {
      id: 'alm-story-zonder-toestemming',
      title: 'Verhaal zonder toestemming',
      text: 'Dit verhaal staat in het voorbeeld om te laten zien dat een verhaal zonder toestemming nooit getoond wordt.',
      date: '2026-10-02',
      publicationConsent: false,
    },
  ],
};
