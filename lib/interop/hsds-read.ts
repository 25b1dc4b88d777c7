/**
 * Finds the services, organizations and locations in HSDS 3.0 JSON as it is
 * published: one fully nested service (`GET /services/{id}`), an organization
 * with its services, a page of the API (`{ total_items, page_number, contents: [...] }`),
 * a plain list, or the files our export writes. Each entity keeps the document
 * and path it was found at, for problem messages.
 *
 *   const found = readHsdsDocuments([{ name: 'services.json', json }]);
 *   found.services[0]; // { record: {...}, file: 'services.json', path: 'contents[0]' }
 */
import { asArray, asRecord, asRecords, type JsonRecord, type SourceDocument } from './json-read';

export type { SourceDocument } from './json-read';


export interface Found {
  record: JsonRecord;
  file?: string;
  path: string;
  /** The organization a service or location was nested in. */
  organization?: JsonRecord;
}

export interface HsdsEntities {
  services: Found[];
  organizations: Found[];
  locations: Found[];
  /** Things that are none of these, with a reason. */
  unknown: Found[];
}

type EntityKind = 'service' | 'organization' | 'location';

/** HSDS records carry no type field, so the kind is told from the fields only that kind has. */
function kindOf(record: JsonRecord): EntityKind | undefined {
  if (Array.isArray(record.services)) return 'organization';
  if ('service_at_locations' in record || 'status' in record || 'cost_options' in record || 'minimum_age' in record
    || 'application_process' in record || 'eligibility_description' in record || 'service_areas' in record) {
    return 'service';
  }
  if ('location_type' in record || 'latitude' in record || 'addresses' in record) return 'location';
  if ('website' in record || 'legal_status' in record || 'year_incorporated' in record || 'organization_identifiers' in record) return 'organization';
  return undefined;
}

const join = (base: string, part: string) => (base === '' ? part : part.startsWith('[') ? `${base}${part}` : `${base}.${part}`);

function collect(value: unknown, file: string | undefined, path: string, out: HsdsEntities, hint?: EntityKind): void {
  const record = asRecord(value);
  const list = asArray(value);
  if (list) {
    list.forEach((item, i) => collect(item, file, join(path, `[${i}]`), out, hint));
    return;
  }
  if (!record) {
    out.unknown.push({ record: {}, file, path });
    return;
  }
  if (Array.isArray(record.contents)) {
    collect(record.contents, file, join(path, 'contents'), out, hint);
    return;
  }
  // Our export's bundle and other "one key per table" layouts.
  if (!('id' in record) && ['services', 'organizations', 'locations'].some((key) => Array.isArray(record[key]) || asRecord(record[key])?.contents)) {
    for (const [key, kind] of [['organizations', 'organization'], ['services', 'service'], ['locations', 'location']] as const) {
      if (record[key] !== undefined) collect(record[key], file, join(path, key), out, kind);
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
  } else {
    out.unknown.push({ record, file, path });
  }
}

export function readHsdsDocuments(documents: readonly SourceDocument[]): HsdsEntities {
  const out: HsdsEntities = { services: [], organizations: [], locations: [], unknown: [] };
  for (const document of documents) {
    const name = document.name?.toLowerCase() ?? '';
    const hint: EntityKind | undefined = name.includes('organization') ? 'organization'
      : name.includes('location') ? 'location'
      : name.includes('service') ? 'service' : undefined;
    collect(document.json, document.name, '', out, hint);
  }
  return out;
}
