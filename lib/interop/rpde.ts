/**
 * The current state of an OpenActive RPDE feed: pages of changes
 * (`{ items: [{ state, kind, id, modified, data }], next }`) are replayed in
 * order; per item the latest `modified` wins, and a `deleted` item removes it.
 * Plain JSON-LD objects (one SessionSeries, or a list) count as updated items.
 *
 *   const items = currentItems([{ name: 'page-1.json', json: page1 }, { name: 'page-2.json', json: page2 }]);
 *   items[0]; // { kind: 'SessionSeries', id: '...', data: {...}, file: 'page-1.json', path: 'items[0].data' }
 */
import type { SourceDocument } from './hsds-read';
import { asArray, asNumber, asRecord, asString, type JsonRecord } from './json-read';

export interface RpdeItem {
  /** The data's type (`SessionSeries`, `ScheduledSession`, `CourseInstance`, ...), else the RPDE kind. */
  kind: string;
  /** The data's own id (`@id`, usually a URL), else the RPDE item id. */
  id: string;
  data: JsonRecord;
  file?: string;
  path: string;
}

export interface RpdeRead {
  items: RpdeItem[];
  /** The licence URL the pages give. */
  license?: string;
  /** Items that are not RPDE items, with a reason. */
  unreadable: { file?: string; path: string; reason: string }[];
}

/** JSON-LD writes the type as `type` or `@type`, sometimes prefixed (`oa:SessionSeries`) or as a list. */
export function typeOf(data: JsonRecord): string | undefined {
  const raw = data.type ?? data['@type'];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return asString(first)?.replace(/^.*[:/#]/, '');
}

export function idOf(data: JsonRecord): string | undefined {
  return asString(data.id) ?? asString(data['@id']) ?? asString(data.identifier);
}

/** RPDE `modified` is a number or a string; numbers compare as numbers, other strings as text. */
function later(a: unknown, b: unknown): boolean {
  const [x, y] = [asNumber(a), asNumber(b)];
  if (x !== undefined && y !== undefined) return x > y;
  return String(a ?? '') > String(b ?? '');
}

interface Entry {
  modified: unknown;
  deleted: boolean;
  item?: RpdeItem;
}

export function currentItems(documents: readonly SourceDocument[]): RpdeRead {
  const entries = new Map<string, Entry>();
  const unreadable: RpdeRead['unreadable'] = [];
  let license: string | undefined;
  const consider = (key: string, entry: Entry) => {
    const existing = entries.get(key);
    if (!existing || !later(existing.modified, entry.modified)) entries.set(key, entry);
  };
  for (const { name, json } of documents) {
    const page = asRecord(json);
    license ??= asString(page?.license);
    const list = asArray(page?.items) ?? asArray(json) ?? (page && typeOf(page) ? [{ state: 'updated', data: page }] : undefined);
    if (!list) {
      unreadable.push({ file: name, path: '(document)', reason: 'not an RPDE page ({ "items": [...], "next": ... }) or OpenActive data; it was ignored' });
      continue;
    }
    const base = asArray(page?.items) ? 'items' : '';
    list.forEach((value, index) => {
      const raw = asRecord(value) ?? {};
      // A bare JSON-LD object in a list is data, not an RPDE item.
      const item = raw.state === undefined && raw.data === undefined && typeOf(raw) ? { state: 'updated', data: raw } : raw;
      const path = `${base}[${index}]`;
      const data = asRecord(item.data);
      const id = asString(item.id) ?? (data && idOf(data));
      const kind = (data && typeOf(data)) ?? asString(item.kind);
      if (!id || !kind) {
        unreadable.push({ file: name, path, reason: 'this item has no id or kind; it was ignored' });
        return;
      }
      const key = `${asString(item.kind) ?? kind}\u0000${id}`;
      if (item.state === 'deleted' || !data) {
        consider(key, { modified: item.modified, deleted: true });
        return;
      }
      const item_ = { kind, id: idOf(data) ?? id, data, file: name, path: `${path}${base ? '.data' : ''}` };
      consider(key, { modified: item.modified, deleted: false, item: item_ });
    });
  }
  const items = [...entries.values()].filter((e) => !e.deleted && e.item).map((e) => e.item!);
  return { items, license, unreadable };
}
