import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../../lib/feed/schema';
import { CSV_FILES, META_FILE } from '../../../lib/interop/csv-columns';
import { parseCsv } from '../../../lib/interop/csv-parse';

const readme = readFileSync('public/templates/README.md', 'utf8');
const specs = [...RECORD_KINDS.map((kind) => CSV_FILES[kind]), META_FILE];

/** The part of the README under the heading of one file. */
function section(file: string): string {
  const start = readme.indexOf(`## ${file}`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('the spreadsheet templates in public/templates', () => {
  it.each(specs.map((spec) => [spec.file, spec] as const))('%s has every column, in order, and an example row', (file, spec) => {
    const table = parseCsv(readFileSync(`public/templates/${file}`, 'utf8'));
    expect(table.header).toEqual(spec.columns.map((column) => column.header));
    expect(table.rows).toHaveLength(1);
  });

  it.each(specs.map((spec) => [spec.file, spec] as const))('README explains every column of %s', (file, spec) => {
    const text = section(file);
    expect(text).not.toBe('');
    for (const column of spec.columns) expect(text).toContain(`| \`${column.header}\` |`);
  });
});
