/**
 * A validated kinderwerk feed as Open Referral HSDS 3.0 JSON, so the data can
 * flow into other sociale-kaart systems. Four files, each shaped like an answer
 * of the HSDS API:
 *
 *   index.json          the API root (`GET /`): HSDS version, publisher, and our metadata
 *   organizations.json  a page of organizations, with their contacts and phones
 *   services.json       a page of fully nested services (`GET /services?full=true`):
 *                       activities and huiskamers, each with service_at_locations (and the
 *                       location in it), schedules, contacts, phones, cost_options, languages,
 *                       service_areas and attributes
 *   locations.json      a page of all locations (also those no service uses)
 *
 * Fields HSDS has no column for travel as `attributes` in the `kinderwerkkaart`
 * taxonomy (hsds-vocabulary.ts), so importing the files again gives the same feed.
 * HSDS wants every id and reference to be a UUID: each is made from the record's
 * kind and our id (`activity/knutselclub`, `activity/knutselclub/phone`) by
 * name-uuid.ts, so a re-export gives the same UUIDs; our id travels as the
 * `feed-id` attribute.
 *
 *   const { files, problems } = exportHsds(result.data);
 *   files['services.json'].contents[0].name; // 'Knutselclub'
 */
import type { KinderwerkData } from '../feed/model';
import type { Activity, Contact, Cost, Huiskamer, Location, Organization } from '../feed/schema';
import type { ImportProblem } from './import-problem';
import { outcomeAttributes, staffingAttributes } from './hsds-outcomes';
import { writeSchedules } from './hsds-schedule';
import { BUURT_IDENTIFIER_TYPE, hsdsAttribute, type AttributeName, type LinkEntity } from './hsds-vocabulary';
import { optional, type JsonRecord } from './json-read';
import { nameUuid } from './name-uuid';

export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: JsonRecord[];
}

export interface HsdsExport {
  files: { 'index.json': JsonRecord; 'organizations.json': HsdsPage; 'services.json': HsdsPage; 'locations.json': HsdsPage };
  problems: ImportProblem[];
}

function hsdsPage(contents: JsonRecord[]): HsdsPage {
  return {
    total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length,
    first_page: true, last_page: true, empty: contents.length === 0, contents,
  };
}

/** A record's UUID and the name it is made from: children name themselves after it (`activity/x/phone`). */
interface HsdsKey {
  name: string;
  id: string;
}

const keyOf = (kind: string, feedId: string): HsdsKey => ({ name: `${kind}/${feedId}`, id: nameUuid(`${kind}/${feedId}`) });
const childId = (parent: HsdsKey, part: string) => nameUuid(`${parent.name}/${part}`);

function verified(entity: LinkEntity, key: HsdsKey, date: string, by: string): JsonRecord[] {
  return [{
    id: childId(key, 'verified'), resource_id: key.id, resource_type: entity, last_action_date: date, last_action_type: 'verified',
    field_name: '', previous_value: '', replacement_value: '', updated_by: by,
  }];
}

/** Our attributes of a record, led by its feed id. */
function attributes(entity: LinkEntity, key: HsdsKey, feedId: string, values: ReadonlyArray<readonly [AttributeName, string | number | undefined]>): JsonRecord[] {
  const counts = new Map<AttributeName, number>();
  return ([['feed-id', feedId], ...values] as const).flatMap(([name, value]) => {
    if (value === undefined) return [];
    const index = counts.get(name) ?? 0;
    counts.set(name, index + 1);
    return [hsdsAttribute(entity, key.id, name, String(value), index)];
  });
}

const phone = (ownerField: string, owner: HsdsKey, number: string, description?: string): JsonRecord => ({
  id: childId(owner, 'phone'), [ownerField]: owner.id, number, ...optional('description', description),
});

/** `fees_description`: the note alone when it already says the price ("€ 1,- per keer", "Gratis, ook het eten"), else price and note. */
function costText(cost: Cost): string {
  const amount = cost.free ? 'Gratis' : `€ ${(cost.amount ?? 0).toFixed(2).replace('.', ',')}`;
  if (!cost.note) return amount;
  const saysPrice = cost.free ? /\b(gratis|free|kosteloos)\b/i.test(cost.note) : /\d/.test(cost.note);
  return saysPrice ? cost.note : `${amount} ${cost.note}`;
}

function costOptions(service: HsdsKey, cost: Cost): JsonRecord[] {
  return [{
    id: childId(service, 'cost'), service_id: service.id, currency: 'EUR', amount: cost.free ? 0 : (cost.amount ?? 0),
    ...optional('amount_description', cost.note),
  }];
}

class Exporter {
  readonly problems: ImportProblem[] = [];
  private readonly buurtNames: Map<string, string>;
  private readonly locations: Map<string, Location>;
  private readonly organizations: Map<string, Organization>;
  private readonly contacts: Map<string, Contact>;
  private readonly by: string;

  constructor(private readonly data: KinderwerkData) {
    this.buurtNames = new Map(data.buurten.map((b) => [b.properties.code, b.properties.name]));
    this.locations = new Map(data.locations.map((l) => [l.id, l]));
    this.organizations = new Map(data.organizations.map((o) => [o.id, o]));
    this.contacts = new Map(data.contacts.map((c) => [c.id, c]));
    this.by = data.meta.publisher.name;
  }

  organization(organization: Organization, withContacts: boolean): JsonRecord {
    const contacts = withContacts ? this.data.contacts.filter((c) => c.organizationId === organization.id).map((c) => this.contact(c)) : [];
    const key = keyOf('organization', organization.id);
    return {
      id: key.id,
      name: organization.name,
      description: organization.description ?? '',
      ...optional('website', organization.url),
      ...optional('email', organization.email),
      ...(organization.phone ? { phones: [phone('organization_id', key, organization.phone)] } : {}),
      ...(contacts.length > 0 ? { contacts } : {}),
      attributes: attributes('organization', key, organization.id, staffingAttributes(organization)),
      metadata: verified('organization', key, organization.lastVerified, this.by),
    };
  }

  location(location: Location): JsonRecord {
    const address = location.address;
    const key = keyOf('location', location.id);
    return {
      id: key.id,
      location_type: 'physical',
      name: location.name,
      ...optional('organization_id', this.organizationUuid(location.organizationId)),
      latitude: location.latitude,
      longitude: location.longitude,
      ...(location.buurtCode ? { external_identifier: location.buurtCode, external_identifier_type: BUURT_IDENTIFIER_TYPE } : {}),
      ...(address ? {
        addresses: [{
          id: childId(key, 'address'), location_id: key.id, address_1: `${address.street} ${address.number}`,
          city: address.city, region: '', state_province: '', postal_code: address.postcode, country: 'NL', address_type: 'physical',
        }],
      } : {}),
      ...(location.accessibility ? { accessibility: [{ id: childId(key, 'accessibility'), location_id: key.id, description: location.accessibility }] } : {}),
      attributes: attributes('location', key, location.id, [['location-kind', location.kind]]),
      metadata: verified('location', key, location.lastVerified, this.by),
    };
  }

  contact(contact: Contact): JsonRecord {
    const key = keyOf('contact', contact.id);
    return {
      id: key.id,
      name: contact.name,
      title: contact.role,
      ...optional('organization_id', this.organizationUuid(contact.organizationId)),
      ...optional('email', contact.email),
      ...(contact.phone ? { phones: [phone('contact_id', key, contact.phone)] } : {}),
      attributes: attributes('contact', key, contact.id, [
        ...(contact.buurtCodes ?? []).map((code) => ['buurt', code] as const),
        ['photo', contact.photoUrl],
      ]),
      metadata: verified('contact', key, contact.lastVerified, this.by),
    };
  }

  private organizationUuid(id: string | undefined): string | undefined {
    return id === undefined ? undefined : keyOf('organization', id).id;
  }

  private readonly partnerUuid = (id: string): string => keyOf('organization', id).id;

  /** What activities and huiskamers share as services: organization, place, contacts, schedules. */
  private serviceBase(record: Activity | Huiskamer, key: HsdsKey, link?: string): JsonRecord {
    const organization = record.organizationId ? this.organizations.get(record.organizationId) : undefined;
    const location = record.locationId ? this.locations.get(record.locationId) : undefined;
    const contacts = (record.contactIds ?? []).flatMap((id) => {
      const contact = this.contacts.get(id);
      return contact ? [this.contact(contact)] : [];
    });
    return {
      id: key.id,
      name: record.name,
      ...optional('description', record.description),
      status: 'active',
      ...optional('organization_id', this.organizationUuid(record.organizationId)),
      ...(organization ? { organization: this.organization(organization, false) } : {}),
      minimum_age: record.ageRange.min,
      maximum_age: record.ageRange.max,
      eligibility_description: `${record.ageRange.min} t/m ${record.ageRange.max} jaar`,
      assured_date: record.lastVerified,
      schedules: writeSchedules(key.id, (part) => childId(key, part), record, link),
      ...(location ? {
        service_at_locations: [{
          id: childId(key, `at/${location.id}`), service_id: key.id, location_id: keyOf('location', location.id).id, location: this.location(location),
        }],
      } : {}),
      ...(contacts.length > 0 ? { contacts } : {}),
    };
  }

  activity(activity: Activity): JsonRecord {
    const key = keyOf('activity', activity.id);
    const base = this.serviceBase(activity, key, activity.join.url);
    return {
      ...base,
      ...optional('url', activity.url),
      ...optional('email', activity.join.email),
      ...optional('application_process', activity.join.instructions),
      fees_description: costText(activity.cost),
      cost_options: costOptions(key, activity.cost),
      ...(activity.join.phone ? { phones: [phone('service_id', key, activity.join.phone, 'aanmelden')] } : {}),
      ...(activity.languages ? { languages: activity.languages.map((code) => ({ id: childId(key, `language/${code}`), service_id: key.id, code })) } : {}),
      ...(activity.servesBuurten ? {
        service_areas: activity.servesBuurten.map((code) => ({
          id: childId(key, `area/${code}`), service_id: key.id,
          name: `${this.buurtNames.get(code) ?? code} (${code})`, uri: `urn:cbs:buurt:${code}`, extent_type: 'text',
        })),
      } : {}),
      attributes: attributes('service', key, activity.id, [
        ['category', activity.category],
        ['programme', activity.programme],
        ['join', activity.join.method],
        ['remaining-places', activity.remainingPlaces],
        ...(activity.visits ?? []).map((visit) => ['visit', `${visit.buurtCode} ${visit.byDay.join(',')}`] as const),
        ...outcomeAttributes(activity, this.partnerUuid),
      ]),
    };
  }

  huiskamer(huiskamer: Huiskamer): JsonRecord {
    const key = keyOf('huiskamer', huiskamer.id);
    const base = this.serviceBase(huiskamer, key);
    return {
      ...base,
      ...optional('application_process', huiskamer.intake),
      ...(huiskamer.cost ? { fees_description: costText(huiskamer.cost), cost_options: costOptions(key, huiskamer.cost) } : {}),
      attributes: attributes('service', key, huiskamer.id, [
        ['record', 'huiskamer'],
        ['join', 'referral'],
        ['places-per-day', huiskamer.placesPerDay],
        ['enrolled', huiskamer.enrolled],
        ['waiting-list', huiskamer.waitingList?.count],
        ['waiting-list-counted-on', huiskamer.waitingList?.countedOn],
        ['waiting-list-weeks', huiskamer.waitingList?.expectedWeeks],
        ...huiskamer.referrers.map((referrer) => ['referrer', referrer] as const),
        ...(huiskamer.goals ?? []).map((goal) => ['goal', goal] as const),
        ...outcomeAttributes(huiskamer, this.partnerUuid),
      ]),
    };
  }

  /** Contacts HSDS can only hold under an organization or a service. */
  reportHomelessContacts(): void {
    const linked = new Set([...this.data.activities, ...this.data.huiskamers].flatMap((r) => r.contactIds ?? []));
    this.data.contacts.forEach((contact, index) => {
      if (contact.organizationId || linked.has(contact.id)) return;
      this.problems.push({
        severity: 'warning', path: `contacts[${index}]`, id: contact.id,
        reason: 'HSDS keeps contacts under an organization or a service; this contact has neither (give it an organizationId), so it was not exported',
      });
    });
  }
}

export function exportHsds(data: KinderwerkData): HsdsExport {
  const exporter = new Exporter(data);
  exporter.reportHomelessContacts();
  const { meta } = data;
  return {
    files: {
      'index.json': {
        version: 'HSDS 3.0',
        description: `Kinderwerk in ${meta.municipality.name}, exported from a kinderwerk feed`,
        publisher: { name: meta.publisher.name, ...optional('email', meta.publisher.email), ...optional('website', meta.publisher.url) },
        kinderwerkkaart: {
          municipality: meta.municipality,
          license: meta.license,
          ...optional('licenseUrl', meta.licenseUrl),
          boundaryAttribution: meta.boundaryAttribution,
          generatedAt: meta.generatedAt,
          ...optional('example', meta.example),
          ...optional('language', meta.language),
          // HSDS has no place for experience stories: they travel with our metadata.
          ...(data.stories.length > 0 ? { stories: data.stories } : {}),
        },
      },
      'organizations.json': hsdsPage(data.organizations.map((o) => exporter.organization(o, true))),
      'services.json': hsdsPage([
        ...data.activities.map((a) => exporter.activity(a)),
        ...data.huiskamers.map((h) => exporter.huiskamer(h)),
      ]),
      'locations.json': hsdsPage(data.locations.map((l) => exporter.location(l))),
    },
    problems: exporter.problems,
  };
}
