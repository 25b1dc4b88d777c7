/**
 * A small JSON Schema checker for the official HSDS 3.0 compiled schemas
 * (tests/fixtures/interop/hsds-official). Those schemas use only `type`,
 * `properties`, `required`, `items`, `enum`, `format` and local `$ref`s; every
 * other key is an annotation. A keyword it does not know makes it throw, so a
 * newer schema cannot pass by being half-read. No eval, no dependency.
 *
 *   const violations = checkSchema(root, root.definitions.location, json, 'contents[0]');
 *   // ['contents[0].id: "loc-1" is not a uuid']
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set([
  'name', 'title', 'description', 'example', 'constraints', 'core', 'path', 'datapackage_metadata',
  'tabular_required', 'datapackage_type', 'definitions', 'order', 'mediatype', 'profile', 'unique',
]);

const FORMATS = new Map<string, RegExp>([
  ['uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
  ['uri', /^[a-z][a-z0-9+.-]*:\S+$/i],
  ['email', /^[^\s@]+@[^\s@]+$/],
  ['date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/],
]);

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function resolve(root: Schema, schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const match = /^#\/definitions\/([a-z_]+)$/.exec(ref);
  const target = match ? (root.definitions as Record<string, Schema> | undefined)?.[match[1]] : undefined;
  if (!target) throw new Error(`unknown $ref ${ref}`);
  return target;
}

export function checkSchema(root: Schema, given: Schema, value: unknown, path: string): string[] {
  const schema = resolve(root, given);
  const violations: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !['type', 'properties', 'required', 'items', 'enum', 'format', '$ref'].includes(key)) {
      throw new Error(`the checker does not know the keyword "${key}" (at ${path})`);
    }
  }
  const type = schema.type as string | undefined;
  const actual = typeOf(value);
  if (type && actual !== type) return [`${path}: ${JSON.stringify(value)} is not of type ${type}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) violations.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  const format = typeof schema.format === 'string' ? FORMATS.get(schema.format) : undefined;
  if (typeof schema.format === 'string' && !format) throw new Error(`the checker does not know the format "${schema.format}"`);
  if (format && typeof value === 'string' && !format.test(value)) violations.push(`${path}: ${JSON.stringify(value)} is not a ${String(schema.format)}`);
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!Object.hasOwn(record, name)) violations.push(`${path}: ${name} is required`);
    }
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [name, property] of Object.entries(properties)) {
      if (Object.hasOwn(record, name)) violations.push(...checkSchema(root, property, record[name], `${path}.${name}`));
    }
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) => violations.push(...checkSchema(root, schema.items as Schema, item, `${path}[${i}]`)));
  }
  return violations;
}
