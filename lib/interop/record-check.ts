/**
 * Checks one imported record against the feed schema before it goes into the
 * feed, and reports every issue at the record's origin (spreadsheet row and
 * column, or source path and id). A record with issues is left out.
 *
 *   const problems = checkRecord('activities', draft, origins);
 *   if (problems.length === 0) feed.activities.push(draft);
 */
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
};

export function kindName(kind: RecordKind): string {
  return SINGULAR[kind];
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

export function checkRecord(kind: RecordKind, draft: Record<string, unknown>, origins: RecordOrigins): ImportProblem[] {
  const result = RecordSchemas[kind].safeParse(draft, { error: readableIssue });
  if (result.success) return [];
  const id = String(draft.id ?? '');
  return result.error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    const place = origins.place(kind, id, field);
    // Without a column to point at, name the field so the publisher knows what is meant.
    const prefix = place.column || !field ? '' : `${field}: `;
    return { severity: 'error', ...place, reason: `${prefix}${issue.message}; this ${kindName(kind)} was left out` };
  });
}
