/** What Tilburg's kinderwerk is for, with whom, whom it reached and who works where (all fictional). */
import { firstHalf2026, type DemoOutcomes } from '../outcomes';
import { TILBURG as B } from './buurten';

const COUNTED_ON = '2026-09-15';

export const tilburgOutcomes: DemoOutcomes = {
  partnerOrganizations: [
    { id: 'til-org-school-de-hasselt', name: 'Basisschool De Hasselt (fictief)', description: 'Basisschool in Oud-Noord; de huiswerkklas draait in haar lokalen.' },
    { id: 'til-org-ggd', name: 'GGD Hart voor Brabant (fictief)', description: 'Jeugdgezondheidszorg; denkt mee over gezond eten en bewegen.' },
    { id: 'til-org-wijkteam', name: 'Wijkteam Tilburg Noord (fictief)', description: 'Sociaal wijkteam; verwijst naar de huiskamers.' },
    { id: 'til-org-jeugdzorg', name: 'Jeugdhulp Midden-Brabant (fictief)', description: 'Jeugdhulp die samen met de huiskamers kinderen begeleidt.' },
  ],
  partnerSet: {
    school: 'til-org-school-de-hasselt',
    sport: 'til-org-sportief',
    cultuur: 'til-org-kunstkwartier',
    ggd: 'til-org-ggd',
    wijkteam: 'til-org-wijkteam',
    jeugdzorg: 'til-org-jeugdzorg',
  },
  reach: new Map([
    ['til-act-voetbal-korvel', firstHalf2026({ children: 31, visits: 410 })],
    ['til-act-huiswerk-hasselt', firstHalf2026({ children: 24, visits: 520, parents: 11 })],
    ['til-act-speelbus-reeshof', firstHalf2026({ children: 96, visits: 780, parents: 30 })],
    ['til-act-meidenclub-hasselt', firstHalf2026({ children: 4, visits: 38 })],
    ['til-hk-de-kameleon', firstHalf2026({ children: 26, visits: 2140, parents: 19 })],
  ]),
  staffing: new Map([
    ['til-org-kinderwerk', [
      { areaCode: 'WK085501', fte: 1.5, countedOn: COUNTED_ON },
      { areaCode: 'WK085502', fte: 2, countedOn: COUNTED_ON },
      { areaCode: B.wandelbosNoord, fte: 0.6, countedOn: COUNTED_ON },
      { areaCode: 'WK085504', fte: 1.2, countedOn: COUNTED_ON },
      { areaCode: 'WK085508', fte: 2.4, countedOn: COUNTED_ON },
      { areaCode: B.udenhout, fte: 0.4, countedOn: COUNTED_ON },
    ]],
    ['til-org-sportief', [{ areaCode: 'WK085508', fte: 1, countedOn: COUNTED_ON }]],
  ]),
  stories: [
    {
      id: 'til-story-huiswerk-hasselt',
      title: 'Lezen wordt weer leuk',
      text: 'Een meisje van 8 zat in groep 5 met een leesachterstand. Na een half jaar huiswerkklas leest ze voor aan jongere kinderen. Haar juf zegt dat ze in de klas vaker haar vinger opsteekt.',
      date: '2026-06-10',
      buurtCode: B.deHasselt,
      activityId: 'til-act-huiswerk-hasselt',
      publicationConsent: true,
    },
    {
      id: 'til-story-speelbus-reeshof',
      title: 'Samen spelen op het pleintje',
      text: 'Op het pleintje in Koolhoven speelden de kinderen van twee straten nooit samen. Met de speelbus doen ze nu elke week samen een spel. Bewoners zeggen dat het op het plein rustiger is geworden.',
      date: '2026-09-02',
      buurtCode: B.koolhoven,
      activityId: 'til-act-speelbus-reeshof',
      publicationConsent: true,
    },
  ],
};
