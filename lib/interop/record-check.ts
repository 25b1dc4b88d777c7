/**
 * Checks one imported record against the feed schema before it goes into the
 * feed, and reports every issue at the record's origin (spreadsheet row and
 * column, or source path and id). An optional part that is wrong (a phone number
 * with letters, a too-long description) is left out with a warning and the
 * record kept; a record whose required parts are wrong is left out.
 *
 *   const problems = checkRecord('activities', draft, origins); // may remove optional parts of draft
 *   if (!problems.some((p) => p.severity === 'error')) feed.activities.push(draft);
 */
import type { z } from 'zod';
import { RecordSchemas, type RecordKind } from '../feed/schema';
import { readableIssue } from '../feed/readable-issue';
import type { ImportProblem } from './import-problem';
import type { RecordOrigins } from './record-origin';

const SINGULAR: Record<RecordKind, string> = {
  organizations: 'organization',
  locations: 'location',
  activities: 'activity',
  huiskamers: 'huiskamer',
  contacts: 'contact',
  stories: 'story',
};

function kindName(kind: RecordKind): string {
  return SINGULAR[kind];
}

type Key = PropertyKey;

function fieldPath(path: readonly Key[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

/** A copy of the record without the part at `path` (an array item is spliced out). */
function without(record: Record<string, unknown>, path: readonly Key[]): Record<string, unknown> {
  const copy = structuredClone(record);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<Key, unknown>)?.[key];
  const last = path[path.length - 1];
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else if (node && typeof node === 'object') delete (node as Record<Key, unknown>)[last];
  return copy;
}

const startsWith = (path: readonly Key[], prefix: readonly Key[]) => prefix.every((key, i) => path[i] === key);

/** The shortest part of the issue's path that can be left out without the schema missing it. */
function optionalPart(schema: z.ZodType, record: Record<string, unknown>, issue: z.core.$ZodIssue) {
  for (let length = issue.path.length; length >= 1; length--) {
    const part = issue.path.slice(0, length);
    const candidate = without(record, part);
    const result = schema.safeParse(candidate);
    if (result.success || !result.error.issues.some((other) => startsWith(other.path, part))) return { part, candidate };
  }
  return undefined;
}

export function checkRecord(kind: RecordKind, draft: Record<string, unknown>, origins: RecordOrigins): ImportProblem[] {
  const schema = RecordSchemas[kind] as z.ZodType;
  const id = String(draft.id ?? '');
  const problems: ImportProblem[] = [];
  const report = (severity: ImportProblem['severity'], path: readonly Key[], message: string, consequence: string) => {
    const field = fieldPath(path);
    const place = origins.place(kind, id, field);
    // Without a column to point at, name the field so the publisher knows what is meant.
    const prefix = place.column || !field ? '' : `${field}: `;
    problems.push({ severity, ...place, reason: `${prefix}${message}; ${consequence}` });
  };
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = schema.safeParse(draft, { error: readableIssue });
    if (result.success) return problems;
    const issue = result.error.issues[0];
    const optional = optionalPart(schema, draft, issue);
    if (!optional) {
      for (const each of result.error.issues) report('error', each.path, each.message, `this ${kindName(kind)} was left out`);
      return problems;
    }
    for (const key of Object.keys(draft)) delete draft[key];
    Object.assign(draft, optional.candidate);
    report('warning', optional.part, issue.message, 'this part was left out');
  }
  return problems;
}
