/**
 * JSON for people to read: indented objects, but arrays that hold no objects on one
 * line, so a coordinate ring or `["MO", "WE"]` does not take a hundred lines.
 *
 *   formatJson({ byDay: ['MO', 'WE'] }) // '{\n  "byDay": ["MO","WE"]\n}\n'
 */
export function formatJson(value: unknown): string {
  return `${format(value, '')}\n`;
}

function format(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (!value.some(holdsObject)) return JSON.stringify(value);
    const inner = indent + '  ';
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    const lines = entries.map(([key, v]) => `${inner}${JSON.stringify(key)}: ${format(v, inner)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function holdsObject(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsObject);
  return value !== null && typeof value === 'object';
}
