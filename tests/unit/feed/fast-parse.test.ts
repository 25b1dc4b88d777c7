import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FAILED, fastParser } from '../../../lib/feed/fast-parse';
import { BuurtFeature, RecordSchemas, WijkFeature } from '../../../lib/feed/schema';
import { generateFeed } from '../../../scripts/generate/generate-feed';
import { feedPlan } from '../../../scripts/generate/feed-plan';
import { goodFeed } from '../../fixtures/feeds/good-feed';

/** Every list the feed checks item by item (list-rules.ts), with items from real and generated feeds. */
function listsToCheck(): { name: string; schema: z.ZodType; items: unknown[] }[] {
  const feeds = [
    goodFeed(),
    JSON.parse(readFileSync('public/feeds/almere.json', 'utf8')),
    JSON.parse(readFileSync('public/feeds/tilburg.json', 'utf8')),
    generateFeed(feedPlan({ seed: 'fast-parse', buurten: 12 })),
  ] as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw feeds, read as JSON
  const almereBuurten = JSON.parse(readFileSync('public/feeds/almere-buurten.geojson', 'utf8'));
  const almereWijken = JSON.parse(readFileSync('public/feeds/almere-wijken.geojson', 'utf8'));
  const features = (key: 'buurten' | 'wijken') =>
    feeds.flatMap((feed) => feed.neighbourhoods?.[key]?.features ?? []);
  return [
    ...Object.entries(RecordSchemas).map(([name, schema]) => ({
      name, schema: schema as z.ZodType, items: feeds.flatMap((feed) => feed[name] ?? []),
    })),
    { name: 'buurten', schema: BuurtFeature, items: [...features('buurten'), ...almereBuurten.features.slice(0, 40)] },
    { name: 'wijken', schema: WijkFeature, items: [...features('wijken'), ...almereWijken.features] },
  ];
}

/** A small deterministic random stream (mulberry32), so a failure can be replayed. */
function randomStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values a broken or hostile feed holds: wrong types, edges of lengths and ranges, odd text. */
const REPLACEMENTS: ((old: unknown) => unknown)[] = [
  () => undefined, () => null, () => '', () => '   ', () => 0, () => -1, () => 1.5, () => 1e20, () => Number.NaN,
  () => Number.POSITIVE_INFINITY, () => true, () => [], () => ({}), () => 'x'.repeat(5000),
  () => '\u202Eomgekeerd\u202C', () => '  met spaties  ', () => '😀'.repeat(150), () => 'javascript:alert(1)',
  () => 'https://example.org/pad', () => 'mailto:a@b.nl', () => '2026-13-40', () => '2026-02-30', () => '25:00', () => 'BU0363AD03',
  () => 'WK0363AD', () => 'MO', () => 'sport', () => 'nobody@', () => '0612345678', () => 'a'.repeat(101),
  (old) => (typeof old === 'string' ? ` ${old} ` : old),
  (old) => (typeof old === 'string' ? old.slice(0, Math.max(0, old.length - 3)) : old),
  (old) => (typeof old === 'number' ? -old : old),
  (old) => (typeof old === 'number' ? old + 0.5 : old),
  (old) => (typeof old === 'number' ? old * 1000 : old),
  (old) => (Array.isArray(old) ? [] : old),
  (old) => (Array.isArray(old) ? [...old, ...old] : old),
  (old) => (Array.isArray(old) ? [old[0], 'extra'] : old),
  (old) => (Array.isArray(old) ? old.slice(0, 1) : old),
  (old) => String(old),
];

type Container = Record<string | number, unknown>;

/** Every place in a value: [parent, key] pairs, nested ones too. */
function places(value: unknown, found: [Container, string | number][] = []) {
  if (Array.isArray(value) || (value && typeof value === 'object')) {
    for (const [key, item] of Object.entries(value)) {
      found.push([value as Container, Array.isArray(value) ? Number(key) : key]);
      places(item, found);
    }
  }
  return found;
}

/** One to three random changes to a copy of `item`: replace a value, drop a key, add an unknown one. */
function mutate(item: unknown, random: () => number): unknown {
  const copy = structuredClone(item);
  const changes = 1 + Math.floor(random() * 3);
  for (let n = 0; n < changes; n++) {
    const all = places(copy);
    if (all.length === 0) break;
    const [parent, key] = all[Math.floor(random() * all.length)];
    const roll = random();
    if (roll < 0.15 && !Array.isArray(parent)) delete parent[key];
    else if (roll < 0.22 && !Array.isArray(parent)) parent.onbekend = 'extra';
    else parent[key] = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)](parent[key]);
  }
  return copy;
}

/**
 * zod's answer and the quick parser's agree, copying and reusing the input: the same
 * value for a valid item, FAILED for an invalid one.
 */
function expectSameAsZod(schema: z.ZodType, item: unknown, where: string): boolean {
  const zod = schema.safeParse(item);
  for (const reuseInput of [false, true]) {
    const fast = fastParser(schema, { reuseInput })!(structuredClone(item));
    if (zod.success) expect(fast, `${where} (reuseInput: ${reuseInput})`).toStrictEqual(zod.data);
    else expect(fast, `${where}: zod refused it (${zod.error.issues[0]?.message}), the quick parser did not`).toBe(FAILED);
  }
  return zod.success;
}

describe('fastParser: zod’s own result, quicker, for valid feed items', () => {
  const lists = listsToCheck();

  it('follows every schema the feed checks item by item', () => {
    for (const { name, schema } of lists) expect(fastParser(schema), name).toBeTypeOf('function');
  });

  it('gives exactly zod’s value for every item of the good, demo and generated feeds', () => {
    for (const { name, schema, items } of lists) {
      expect(items.length, name).toBeGreaterThan(0);
      items.forEach((item, i) => expect(expectSameAsZod(schema, item, `${name}[${i}]`), `${name}[${i}] is valid`).toBe(true));
    }
  });

  it('agrees with zod on thousands of broken and hostile variants of those items', () => {
    const random = randomStream(20261207);
    let refused = 0;
    let variants = 0;
    for (const { name, schema, items } of lists) {
      for (let n = 0; n < 600; n++) {
        const item = mutate(items[Math.floor(random() * items.length)], random);
        if (!expectSameAsZod(schema, item, `${name} variant ${n}: ${JSON.stringify(item).slice(0, 300)}`)) refused++;
        variants++;
      }
    }
    // Both kinds are exercised: variants zod refuses, and variants that stay valid (trimmed, dropped optional keys).
    expect(refused).toBeGreaterThan(variants * 0.4);
    expect(variants - refused).toBeGreaterThan(variants * 0.1);
  });

  it('trims, drops bidirectional overrides and fills defaults as zod does', () => {
    const activity = { ...goodFeed().activities[1] as object, name: '  \u202EVoetbal  ', programme: undefined };
    const value = fastParser(RecordSchemas.activities)!(activity) as Record<string, unknown>;
    expect(value.name).toBe('Voetbal');
    expect(value.programme).toBe('weekly');
    expect(value).not.toHaveProperty('onbekend');
  });

  it('agrees with zod on the edges of each kind of schema it follows', () => {
    const cases: [z.ZodType, unknown[]][] = [
      [z.tuple([z.number(), z.number()]), [[1, 2], [1], [1, 2, 3], [1, '2'], 'x']],
      [z.tuple([z.number()]).rest(z.string()), [[1], [1, 'a', 'b'], [1, 2], []]],
      [z.number().int().nullable().optional(), [null, undefined, 3, 3.5, '3']],
      [z.object({ a: z.string().optional(), b: z.string().default('x'), c: z.number() }),
        [{ c: 1 }, { a: undefined, c: 1 }, { b: undefined, c: 1 }, { a: 'y', b: 'z', c: 2, d: 4 }, { a: 'y' }, [], null]],
      [z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]), [{ a: 'x', b: 1 }, { b: 1 }, { a: 1 }, {}]],
      [z.discriminatedUnion('kind', [z.object({ kind: z.literal('p'), x: z.number() }), z.object({ kind: z.literal('q') })]),
        [{ kind: 'p', x: 1 }, { kind: 'p' }, { kind: 'q', x: 'y' }, { kind: 'r' }, 'p']],
      // Lengths count code points, as zod does: two emoji are 4 UTF-16 units.
      [z.string().min(3).max(3), ['😀😀😀', '😀😀', 'abcd', 'abc']],
      [z.array(z.enum(['MO', 'TU'])).min(1).max(2), [['MO'], [], ['MO', 'TU', 'MO'], ['XX']]],
      [z.number().min(0).max(10).refine((n) => n !== 5), [0, 10, 5, -1, 11]],
      // A numeric TypeScript enum also maps its numbers back to names; only the numbers are values.
      [z.enum({ Low: 0, High: 1, 0: 'Low', 1: 'High' } as unknown as Record<string, number>), [0, 1, 'Low', 'High', 2]],
      [z.literal(['a', 3]), ['a', 3, 'b', '3']],
    ];
    for (const [schema, inputs] of cases) {
      for (const input of inputs) expectSameAsZod(schema, input, JSON.stringify(input) ?? 'undefined');
    }
  });

  it('copies the input by default, and with reuseInput gives back what comes out unchanged uncopied', () => {
    // With its programme given: a default filled in makes a new record.
    const activity: Record<string, unknown> = { ...goodFeed().activities[1] as Record<string, unknown>, programme: 'weekly' };
    const copied = fastParser(RecordSchemas.activities)!(activity) as Record<string, unknown>;
    expect(copied).not.toBe(activity);
    expect(copied.ageRange).not.toBe(activity.ageRange);
    expect(copied.schedule).not.toBe(activity.schedule);
    const days = (record: Record<string, unknown>) => (record.schedule as { byDay: string[] }[])[0].byDay;
    expect(days(copied)).not.toBe(days(activity));

    const reused = fastParser(RecordSchemas.activities, { reuseInput: true })!(activity) as Record<string, unknown>;
    expect(reused).toBe(activity);

    // A key the schema does not know is left out of a copy; the parts that are unchanged are still the input's.
    const withExtra = { ...activity, onbekend: 'x' };
    const stripped = fastParser(RecordSchemas.activities, { reuseInput: true })!(withExtra) as Record<string, unknown>;
    expect(stripped).not.toBe(withExtra);
    expect(stripped).not.toHaveProperty('onbekend');
    expect(withExtra).toHaveProperty('onbekend', 'x');
    expect(stripped.ageRange).toBe(activity.ageRange);

    // A trimmed name makes a new record; the input keeps what it had.
    const spaced = { ...activity, name: ' Voetbal ' };
    const trimmed = fastParser(RecordSchemas.activities, { reuseInput: true })!(spaced) as Record<string, unknown>;
    expect(trimmed.name).toBe('Voetbal');
    expect(spaced.name).toBe(' Voetbal ');
  });

  it('leaves a schema it cannot follow to zod', () => {
    expect(fastParser(z.string().transform((text) => text.length))).toBeUndefined();
    expect(fastParser(z.object({ a: z.string() }).catchall(z.number()))).toBeUndefined();
    expect(fastParser(z.object({ when: z.date() }))).toBeUndefined();
  });

  it('answers FAILED for a refine that returns a promise, as zod cannot check it synchronously', () => {
    const schema = z.string().refine(async () => true);
    expect(fastParser(schema)!('x')).toBe(FAILED);
  });
});
