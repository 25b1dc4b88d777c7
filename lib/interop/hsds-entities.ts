/**
 * HSDS organizations, locations and contacts to feed records. Each source record
 * is taken over once (services point at the same location many times); problems
 * are reported at the HSDS path and id where they were first met.
 *
 *   const organizationId = takeOrganization(found, work);
 *   const locationId = takeLocation({ record, file, path: 'contents[0].service_at_locations[0].location' }, work);
 */
import { LOCATION_KIND_WORDS } from './dutch-words';
import { readDutchAddress } from './dutch-address';
import { cleanPhone, guessChoice, parseChoice } from './dutch-values';
import type { Found } from './hsds-read';
import { readStaffing } from './hsds-outcomes';
import { BUURT_IDENTIFIER_TYPE, attributeValue, attributeValues } from './hsds-vocabulary';
import { asNumber, asRecords, asString, optional, type JsonRecord } from './json-read';
import { placeSourceLocation } from './source-location';
import type { SourcePlace, SourceWork } from './source-work';

type At = Pick<Found, 'record' | 'file' | 'path'>;

/** HSDS location fields the feed has no place for: said once per field (SourceWork.notKept). */
const LOCATION_FIELDS_NOT_KEPT = ['alternate_name', 'description', 'transportation', 'url', 'languages', 'phones', 'schedules'];

const child = (at: At, part: string): SourcePlace => ({ file: at.file, path: at.path ? `${at.path}.${part}` : part, id: asString(at.record.id) });
const placeOf = (at: At): SourcePlace => ({ file: at.file, path: at.path, id: asString(at.record.id) });

const dayOf = (value: unknown) => /^\d{4}-\d{2}-\d{2}/.exec(asString(value) ?? '')?.[0];

/** `assured_date` when given, else the latest `metadata[].last_action_date`: the date the record was last checked. */
export function lastChecked(record: JsonRecord, at: SourcePlace, work: SourceWork, assured?: unknown): string {
  const given = dayOf(assured);
  if (given) return given;
  const latest = asRecords(record.metadata).map((m) => dayOf(m.last_action_date)).filter(Boolean).sort().pop();
  if (latest) return latest;
  work.undated(at);
  return work.today;
}

function firstPhone(record: JsonRecord): string | undefined {
  const number = asString(asRecords(record.phones)[0]?.number);
  return number === undefined ? undefined : cleanPhone(number);
}

export function takeOrganization(at: At, work: SourceWork): string | undefined {
  const sourceId = asString(at.record.id);
  if (!sourceId) {
    work.report(placeOf(at), 'this organization has no id; it was left out. Give every organization an id', 'error');
    return undefined;
  }
  if (work.seen('organizations', sourceId)) return work.known('organizations', sourceId);
  const { record } = at;
  const id = work.idFor('organizations', sourceId, attributeValue(record, 'feed-id'));
  const draft = {
    id,
    lastVerified: lastChecked(record, placeOf(at), work),
    name: asString(record.name),
    ...optional('description', asString(record.description)),
    ...optional('url', asString(record.website) ?? asString(record.url)),
    ...optional('phone', firstPhone(record)),
    ...optional('email', asString(record.email)),
    ...readStaffing(record),
  };
  const kept = work.add('organizations', draft, placeOf(at));
  work.remember('organizations', sourceId, kept ? id : undefined);
  return kept ? id : undefined;
}

function readAddress(at: At, work: SourceWork): Record<string, string> | undefined {
  const addresses = asRecords(at.record.addresses);
  const index = Math.max(0, addresses.findIndex((a) => a.address_type === 'physical'));
  const address = addresses[index];
  if (!address) return undefined;
  const place = child(at, `addresses[${index}]`);
  const line = asString(address.address_1);
  const read = readDutchAddress(line, asString(address.postal_code), asString(address.city));
  if (!read.ok) {
    const missing = {
      number: `address_1 "${line ?? ''}" does not end in a house number`,
      postcode: `postal_code "${asString(address.postal_code) ?? ''}" is not a Dutch postcode (1315 AB)`,
      city: 'city is empty',
    }[read.missing];
    work.report(place, `${missing}; the address was left out`);
    return undefined;
  }
  return read.address;
}

export function takeLocation(at: At, work: SourceWork, organizationId?: string): string | undefined {
  const sourceId = asString(at.record.id);
  if (!sourceId) {
    work.report(placeOf(at), 'this location has no id; it was left out. Give every location an id', 'error');
    return undefined;
  }
  if (work.seen('locations', sourceId)) return work.known('locations', sourceId);
  const { record } = at;
  if (record.location_type === 'virtual') {
    work.report(placeOf(at), 'a virtual location cannot be shown on the map; it was left out');
    work.remember('locations', sourceId, undefined);
    return undefined;
  }
  const id = work.idFor('locations', sourceId, attributeValue(record, 'feed-id'));
  work.notKept('location', LOCATION_FIELDS_NOT_KEPT, record, placeOf(at));
  const identifier = asString(record.external_identifier);
  const isBuurt = identifier !== undefined && (asString(record.external_identifier_type) === BUURT_IDENTIFIER_TYPE || /^BU\d{8}$/.test(identifier));
  const kindText = attributeValue(record, 'location-kind');
  const kind = kindText ? parseChoice(kindText, LOCATION_KIND_WORDS) : undefined;
  const accessibility = asRecords(record.accessibility)
    .map((a) => [asString(a.description), asString(a.details)].filter(Boolean).join(' '))
    .filter((text) => text !== '')
    .join('; ');
  const ownOrganization = asString(record.organization_id);
  const draft: Record<string, unknown> = {
    id,
    lastVerified: lastChecked(record, placeOf(at), work),
    name: asString(record.name) ?? asString(asRecords(record.addresses)[0]?.address_1),
    kind: kind?.ok ? kind.value : (guessChoice(asString(record.name) ?? '', LOCATION_KIND_WORDS) ?? 'other'),
    ...optional('organizationId', (ownOrganization && work.known('organizations', ownOrganization)) ?? organizationId),
    ...optional('address', readAddress(at, work)),
    ...optional('latitude', asNumber(record.latitude)),
    ...optional('longitude', asNumber(record.longitude)),
    ...optional('buurtCode', isBuurt ? identifier : undefined),
    ...optional('accessibility', accessibility || undefined),
  };
  const placed = placeSourceLocation(draft, work.buurten, (reason, severity) => work.report(child(at, 'latitude'), reason, severity));
  const kept = placed && work.add('locations', draft, placeOf(at));
  work.remember('locations', sourceId, kept ? id : undefined);
  return kept ? id : undefined;
}

/** A contact of a service or organization; returns its feed id, or undefined when it is not a usable person. */
export function takeContact(at: At, work: SourceWork, organizationId?: string): string | undefined {
  const { record } = at;
  const sourceId = asString(record.id);
  const name = asString(record.name);
  if (!sourceId || !name) {
    if (!name) work.report(placeOf(at), 'a contact without a name is not a person to show; it was left out (its phone and e-mail stay with the service)');
    else work.report(placeOf(at), 'this contact has no id; it was left out', 'error');
    return undefined;
  }
  if (work.seen('contacts', sourceId)) return work.known('contacts', sourceId);
  if (attributeValue(record, 'publication-consent') === 'false') {
    work.remember('contacts', sourceId, undefined);
    return undefined;
  }
  const id = work.idFor('contacts', sourceId, attributeValue(record, 'feed-id'));
  const role = asString(record.title) ?? asString(record.department);
  if (!role) work.report(placeOf(at), 'no title; used "contactpersoon" as the role');
  const ownOrganization = asString(record.organization_id);
  const buurtCodes = attributeValues(record, 'buurt');
  const draft = {
    id,
    lastVerified: lastChecked(record, placeOf(at), work),
    name,
    role: role ?? 'contactpersoon',
    ...optional('organizationId', (ownOrganization && work.known('organizations', ownOrganization)) ?? organizationId),
    ...optional('buurtCodes', buurtCodes.length > 0 ? buurtCodes : undefined),
    ...optional('phone', firstPhone(record)),
    ...optional('email', asString(record.email)),
    ...optional('photoUrl', attributeValue(record, 'photo')),
    // The source publishes this person already; our export leaves out everyone who did not consent.
    publicationConsent: true,
  };
  const kept = work.add('contacts', draft, placeOf(at));
  work.remember('contacts', sourceId, kept ? id : undefined);
  return kept ? id : undefined;
}
