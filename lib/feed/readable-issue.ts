/**
 * Turns zod issues into reasons a publisher can act on. The schema carries its own
 * messages where it knows better ("write the date as YYYY-MM-DD"); this error map
 * words the generic rest (missing fields, wrong types, out-of-range numbers), and
 * `formatPath` writes zod paths as `activities[12].ageRange.max`.
 *
 *   const result = schema.safeParse(record, { error: readableIssue });
 */
import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  tuple: 'a list [ … ]',
  date: 'a date',
};

/** Describes a JSON value the way a publisher sees it in their file. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** A value from the feed as JSON in a message: texts cut at 80 characters, lists and objects named, never written out. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${JSON.stringify(value.slice(0, 80))}…` : JSON.stringify(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeValue(value);
}

const quoteAll = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

function bound(issue: { origin?: string; inclusive?: boolean }, limit: unknown, side: 'least' | 'most'): string {
  const n = Number(limit);
  switch (issue.origin) {
    case 'string':
      return side === 'least' && n === 1 ? 'may not be empty' : `must be at ${side} ${n} characters long`;
    case 'array':
    case 'set':
      return `needs at ${side} ${n} ${n === 1 ? 'item' : 'items'}`;
    default:
      if (issue.inclusive === false) return side === 'least' ? `must be more than ${n}` : `must be less than ${n}`;
      return `must be at ${side} ${n}`;
  }
}

/** A per-parse zod error map. Schema-level messages take precedence over it. */
export const readableIssue: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const expected = issue.code === 'invalid_type' ? TYPE_NAMES[issue.expected] : undefined;
    return expected ? `missing: add ${expected}` : 'missing: add this field';
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `must be ${expected}, not ${describeValue(issue.input)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${quoteAll(issue.values)}, not ${describeValue(issue.input)}`
        : `${describeValue(issue.input)} is not allowed here; use one of ${quoteAll(issue.values)}`;
    case 'too_small':
      return `${bound(issue, issue.minimum, 'least')}${issue.origin === 'number' ? `, not ${issue.input}` : ''}`;
    case 'too_big':
      return `${bound(issue, issue.maximum, 'most')}${issue.origin === 'number' ? `, not ${issue.input}` : ''}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? `${describeValue(issue.input)} does not have the expected form (${issue.pattern ?? 'see docs/feed.md'})`
        : `${describeValue(issue.input)} is not a valid ${issue.format}`;
    case 'invalid_union':
      return `${describeValue(issue.input)} matches none of the allowed forms; see docs/feed.md`;
    default:
      return undefined;
  }
};

/** `['ageRange', 'max']` under `activities[12]` → `activities[12].ageRange.max`. */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
