/**
 * Finds the services, organizations and locations in HSDS 3.0 JSON as it is
 * published: one fully nested service (`GET /services/{id}`), an organization
 * with its services, a service at a location (`GET /service_at_locations/{id}`,
 * also the UK profile's `service_at_location_full`), a page of the API
 * (`{ total_items, page_number, contents: [...] }`), a plain list, or the files
 * our export writes. Each entity keeps the document and path it was found at,
 * for problem messages.
 *
 *   const found = readHsdsDocuments([{ name: 'services.json', json }]);
 *   found.services[0]; // { record: {...}, file: 'services.json', path: 'contents[0]' }
 */
import { asArray, asRecord, asRecords, asString, type JsonRecord, type SourceDocument } from './json-read';

export type { SourceDocument } from './json-read';


export interface Found {
  record: JsonRecord;
  file?: string;
  path: string;
  /** The organization a service or location was nested in. */
  organization?: JsonRecord;
  /** For an unknown entry: why it was not read, when there is more to say than "not HSDS". */
  reason?: string;
}

/** Lists and pages nested deeper than this are not HSDS as anyone publishes it; reading on would only exhaust the stack. */
const MAX_DEPTH = 32;

export interface HsdsEntities {
  services: Found[];
  organizations: Found[];
  locations: Found[];
  /** Things that are none of these, with a reason. */
  unknown: Found[];
}

type EntityKind = 'service' | 'organization' | 'location' | 'service_at_location';

/** HSDS records carry no type field, so the kind is told from the fields only that kind has. */
function kindOf(record: JsonRecord): EntityKind | undefined {
  if (Array.isArray(record.services)) return 'organization';
  if (asRecord(record.service) || ('service_id' in record && 'location_id' in record)) return 'service_at_location';
  if ('service_at_locations' in record || 'status' in record || 'cost_options' in record || 'minimum_age' in record
    || 'application_process' in record || 'eligibility_description' in record || 'service_areas' in record) {
    return 'service';
  }
  if ('location_type' in record || 'latitude' in record || 'addresses' in record) return 'location';
  if ('website' in record || 'legal_status' in record || 'year_incorporated' in record || 'organization_identifiers' in record) return 'organization';
  return undefined;
}

const join = (base: string, part: string) => (base === '' ? part : part.startsWith('[') ? `${base}${part}` : `${base}.${part}`);

/** What `collect` gathers: the entities, and services at locations still to be joined to their service. */
interface Collected extends HsdsEntities {
  serviceAtLocations: Found[];
}

function collect(value: unknown, file: string | undefined, path: string, out: Collected, hint?: EntityKind, depth = 0): void {
  if (depth > MAX_DEPTH) {
    out.unknown.push({ record: {}, file, path, reason: `lists or pages nested more than ${MAX_DEPTH} deep; this part was not read` });
    return;
  }
  const record = asRecord(value);
  const list = asArray(value);
  if (list) {
    list.forEach((item, i) => collect(item, file, join(path, `[${i}]`), out, hint, depth + 1));
    return;
  }
  if (!record) {
    out.unknown.push({ record: {}, file, path });
    return;
  }
  if (Array.isArray(record.contents)) {
    collect(record.contents, file, join(path, 'contents'), out, hint, depth + 1);
    return;
  }
  // Our export's bundle and other "one key per table" layouts.
  if (!('id' in record) && ['services', 'organizations', 'locations'].some((key) => Array.isArray(record[key]) || asRecord(record[key])?.contents)) {
    for (const [key, kind] of [['organizations', 'organization'], ['services', 'service'], ['locations', 'location']] as const) {
      if (record[key] !== undefined) collect(record[key], file, join(path, key), out, kind, depth + 1);
    }
    return;
  }
  const kind = kindOf(record) ?? hint;
  if (kind === 'organization') {
    out.organizations.push({ record, file, path });
    asRecords(record.services).forEach((service, i) => out.services.push({ record: service, file, path: join(path, `services[${i}]`), organization: record }));
    asRecords(record.locations).forEach((location, i) => out.locations.push({ record: location, file, path: join(path, `locations[${i}]`), organization: record }));
  } else if (kind === 'service') {
    out.services.push({ record, file, path });
  } else if (kind === 'location') {
    out.locations.push({ record, file, path });
  } else if (kind === 'service_at_location') {
    out.serviceAtLocations.push({ record, file, path });
  } else {
    out.unknown.push({ record, file, path });
  }
}

/**
 * Services at locations become services with those `service_at_locations`: one
 * service per service id, at every location it was listed at. A service given
 * elsewhere (services.json) gets the locations added; one given nowhere is unknown.
 */
function joinServiceAtLocations(out: Collected): HsdsEntities {
  const { serviceAtLocations, ...entities } = out;
  const byService = new Map<string, Found[]>();
  for (const found of serviceAtLocations) {
    const serviceId = asString(asRecord(found.record.service)?.id) ?? asString(found.record.service_id) ?? `(no service id) ${found.path}`;
    const group = byService.get(serviceId);
    if (group) group.push(found);
    else byService.set(serviceId, [found]);
  }
  const serviceIndex = new Map<string, number>();
  entities.services.forEach((found, index) => {
    const id = asString(found.record.id);
    if (id !== undefined && !serviceIndex.has(id)) serviceIndex.set(id, index);
  });
  for (const [serviceId, group] of byService) {
    const places = group.map(({ record }) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'service')));
    const index = serviceIndex.get(serviceId) ?? -1;
    if (index >= 0) {
      const given = entities.services[index];
      const known = new Set(asRecords(given.record.service_at_locations).map((sal) => asString(sal.location_id) ?? asString(asRecord(sal.location)?.id)));
      const added = places.filter((sal) => !known.has(asString(sal.location_id) ?? asString(asRecord(sal.location)?.id)));
      entities.services[index] = { ...given, record: { ...given.record, service_at_locations: [...asRecords(given.record.service_at_locations), ...added] } };
      continue;
    }
    const first = group.find((found) => asRecord(found.record.service));
    const service = first && asRecord(first.record.service);
    if (!first || !service) {
      entities.unknown.push(...group);
      continue;
    }
    entities.services.push({ record: { ...service, service_at_locations: places }, file: first.file, path: join(first.path, 'service') });
  }
  return entities;
}

export function readHsdsDocuments(documents: readonly SourceDocument[]): HsdsEntities {
  const out: Collected = { services: [], organizations: [], locations: [], unknown: [], serviceAtLocations: [] };
  for (const document of documents) {
    const name = document.name?.toLowerCase() ?? '';
    const hint: EntityKind | undefined = name.includes('service_at_location') ? 'service_at_location'
      : name.includes('organization') ? 'organization'
      : name.includes('location') ? 'location'
      : name.includes('service') ? 'service' : undefined;
    collect(document.json, document.name, '', out, hint);
  }
  return joinServiceAtLocations(out);
}
