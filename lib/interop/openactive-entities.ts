/**
 * OpenActive places and organizers to feed locations and organizations: a
 * `Place` with `geo` (GeoCoordinates) and `address` (PostalAddress), an
 * `organizer` Organization with name, url, email and telephone. Each is taken
 * over once; places without an id are known by name and postcode.
 *
 *   const locationId = takePlace(series.location, { file, path: 'items[0].data.location' }, work);
 */
import { LOCATION_KIND_WORDS } from './dutch-words';
import { readDutchAddress } from './dutch-address';
import { cleanPhone, guessChoice } from './dutch-values';
import { asNumber, asRecord, asString, optional, type JsonRecord } from './json-read';
import { idOf, typeOf } from './rpde';
import { placeSourceLocation } from './source-location';
import type { SourcePlace, SourceWork } from './source-work';

function readAddress(value: unknown, place: SourcePlace, work: SourceWork): Record<string, string> | undefined {
  const address = asRecord(value);
  if (!address) return undefined;
  const read = readDutchAddress(asString(address.streetAddress), asString(address.postalCode), asString(address.addressLocality));
  if (!read.ok) {
    work.report({ ...place, path: `${place.path}.address` }, 'the address needs streetAddress with a house number, a Dutch postalCode and addressLocality; the address was left out');
    return undefined;
  }
  return read.address;
}

export function takePlace(value: unknown, place: SourcePlace, work: SourceWork): string | undefined {
  const data = asRecord(value);
  if (!data) {
    work.report(place, 'no location; give a Place with geo coordinates', 'error');
    return undefined;
  }
  if (typeOf(data) === 'VirtualLocation') {
    work.report(place, 'an online session cannot be shown on the map; it was left out');
    return undefined;
  }
  const address = asRecord(data.address);
  const sourceId = idOf(data) ?? [asString(data.name), asString(address?.postalCode)].filter(Boolean).join(' ');
  if (!sourceId) {
    work.report(place, 'this place has no id and no name; give the Place an id', 'error');
    return undefined;
  }
  if (work.seen('locations', sourceId)) return work.known('locations', sourceId);
  const geo = asRecord(data.geo);
  const name = asString(data.name) ?? asString(address?.streetAddress);
  const id = work.idFor('locations', sourceId);
  work.undated(place);
  const draft: Record<string, unknown> = {
    id,
    lastVerified: work.today,
    name,
    kind: guessChoice(name ?? '', LOCATION_KIND_WORDS) ?? 'other',
    ...optional('address', readAddress(data.address, place, work)),
    ...optional('latitude', asNumber(geo?.latitude)),
    ...optional('longitude', asNumber(geo?.longitude)),
    ...optional('accessibility', asString(data.accessibilityInformation)),
  };
  const placed = placeSourceLocation(draft, work.buurten, (reason, severity) => work.report({ ...place, path: `${place.path}.geo` }, reason, severity));
  const kept = placed && work.add('locations', draft, place);
  work.remember('locations', sourceId, kept ? id : undefined);
  return kept ? id : undefined;
}

export function takeOrganizer(value: unknown, place: SourcePlace, work: SourceWork): string | undefined {
  const data = asRecord(value);
  if (!data || typeOf(data) === 'Person') return undefined;
  const name = asString(data.name);
  const sourceId = idOf(data) ?? name;
  if (!sourceId || !name) return undefined;
  if (work.seen('organizations', sourceId)) return work.known('organizations', sourceId);
  const id = work.idFor('organizations', sourceId);
  const telephone = asString(data.telephone);
  work.undated(place);
  const draft = {
    id,
    lastVerified: work.today,
    name,
    ...optional('description', asString(data.description)),
    ...optional('url', asString(data.url)),
    ...optional('phone', telephone ? cleanPhone(telephone) : undefined),
    ...optional('email', asString(data.email)),
  };
  const kept = work.add('organizations', draft, place);
  work.remember('organizations', sourceId, kept ? id : undefined);
  return kept ? id : undefined;
}

/** The organizer's phone and e-mail, for "how to join" when the activity gives none of its own. */
export function organizerContact(value: unknown): { phone?: string; email?: string } {
  const data = asRecord(value) as JsonRecord | undefined;
  const telephone = asString(data?.telephone);
  return { ...optional('phone', telephone ? cleanPhone(telephone) : undefined), ...optional('email', asString(data?.email)) };
}
