/**
 * Tells from a document's content which standard it follows, so the widget and
 * the extension can take a feed URL without being told the format.
 *
 *   detectFeedFormat({ format: 'kinderwerk-feed', version: 1, ... }); // 'kinderwerk'
 *   detectFeedFormat({ total_items: 3, contents: [{ id, name, status }] }); // 'hsds'
 *   detectFeedFormat({ items: [{ state: 'updated', kind: 'SessionSeries', ... }], next: '...' }); // 'openactive'
 */
import { FEED_FORMAT } from '../feed/schema';
import { readHsdsDocuments } from './hsds-read';
import { asArray, asRecord, asString } from './json-read';
import { typeOf } from './rpde';

export type FeedFormat = 'kinderwerk' | 'hsds' | 'openactive' | 'unknown';

const OPENACTIVE_TYPES = ['SessionSeries', 'ScheduledSession', 'CourseInstance', 'EventSeries', 'FacilityUse', 'Slot', 'IndividualFacilityUse', 'HeadlineEvent'];

function isOpenActiveData(value: unknown): boolean {
  const record = asRecord(value);
  if (!record) return false;
  // A JSON-LD @context is an address or a list of them (objects in the list are left alone: writing out a deep one would exhaust the stack).
  const context = record['@context'];
  const addresses = Array.isArray(context) ? context : [context];
  const openActive = addresses.some((address) => typeof address === 'string' && address.includes('openactive.io'));
  return openActive || OPENACTIVE_TYPES.includes(typeOf(record) ?? '');
}

function isRpdePage(value: unknown): boolean {
  const page = asRecord(value);
  const items = asArray(page?.items);
  if (!page || !items) return false;
  if (items.length === 0) return typeof page.next === 'string';
  const first = asRecord(items[0]);
  return first !== undefined && (first.state === 'updated' || first.state === 'deleted') && 'modified' in first;
}

export function detectFeedFormat(json: unknown): FeedFormat {
  const root = asRecord(json);
  if (root?.format === FEED_FORMAT || asString(root?.format) === FEED_FORMAT) return 'kinderwerk';
  if (isRpdePage(json) || isOpenActiveData(json)) return 'openactive';
  const list = asArray(json);
  if (list && list.length > 0 && (list.every(isRpdePage) || list.every(isOpenActiveData))) return 'openactive';
  const hsds = readHsdsDocuments([{ json }]);
  if (hsds.services.length + hsds.organizations.length + hsds.locations.length > 0 && hsds.unknown.length === 0) return 'hsds';
  if (root && Array.isArray(root.contents) && 'total_items' in root) return 'hsds';
  return 'unknown';
}
