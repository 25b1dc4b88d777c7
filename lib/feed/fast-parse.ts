/**
 * A quicker way to run a zod schema on input that is valid, built from the schema
 * itself, so the feed's rules stay written once (schema.ts). zod runs jitless here
 * (lib/zod-jitless.ts): for every field it makes a result object and an issue list,
 * which made validation most of a cold visit's wait. The parser made here walks the
 * schema's definition once into plain closures and calls zod's own checks (refine,
 * regex, lengths, trim) in the same order, so a valid item comes out exactly as
 * `safeParse` makes it. It gives no reasons: on the first problem it answers FAILED,
 * and the caller asks zod for the readable issues (check-list.ts).
 *
 *   const parse = fastParser(Activity);      // undefined for a schema it cannot follow
 *   const value = parse?.(raw) ?? FAILED;
 *   if (value === FAILED) Activity.safeParse(raw); // the reasons
 *
 * Only the kinds of schema the feed uses are followed (object, array, tuple, string,
 * number, boolean, enum, literal, optional, nullable, default, union); for any other
 * the whole schema is left to zod. tests/unit/fast-parse.test.ts holds it to zod's
 * output on every fixture and on thousands of broken variants.
 */
import type { z } from 'zod';

export const FAILED: unique symbol = Symbol('failed');
export type FastParser = (input: unknown) => unknown;

/** What zod keeps of a schema and its checks: the parts read here (zod/v4/core's $ZodTypeDef and $ZodCheckDef). */
interface Def {
  type?: string;
  check?: string;
  coerce?: boolean;
  checks?: unknown[];
  when?: (payload: Payload) => boolean;
  // optional, nullable, default
  innerType?: unknown;
  readonly defaultValue?: unknown;
  // union, array, tuple, object
  options?: unknown[];
  discriminator?: string;
  unionFallback?: boolean;
  inclusive?: boolean;
  element?: unknown;
  items?: unknown[];
  rest?: unknown;
  shape?: Record<string, unknown>;
  catchall?: unknown;
  // checks
  tx?: (value: unknown) => unknown;
  maximum?: number;
  minimum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
  fn?: (value: unknown) => unknown;
}

interface Internals {
  def: Def;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  check?: (payload: Payload) => unknown;
  traits?: Set<string>;
  /** The values an enum or literal allows. */
  values?: Set<unknown>;
  /** An object's values per key, where they are fixed (a literal `type`): what a discriminated union picks by. */
  propValues?: Record<string, Set<unknown>>;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

export interface FastParserOptions {
  /**
   * The input is the caller's to give away (JSON it has just parsed): objects and lists
   * that come out unchanged are the input's own, not copies. Less to allocate and to
   * collect, but later changes to the result change the input too.
   */
  reuseInput?: boolean;
}

const made = { copying: new WeakMap<object, FastParser | null>(), reusing: new WeakMap<object, FastParser | null>() };

export function fastParser(schema: z.ZodType, options: FastParserOptions = {}): FastParser | undefined {
  return parserOf(schema, options.reuseInput === true);
}

/** Each schema is followed once: the feed's schemas share their parts (Id, Text, BuurtCode). */
function parserOf(schema: unknown, reuse: boolean): FastParser | undefined {
  const cache = reuse ? made.reusing : made.copying;
  let parser = cache.get(schema as object);
  if (parser === undefined) {
    parser = compile(schema, reuse) ?? null;
    cache.set(schema as object, parser);
  }
  return parser ?? undefined;
}

const internals = (schema: unknown): Internals => (schema as { _zod: Internals })._zod;

function compile(schema: unknown, reuse: boolean): FastParser | undefined {
  const { def } = internals(schema);
  const parse = compileType(internals(schema), reuse);
  if (!parse) return undefined;
  // A schema that is a check itself (z.iso.date(), z.email()) runs first, as in zod's $ZodType.
  const own = internals(schema).traits?.has('$ZodCheck') ? [schema] : [];
  const checks: Internals[] = [...own, ...(def.checks ?? [])].map(internals);
  return checks.length === 0 ? parse : withChecks(parse, checks);
}

/** zod's checks in order; any issue, or an async check, fails. */
function withChecks(parse: FastParser, checks: Internals[]): FastParser {
  const steps = checks.map(compileCheck);
  return (input) => {
    let value = parse(input);
    for (let i = 0; i < steps.length && value !== FAILED; i++) value = steps[i](value);
    return value;
  };
}

/**
 * The common checks done here; the rest (refine, formats) through zod's own check on a
 * payload as zod passes it. The input has passed its type already, so a length check's
 * `when` (has a length) holds.
 */
function compileCheck(check: Internals): FastParser {
  const { def } = check;
  const zods = (value: unknown) => viaZod(check, value);
  const { tx, maximum, minimum, value: bound, pattern, fn } = def;
  switch (def.check) {
    case 'overwrite':
      return tx ?? zods;
    case 'max_length':
      // Strings count code points; one is at most two units, so only a string over the limit in units needs counting.
      return maximum === undefined ? zods : (value) => ((value as string).length <= maximum ? value : zods(value));
    case 'min_length':
      return minimum === undefined ? zods : (value) => ((value as string).length >= minimum * 2 ? value : zods(value));
    case 'greater_than':
      if (typeof bound !== 'number') return zods;
      return def.inclusive ? (value) => ((value as number) >= bound ? value : FAILED) : (value) => ((value as number) > bound ? value : FAILED);
    case 'less_than':
      if (typeof bound !== 'number') return zods;
      return def.inclusive ? (value) => ((value as number) <= bound ? value : FAILED) : (value) => ((value as number) < bound ? value : FAILED);
    case 'number_format':
      return def.format === 'safeint' ? (value) => (Number.isSafeInteger(value) ? value : FAILED) : zods;
    case 'string_format':
      // These formats are a pattern and nothing else in zod; others (url, …) have code of their own.
      if (!PATTERN_FORMATS.has(def.format ?? '') || !(pattern instanceof RegExp)) return zods;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string) ? value : FAILED;
      };
    case 'custom':
      // A refine: its function says yes or no. A superRefine has no `fn` and goes through zod.
      if (def.type !== 'custom' || typeof fn !== 'function') return zods;
      return (value) => {
        const verdict = fn(value);
        return verdict && !(verdict instanceof Promise) ? value : FAILED;
      };
    default:
      return zods;
  }
}

const PATTERN_FORMATS = new Set(['regex', 'date', 'datetime', 'email']);

function viaZod(check: Internals, value: unknown): unknown {
  const payload: Payload = { value, issues: [] };
  if (check.def.when && !check.def.when(payload)) return value;
  if (!check.check || check.check(payload) instanceof Promise || payload.issues.length > 0) return FAILED;
  return payload.value;
}

function compileType(zod: Internals, reuse: boolean): FastParser | undefined {
  const { def } = zod;
  if (def.coerce) return undefined;
  switch (def.type) {
    case 'string':
      return (input) => (typeof input === 'string' ? input : FAILED);
    case 'number':
      return (input) => (typeof input === 'number' && Number.isFinite(input) ? input : FAILED);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : FAILED);
    case 'enum':
    case 'literal': {
      // zod's own set of allowed values (an enum's without a numeric enum's reverse names).
      const { values } = zod;
      return values && ((input) => (values.has(input) ? input : FAILED));
    }
    case 'optional':
      return compileOptional(def.innerType, reuse);
    case 'nullable': {
      const inner = parserOf(def.innerType, reuse);
      return inner && ((input) => (input === null ? null : inner(input)));
    }
    case 'default': {
      const inner = parserOf(def.innerType, reuse);
      if (!inner) return undefined;
      return (input) => {
        if (input === undefined) return def.defaultValue;
        const value = inner(input);
        return value === undefined ? def.defaultValue : value;
      };
    }
    case 'union':
      return compileUnion(def, reuse);
    case 'array':
      return compileArray(def.element, reuse);
    case 'tuple':
      return compileTuple(def.items ?? [], def.rest, reuse);
    case 'object':
      return compileObject(def, reuse);
    default:
      return undefined;
  }
}

function compileOptional(innerType: unknown, reuse: boolean): FastParser | undefined {
  // An optional around a default substitutes for absence; the feed has none, so zod keeps it.
  if (internals(innerType).optin === 'defaulted') return undefined;
  const inner = parserOf(innerType, reuse);
  return inner && ((input) => (input === undefined ? undefined : inner(input)));
}

/** The first option that takes the input, as zod's union. */
function compileUnion(def: Def, reuse: boolean): FastParser | undefined {
  if (typeof def.discriminator === 'string') return compileDiscriminatedUnion(def, reuse);
  if (def.inclusive === false) return undefined;
  const options = (def.options ?? []).map((option) => parserOf(option, reuse));
  if (options.some((option) => !option)) return undefined;
  const parsers = options as FastParser[];
  if (parsers.length === 1) return parsers[0];
  return (input) => {
    for (const parse of parsers) {
      const value = parse(input);
      if (value !== FAILED) return value;
    }
    return FAILED;
  };
}

/** The option the tag names (a geometry's `type`), as zod's discriminated union. */
function compileDiscriminatedUnion(def: Def, reuse: boolean): FastParser | undefined {
  const tag = def.discriminator;
  if (tag === undefined || def.unionFallback) return undefined;
  const byTag = new Map<unknown, FastParser>();
  for (const option of def.options ?? []) {
    const parse = parserOf(option, reuse);
    const tags = internals(option).propValues?.[tag];
    if (!parse || !tags) return undefined;
    for (const value of tags) {
      if (byTag.has(value)) return undefined;
      byTag.set(value, parse);
    }
  }
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAILED;
    const parse = byTag.get((input as Record<string, unknown>)[tag]);
    return parse ? parse(input) : FAILED;
  };
}

function compileArray(element: unknown, reuse: boolean): FastParser | undefined {
  const item = parserOf(element, reuse);
  if (!item) return undefined;
  return (input) => {
    if (!Array.isArray(input)) return FAILED;
    // Made only once an item differs from the input's; until then the input's own items stand.
    let out: unknown[] | undefined;
    for (let i = 0; i < input.length; i++) {
      const given: unknown = input[i];
      const value = item(given);
      if (value === FAILED) return FAILED;
      if (out === undefined && value !== given) out = input.slice(0, i);
      if (out !== undefined) out[i] = value;
    }
    return out ?? (reuse ? input : input.slice());
  };
}

/** Tuples whose items are all required (a position: longitude, latitude, then any numbers). */
function compileTuple(items: unknown[], rest: unknown, reuse: boolean): FastParser | undefined {
  if (items.some((item) => internals(item).optin !== undefined || internals(item).optout !== undefined)) return undefined;
  const fixed = items.map((item) => parserOf(item, reuse));
  const more = rest ? parserOf(rest, reuse) : undefined;
  if (fixed.some((parse) => !parse) || (rest && !more)) return undefined;
  const parsers = fixed as FastParser[];
  return (input) => {
    if (!Array.isArray(input) || input.length < parsers.length || (!more && input.length > parsers.length)) return FAILED;
    let out: unknown[] | undefined;
    for (let i = 0; i < input.length; i++) {
      const given: unknown = input[i];
      const value = i < parsers.length ? parsers[i](given) : more!(given);
      if (value === FAILED) return FAILED;
      if (out === undefined && value !== given) out = input.slice(0, i);
      if (out !== undefined) out[i] = value;
    }
    return out ?? (reuse ? input : input.slice());
  };
}

interface Field {
  key: string;
  parse: FastParser;
  optin: Internals['optin'];
  optional: boolean;
}

/** Only the shape's keys are kept, as zod's default object does; absent optional keys stay absent. */
function compileObject(def: Def, reuse: boolean): FastParser | undefined {
  const { shape } = def;
  if (!shape || def.catchall !== undefined || Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const fields: Field[] = [];
  for (const key of Object.keys(shape)) {
    const parse = parserOf(shape[key], reuse);
    if (!parse) return undefined;
    const { optin, optout } = internals(shape[key]);
    fields.push({ key, parse, optin, optional: optout === 'optional' });
  }
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAILED;
    const record = input as Record<string, unknown>;
    // Made only once a value differs from the input's; until then the input's own values stand.
    let out: Record<string, unknown> | undefined;
    let kept = 0;
    for (let f = 0; f < fields.length; f++) {
      const { key, parse, optin, optional } = fields[f];
      const present = key in record;
      // The same order of rules as zod's handlePropertyResult.
      if (!present && optional && optin === 'optional') continue;
      const given = record[key];
      const value = parse(given);
      if (value === FAILED) {
        if (optin !== undefined && optional && !present) continue;
        return FAILED;
      }
      if (!present && optin === undefined) return FAILED;
      if (value === undefined && !present && !(optin === 'defaulted' && !optional)) continue;
      if (out === undefined && (!present || value !== given)) out = presentFields(record, fields, f);
      if (out !== undefined) out[key] = value;
      else kept++;
    }
    if (out !== undefined) return out;
    // Unchanged, and no keys besides the shape's: the input itself is zod's result.
    return reuse && ownKeyCount(record) === kept ? record : presentFields(record, fields, fields.length);
  };
}

/** A copy of the input's values of `fields` before `end`: until a value differs, those are what zod keeps. */
function presentFields(record: Record<string, unknown>, fields: Field[], end: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let f = 0; f < end; f++) {
    const { key } = fields[f];
    if (key in record) out[key] = record[key];
  }
  return out;
}

function ownKeyCount(record: object): number {
  let count = 0;
  for (const key in record) if (Object.hasOwn(record, key)) count++;
  return count;
}
