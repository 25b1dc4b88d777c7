/**
 * One copy of each text in a feed's data. IndexedDB's structured clone makes a new string
 * for every value it reads (`JSON.parse` for every value over ten characters in V8), so
 * "weekly", "15:30", a date or an organisation's id exists once for every record that
 * holds it: on a generated city feed read back from the cache, 11 of the 14 MB of text a
 * page kept after loading were such copies. Two equal
 * strings cannot be told apart by any reader, so putting the pool's copy in place of a
 * value changes nothing but the memory it takes.
 *
 *   const pool = new StringPool();
 *   for (const record of records) pool.share(record);   // in place
 *   await runStepsInSlices(shareFeedStringsSteps(data), { priority: 'background' });
 */
import type { KinderwerkData } from './model';
import { forEachInSteps } from '../steps';

export class StringPool {
  readonly #known = new Map<string, string>();

  /** Puts the pool's copy in place of every string inside `value`: its plain objects and lists, in place. */
  share(value: unknown): void {
    if (Array.isArray(value)) this.#shareList(value);
    else if (isPlainObject(value)) this.#shareObject(value);
  }

  #shareList(list: unknown[]): void {
    if (Object.isFrozen(list)) return;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'string') list[i] = this.#copyOf(item);
      else if (typeof item === 'object' && item !== null) this.share(item);
    }
  }

  #shareObject(record: Record<string, unknown>): void {
    if (Object.isFrozen(record)) return;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const item = record[key];
      if (typeof item === 'string') record[key] = this.#copyOf(item);
      else if (typeof item === 'object' && item !== null) this.share(item);
    }
  }

  #copyOf(text: string): string {
    const known = this.#known.get(text);
    if (known !== undefined) return known;
    this.#known.set(text, text);
    return text;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Every record of a feed through one pool, a few records per step (lib/steps.ts). */
export function* shareFeedStringsSteps(data: KinderwerkData): Generator<void> {
  const pool = new StringPool();
  for (const part of FEED_LISTS) yield* forEachInSteps(data[part] as readonly unknown[], (record) => pool.share(record));
}

const FEED_LISTS = ['buurten', 'wijken', 'organizations', 'locations', 'activities', 'huiskamers', 'contacts', 'stories'] as const satisfies readonly (keyof KinderwerkData)[];
