import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { feedJsonSchema, feedJsonSchemaText } from '../../../lib/feed/json-schema';

const COMMITTED = fileURLToPath(new URL('../../../public/feed.schema.json', import.meta.url));

describe('public/feed.schema.json', () => {
  it('matches the zod schema (run npm run feed:schema after changing lib/feed/schema.ts)', () => {
    const committed = readFileSync(COMMITTED, 'utf8');
    expect(committed === feedJsonSchemaText(), 'public/feed.schema.json is out of date: run npm run feed:schema').toBe(true);
  });

  it('describes the feed a publisher writes, with links limited to safe schemes', () => {
    const schema = feedJsonSchema() as {
      $id: string;
      title: string;
      required: string[];
      properties: Record<string, { default?: unknown }>;
    };
    expect(schema.$id).toBeTruthy();
    expect(schema.title).toContain('Kinderwerk feed');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'meta', 'neighbourhoods']));
    // Record lists have a default, so a publisher may leave them out.
    expect(schema.required).not.toContain('activities');
    expect(feedJsonSchemaText()).toContain('"pattern": "^https?://"');
  });
});
