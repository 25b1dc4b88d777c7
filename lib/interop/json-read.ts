/**
 * Narrowing readers for untrusted JSON: each takes `unknown` and returns a typed
 * value or undefined, so importers read foreign documents without `any`.
 *
 *   asString(service.name);              // 'Huiswerkklas' or undefined
 *   asNumber('52.37');                    // 52.37 (numbers written as text count)
 *   asArray(page.contents) ?? [];
 */

export type JsonRecord = Record<string, unknown>;

/** One parsed document of a source (a file, or a page fetched from a URL). */
export interface SourceDocument {
  /** File name or URL, shown in problems; leave out for a single document. */
  name?: string;
  json: unknown;
}

/** A key only when it has a value, for building records: `{ id, ...optional('email', email) }`. */
export const optional = <T>(key: string, value: T | undefined): Record<string, T> => (value === undefined ? {} : { [key]: value });

export function asRecord(value: unknown): JsonRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonRecord) : undefined;
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A list of records; a single record counts as a list of one (publishers are not always consistent). */
export function asRecords(value: unknown): JsonRecord[] {
  if (Array.isArray(value)) return value.map(asRecord).filter((r): r is JsonRecord => r !== undefined);
  const single = asRecord(value);
  return single ? [single] : [];
}

/** A non-empty trimmed text; numbers are written as text. */
export function asString(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A finite number, also when written as text ("52.37"). */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}
