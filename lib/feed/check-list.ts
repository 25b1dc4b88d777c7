/**
 * Checks one list of a feed (a record kind, or the buurt or wijk features) item by
 * item: every item on its own against its zod schema, so one bad item is dropped
 * and reported while the rest are kept. Later duplicates of a key are dropped too.
 * A generator: it yields after every item so a caller can pause between items.
 *
 *   const { kept } = yield* checkList(rawActivities, activityListRules, log);
 */
import type { z } from 'zod';
import type { FeedProblem } from './model';
import type { ProblemLog } from './problem-log';
import { FAILED, fastParser, type FastParserOptions } from './fast-parse';
import { formatPath, readableIssue } from './readable-issue';
import { isObject } from './validate-structure';

/** A valid item and its position in the feed, for paths in later reports. */
export interface Kept<T> {
  value: T;
  index: number;
}

export interface ListRules<T> {
  /** Path of the list in the feed, e.g. `activities` or `neighbourhoods.buurten.features`. */
  path: string;
  /** Section for ordering problems, e.g. `activities` or `neighbourhoods.buurten`. */
  section: string;
  kind: NonNullable<FeedProblem['kind']>;
  /** Plural noun for messages: `activities`, `buurten`. */
  noun: string;
  schema: z.ZodType<T>;
  /** The identifier shown next to a problem, read from the raw item when it is a string. */
  idOf(raw: unknown): string | undefined;
  /** The key that must be unique (`id`, or the buurt `code`), its name and where it sits in an item. */
  keyName: string;
  keyPath: readonly PropertyKey[];
  keyOf(value: T): string;
  /** A cheap check of the raw item before the schema reads it, so that one huge item cannot cost seconds. */
  precheck?(raw: unknown): { path: readonly PropertyKey[]; reason: string } | undefined;
  /** A check zod cannot express; returns a problem that drops the item. */
  extraCheck?(value: T): { path: readonly PropertyKey[]; reason: string } | undefined;
  /** Items left out silently, e.g. contacts without publication consent. */
  skip?(raw: unknown): boolean;
  /** Parts of the raw item to ignore with a warning instead of dropping the item (unknown-choices.ts). */
  lenient?(raw: unknown): { item: unknown; warnings: { path: readonly PropertyKey[]; reason: string }[] };
}

export interface ListOutcome<T> {
  kept: Kept<T>[];
  dropped: number;
  skipped: number;
  /** Identifiers of skipped items, so references to them can vanish quietly. */
  skippedIds: Set<string>;
}

export function* checkList<T>(raw: unknown, rules: ListRules<T>, log: ProblemLog, parsing: FastParserOptions = {}): Generator<void, ListOutcome<T>> {
  const outcome: ListOutcome<T> = { kept: [], dropped: 0, skipped: 0, skippedIds: new Set() };
  if (raw === undefined) return outcome;
  if (!Array.isArray(raw)) {
    log.add(rules.section, -1, {
      path: rules.path,
      kind: rules.kind,
      reason: `must be a list [ … ] of ${rules.noun}; none of them could be read, so all were left out`,
      severity: 'error',
    });
    return outcome;
  }

  const firstIndexOfKey = new Map<string, number>();
  for (let index = 0; index < raw.length; index++) {
    const item: unknown = raw[index];
    const id = rules.idOf(item);
    const verdict = judgeSafely(item, index, rules, firstIndexOfKey, parsing);
    if (verdict.kind === 'keep') {
      outcome.kept.push({ value: verdict.value, index });
      for (const { path, reason } of verdict.warnings) {
        log.add(rules.section, index, { path, ...(id !== undefined && { id }), kind: rules.kind, reason, severity: 'warning' });
      }
    } else if (verdict.kind === 'skip') {
      outcome.skipped++;
      if (id !== undefined) outcome.skippedIds.add(id);
    } else {
      outcome.dropped++;
      for (const { path, reason } of verdict.problems) {
        log.add(rules.section, index, { path, ...(id !== undefined && { id }), kind: rules.kind, reason, severity: 'error' });
      }
    }
    yield;
  }
  return outcome;
}

type Verdict<T> =
  | { kind: 'keep'; value: T; warnings: { path: string; reason: string }[] }
  | { kind: 'skip' }
  | { kind: 'drop'; problems: { path: string; reason: string }[] };

/** A check that fails on something unforeseen drops that one item, never the feed. */
function judgeSafely<T>(item: unknown, index: number, rules: ListRules<T>, firstIndexOfKey: Map<string, number>, parsing: FastParserOptions): Verdict<T> {
  try {
    return judgeItem(item, index, rules, firstIndexOfKey, parsing);
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return { kind: 'drop', problems: [{ path: `${rules.path}[${index}]`, reason: `could not be checked (${why}); it was left out` }] };
  }
}

function judgeItem<T>(item: unknown, index: number, rules: ListRules<T>, firstIndexOfKey: Map<string, number>, parsing: FastParserOptions): Verdict<T> {
  if (rules.skip?.(item)) return { kind: 'skip' };
  const base = `${rules.path}[${index}]`;
  const early = rules.precheck?.(item);
  if (early) return { kind: 'drop', problems: [{ path: formatPath(base, early.path), reason: early.reason }] };
  const lenient = rules.lenient?.(item) ?? { item, warnings: [] };
  const parsed = parse(rules.schema, lenient.item, parsing);
  if (!parsed.success) {
    return {
      kind: 'drop',
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(base, issue.path), reason: issue.message })),
    };
  }
  const extra = rules.extraCheck?.(parsed.data);
  if (extra) return { kind: 'drop', problems: [{ path: formatPath(base, extra.path), reason: extra.reason }] };

  const key = rules.keyOf(parsed.data);
  const first = firstIndexOfKey.get(key);
  if (first !== undefined) {
    const { keyName, noun } = rules;
    const reason = `${keyName} "${key}" is already used by ${rules.path}[${first}]; give each of the ${noun} its own ${keyName}`;
    return { kind: 'drop', problems: [{ path: formatPath(base, rules.keyPath), reason }] };
  }
  firstIndexOfKey.set(key, index);
  const warnings = lenient.warnings.map(({ path, reason }) => ({ path: formatPath(base, path), reason }));
  return { kind: 'keep', value: parsed.data, warnings };
}

/** zod's result, by the quick parser when the item is valid (fast-parse.ts), by zod for the reasons when not. */
function parse<T>(schema: z.ZodType<T>, item: unknown, parsing: FastParserOptions): z.ZodSafeParseResult<T> {
  const value = fastParser(schema, parsing)?.(item) ?? FAILED;
  if (value !== FAILED) return { success: true, data: value as T };
  return schema.safeParse(item, { error: readableIssue });
}

/** The `id` of a raw record, when it has a string one. */
export const stringId = (raw: unknown): string | undefined =>
  isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
