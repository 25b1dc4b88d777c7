/**
 * A what-if for the feed cache: the same validated feed stored as slices of 1,000
 * records in one transaction, written and read one slice per task, instead of one
 * record holding everything (lib/store/cache.ts today). Shows how long the longest
 * main-thread task would be. Plain IndexedDB, its own database; not product code.
 *
 *   const written = await writeInSlices(data);   // { ms, longest, … }
 *   const read = await readInSlices();
 */
import type { KinderwerkData } from '../../lib/feed/model';
import { watchLongTasks } from './long-tasks';

const DB = 'kwk-bench-slices';
const STORE = 'slices';
const SLICE = 1000;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

type Slice = { kind: keyof KinderwerkData; records: unknown };

function slicesOf(data: KinderwerkData): Slice[] {
  return (Object.keys(data) as (keyof KinderwerkData)[]).flatMap((kind): Slice[] => {
    const value: unknown = data[kind];
    if (!Array.isArray(value)) return [{ kind, records: value }];
    return Array.from({ length: Math.max(1, Math.ceil(value.length / SLICE)) }, (_, i) => ({ kind, records: value.slice(i * SLICE, (i + 1) * SLICE) }));
  });
}

export async function writeInSlices(data: KinderwerkData) {
  const db = await open();
  const slices = slicesOf(data);
  const result = await watchLongTasks(async () => {
    const tx = db.transaction(STORE, 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const store = tx.objectStore(STORE);
    // Each put clones its slice synchronously; the next is issued from the previous one's
    // success event, a task of its own, and the pending request keeps the transaction open.
    for (let i = 0; i < slices.length; i++) await request(store.put(slices[i], i));
    await done;
  });
  db.close();
  return { ...result, slices: slices.length };
}

export async function readInSlices() {
  const db = await open();
  const result = await watchLongTasks(async () => {
    const store = db.transaction(STORE).objectStore(STORE);
    const count = await request(store.count());
    const slices: Slice[] = [];
    for (let i = 0; i < count; i++) slices.push(await request(store.get(i)) as Slice);
    return slices.length;
  });
  db.close();
  return result;
}
