/**
 * Fictional contact persons in Almere. Names are invented, phone numbers use the
 * obviously fake 06-12345xxx / 036-0000xxx ranges and e-mail is at example.org.
 * One kinderwerker did not consent to publication: she must never be shown.
 */
import type { ContactInput, Draft } from '../records';
import { ALMERE as B } from './buurten';

export const contacts: Draft<ContactInput>[] = [
  {
    id: 'alm-con-sanne-verbeek', name: 'Sanne Verbeek', role: 'kinderwerker', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.deWierden, B.deMarken, B.deGouwen, B.deWerven], phone: '06-12345101',
    email: 'sanne.verbeek@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-youssef-el-amrani', name: 'Youssef El Amrani', role: 'kinderwerker', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.filmwijk, B.danswijk, B.parkwijk], phone: '06-12345102',
    email: 'youssef.elamrani@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-lotte-bakker', name: 'Lotte Bakker', role: 'kinderwerker', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.muziekwijkNoord, B.muziekwijkZuid, B.stedenwijk, B.kruidenwijk], phone: '06-12345103',
    email: 'lotte.bakker@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-daan-mulder', name: 'Daan Mulder', role: 'kinderwerker', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.literatuurwijk, B.tussenDeVaartenNoord, B.tussenDeVaartenZuid, B.centrumStad, B.waterwijk],
    phone: '06-12345104', email: 'daan.mulder@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-priya-ramdin', name: 'Priya Ramdin', role: 'kinderwerker', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.oostvaardersbuurt, B.regenboogbuurt, B.eilandenbuurt, B.seizoenenbuurt, B.stripheldenbuurt],
    phone: '06-12345105', email: 'priya.ramdin@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-kevin-hoekstra', name: 'Kevin Hoekstra', role: 'jongerenwerker', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.regenboogbuurt, B.eilandenbuurt, B.bloemenbuurt], phone: '06-12345106',
    email: 'kevin.hoekstra@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-fatma-yilmaz', name: 'Fatma Yılmaz', role: 'kinderwerker', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.europakwartier, B.columbuskwartier, B.homeruskwartier], phone: '06-12345107',
    email: 'fatma.yilmaz@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-joost-van-dijk', name: 'Joost van Dijk', role: 'kinderwerker', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.vogelhorst, B.nobelhorst, B.overigPampus], phone: '06-12345108',
    email: 'joost.vandijk@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-rick-visser', name: 'Rick Visser', role: 'kinderwerker speelbus', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.verzetswijk, B.parkwijk, B.waterwijk, B.staatsliedenwijk, B.noorderplassen], phone: '06-12345109',
    email: 'speelbus@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-mohamed-bouzid', name: 'Mohamed Bouzid', role: 'jongerenwerker', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.danswijk, B.stedenwijk, B.literatuurwijk], phone: '06-12345110',
    email: 'mohamed.bouzid@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-ingrid-smit', name: 'Ingrid Smit', role: 'coördinator huiskamer', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.filmwijk], phone: '036-0000111', email: 'devlinder@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-marco-de-graaf', name: 'Marco de Graaf', role: 'coördinator huiskamer', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.deWierden, B.kruidenwijk], phone: '036-0000112', email: 'hetnest@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-esther-koster', name: 'Esther Koster', role: 'coördinator huiskamer', organizationId: 'alm-org-schakel',
    buurtCodes: [B.homeruskwartier], phone: '036-0000113', email: 'esther.koster@example.org',
    publicationConsent: true,
  },
  {
    id: 'alm-con-nadia-bos', name: 'Nadia Bos', role: 'coördinator huiskamer', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.stripheldenbuurt], phone: '036-0000114', email: 'deboomhut@example.org', publicationConsent: true,
  },
  {
    id: 'alm-con-annelies-vermeulen', name: 'Annelies Vermeulen', role: 'kinderwerker', organizationId: 'alm-org-kinderwerk',
    buurtCodes: [B.muziekwijkNoord], phone: '06-12345199', email: 'annelies.vermeulen@example.org',
    publicationConsent: false,
  },
];
