/**
 * How our fields that HSDS 3.0 has no column for travel through HSDS: as
 * `attributes` (HSDS's own extension point: a link to a taxonomy term, with an
 * optional value) in one taxonomy, `kinderwerkkaart`. The export writes them, the
 * import reads them back, so a round trip keeps every field. Other systems can
 * ignore them or show the terms.
 *
 * Ids are UUIDs, as HSDS asks, made from names (name-uuid.ts): the same term
 * always has the same UUID.
 *
 *   hsdsAttribute('service', serviceUuid, 'category', 'creative');
 *   // { id: <uuid>, link_type: 'kinderwerkkaart:category', link_id: serviceUuid,
 *   //   link_entity: 'service', value: 'creative', taxonomy_term_id: <uuid of kinderwerkkaart:category:creative>,
 *   //   taxonomy_term: { id: ..., code: 'creative', name: 'creative', description: '...', taxonomy_id: <uuid of kinderwerkkaart> } }
 */
import { asRecords, asString, type JsonRecord } from './json-read';
import { nameUuid } from './name-uuid';

const TAXONOMY_ID = 'kinderwerkkaart';
const LINK_PREFIX = `${TAXONOMY_ID}:`;

/** What each attribute carries. `term`: the value is a code from a fixed list; `value`: free data. */
const ATTRIBUTES = {
  /** Our own id of the record, so an import of the export keeps it (HSDS ids are UUIDs made from it). */
  'feed-id': { kind: 'value', description: 'The id of the record in the kinderwerk feed it was exported from' },
  /** Marks a service that is a huiskamer (value `huiskamer`), not an activity. */
  record: { kind: 'term', description: 'What kind of kinderwerk record this service is' },
  category: { kind: 'term', description: 'Kind of activity (sport, play, creative, music-dance, cooking, learning, nature, other)' },
  programme: { kind: 'term', description: 'How the activity runs: weekly, course or holiday' },
  join: { kind: 'term', description: 'How a child joins: walk-in, sign-up or referral' },
  referrer: { kind: 'term', description: 'Who may refer a child to a huiskamer' },
  'location-kind': { kind: 'term', description: 'Kind of place (community-centre, school, playground, huiskamer, outdoors, other)' },
  'remaining-places': { kind: 'value', description: 'Places still free (OpenActive remainingAttendeeCapacity)' },
  'places-per-day': { kind: 'value', description: 'Children a huiskamer can take per day' },
  enrolled: { kind: 'value', description: 'Children enrolled in a huiskamer' },
  'waiting-list': { kind: 'value', description: 'Children on the waiting list' },
  'waiting-list-counted-on': { kind: 'value', description: 'Date the waiting list was counted (YYYY-MM-DD)' },
  'waiting-list-weeks': { kind: 'value', description: 'About how many weeks a child now waits for a place' },
  goal: { kind: 'value', description: 'What children work on in a huiskamer' },
  buurt: { kind: 'value', description: 'CBS buurt code where a contact person is a known face' },
  visit: { kind: 'value', description: 'Days mobile work is in one of its service areas: a CBS buurt code and days, e.g. "BU00340204 TU,WE"' },
  photo: { kind: 'value', description: 'Photo of a contact person' },
  'publication-consent': { kind: 'value', description: 'The contact person agreed to be published' },
  aim: { kind: 'term', description: 'An aim the service serves (talent-development, preventive-support, healthy-growing-up, inclusion, parent-involvement)' },
  partner: { kind: 'value', description: 'An organization that works with the service: the kind of partner and the organization id, e.g. "school 3f2a…"' },
  'reach-period': { kind: 'value', description: 'The period the reach counts cover: YYYY-MM-DD/YYYY-MM-DD' },
  'reach-children': { kind: 'value', description: 'Different children the service reached in the reach period' },
  'reach-visits': { kind: 'value', description: 'Visits to the service in the reach period' },
  'reach-parents': { kind: 'value', description: 'Different parents the service reached in the reach period' },
  staffing: { kind: 'value', description: 'Kinderwerkers of an organization in one area: CBS wijk or buurt code, FTE and the date counted, e.g. "WK003402 1.5 2026-10-01"' },
} as const;

export type AttributeName = keyof typeof ATTRIBUTES;
export type LinkEntity = 'service' | 'location' | 'contact' | 'organization';

export function hsdsAttribute(entity: LinkEntity, linkId: string, name: AttributeName, value: string, index = 0): JsonRecord {
  const definition = ATTRIBUTES[name];
  const termCode = definition.kind === 'term' ? value : name;
  const termId = nameUuid(`${TAXONOMY_ID}:${name}${definition.kind === 'term' ? `:${value}` : ''}`);
  return {
    id: nameUuid(`${linkId}/${name}/${definition.kind === 'term' ? value : index}`),
    link_id: linkId,
    link_type: `${LINK_PREFIX}${name}`,
    link_entity: entity,
    value,
    taxonomy_term_id: termId,
    taxonomy_term: { id: termId, code: termCode, name: termCode, description: definition.description, taxonomy_id: nameUuid(TAXONOMY_ID) },
  };
}

/** All values of one of our attributes on a record (`service.attributes`), in order. */
export function attributeValues(record: JsonRecord, name: AttributeName): string[] {
  return asRecords(record.attributes)
    .filter((attribute) => attribute.link_type === `${LINK_PREFIX}${name}`)
    .map((attribute) => asString(attribute.value) ?? asString((attribute.taxonomy_term as JsonRecord | undefined)?.code))
    .filter((value): value is string => value !== undefined);
}

export function attributeValue(record: JsonRecord, name: AttributeName): string | undefined {
  return attributeValues(record, name)[0];
}

/** Names of all taxonomy terms on a record, ours excluded: hints for guessing a category. */
export function foreignTermNames(record: JsonRecord): string[] {
  return asRecords(record.attributes)
    .filter((attribute) => !String(attribute.link_type ?? '').startsWith(LINK_PREFIX))
    .map((attribute) => asString((attribute.taxonomy_term as JsonRecord | undefined)?.name) ?? asString(attribute.value))
    .filter((name): name is string => name !== undefined);
}

/** The external identifier type we give a location's CBS buurt code. */
export const BUURT_IDENTIFIER_TYPE = 'CBS buurtcode';
