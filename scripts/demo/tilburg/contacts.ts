/** Fictional contact persons in Tilburg (fake phone numbers, e-mail at example.org). */
import type { ContactInput, Draft } from '../records';
import { TILBURG as B } from './buurten';

export const contacts: Draft<ContactInput>[] = [
  {
    id: 'til-con-bram-van-gorp', name: 'Bram van Gorp', role: 'kinderwerker', organizationId: 'til-org-kinderwerk',
    buurtCodes: [B.korvel, B.groenewoud], phone: '06-12345201', email: 'bram.vangorp@example.org',
    publicationConsent: true,
  },
  {
    id: 'til-con-aylin-demir', name: 'Aylin Demir', role: 'kinderwerker', organizationId: 'til-org-kinderwerk',
    buurtCodes: [B.deHasselt, B.hetGoirke, B.stokhasseltNoord], phone: '06-12345202', email: 'aylin.demir@example.org',
    publicationConsent: true,
  },
  {
    id: 'til-con-jesse-de-bruijn', name: 'Jesse de Bruijn', role: 'jongerenwerker', organizationId: 'til-org-kinderwerk',
    buurtCodes: [B.tuindorpDeKievit, B.dalem, B.koolhoven], phone: '06-12345203', email: 'jesse.debruijn@example.org',
    publicationConsent: true,
  },
  {
    id: 'til-con-marieke-van-esch', name: 'Marieke van Esch', role: 'coördinator huiskamer',
    organizationId: 'til-org-kinderwerk', buurtCodes: [B.korvel, B.stokhasseltNoord], phone: '013-0000111',
    email: 'huiskamers-tilburg@example.org', publicationConsent: true,
  },
  {
    id: 'til-con-noor-verhoeven', name: 'Noor Verhoeven', role: 'kinderwerker', organizationId: 'til-org-kinderwerk',
    buurtCodes: [B.wandelbosNoord, B.enschot, B.udenhout], phone: '06-12345205', email: 'noor.verhoeven@example.org',
    publicationConsent: true,
  },
];
