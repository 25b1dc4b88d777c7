/**
 * The feed v1.1 fields that tell a municipality what kinderwerk does (aims,
 * partners, reach, staffing) as HSDS 3.0 attributes in our `kinderwerkkaart`
 * taxonomy, and back. HSDS has no columns for them; the attributes keep a round
 * trip through HSDS whole. A partner names its organization by the organization's
 * HSDS id, so the import can find the organization it already read.
 *
 *   outcomeAttributes(activity, (id) => organizationUuid(id)); // [['aim', 'inclusion'], ['partner', 'school 3f2a…'], …]
 *   readOutcomes(service, (uuid) => work.known('organizations', uuid)); // { aims, partners, reach }
 */
import type { Activity, Huiskamer, Organization } from '../feed/schema';
import type { AttributeName } from './hsds-vocabulary';
import { attributeValue, attributeValues } from './hsds-vocabulary';
import { asNumber, optional, type JsonRecord } from './json-read';

type Attribute = readonly [AttributeName, string | number | undefined];

export function outcomeAttributes(offer: Activity | Huiskamer, organizationUuid: (id: string) => string): Attribute[] {
  const { reach } = offer;
  return [
    ...(offer.aims ?? []).map((aim): Attribute => ['aim', aim]),
    ...(offer.partners ?? []).map((partner): Attribute => ['partner', `${partner.type} ${organizationUuid(partner.organizationId)}`]),
    ...(reach ? [
      ['reach-period', `${reach.period.startDate}/${reach.period.endDate}`],
      ['reach-children', reach.children],
      ['reach-visits', reach.visits],
      ['reach-parents', reach.parents],
    ] satisfies Attribute[] : []),
  ];
}

export function staffingAttributes(organization: Organization): Attribute[] {
  return (organization.staffing ?? []).map((entry): Attribute => ['staffing', `${entry.areaCode} ${entry.fte} ${entry.countedOn}`]);
}

/**
 * Aims, partners and reach as draft feed fields; validation reports a value that is
 * not right. A partner whose organization was not read is left out here.
 */
export function readOutcomes(service: JsonRecord, organizationId: (sourceId: string) => string | undefined): Record<string, unknown> {
  const aims = attributeValues(service, 'aim');
  const partners = attributeValues(service, 'partner').flatMap((value) => {
    const [type = '', sourceId = ''] = value.trim().split(/\s+/);
    const id = organizationId(sourceId);
    return id ? [{ type, organizationId: id }] : [];
  });
  const [startDate, endDate] = (attributeValue(service, 'reach-period') ?? '').split('/');
  const reach = startDate && endDate ? {
    period: { startDate, endDate },
    ...optional('children', asNumber(attributeValue(service, 'reach-children'))),
    ...optional('visits', asNumber(attributeValue(service, 'reach-visits'))),
    ...optional('parents', asNumber(attributeValue(service, 'reach-parents'))),
  } : undefined;
  return {
    ...optional('aims', aims.length > 0 ? aims : undefined),
    ...optional('partners', partners.length > 0 ? partners : undefined),
    ...optional('reach', reach),
  };
}

export function readStaffing(organization: JsonRecord): Record<string, unknown> {
  const staffing = attributeValues(organization, 'staffing').map((value) => {
    const [areaCode = '', fte = '', countedOn = ''] = value.trim().split(/\s+/);
    return { areaCode, fte: Number(fte), countedOn };
  });
  return optional('staffing', staffing.length > 0 ? staffing : undefined);
}
