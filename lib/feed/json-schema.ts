/**
 * The feed format as JSON Schema, generated from the zod schema so the two can
 * never disagree. Publishers point their editor or validator at
 * public/feed.schema.json (written by `npm run feed:schema`).
 *
 *   const schema = feedJsonSchema();
 */
import { z } from 'zod';
import { Feed, FEED_VERSION, ImageHost, Link, WebUrl } from './schema';

const FEED_SCHEMA_ID = `urn:kinderwerkkaart:feed:v${FEED_VERSION}`;

/**
 * zod refinements have no JSON Schema form; these patterns say the same for links,
 * so editors flag `javascript:` addresses too.
 */
const LINK_PATTERNS = new Map<unknown, string>([
  [WebUrl, '^https?://'],
  [Link, '^(https?://|mailto:|tel:)'],
  [ImageHost, '^https?://[^/?#@]+/?$'],
]);

export function feedJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Feed, {
    // Describe what a publisher writes (defaults make fields optional), not what we read back.
    io: 'input',
    // Refinements (min ≤ max, start before end) cannot be expressed; leave them out rather than fail.
    unrepresentable: 'any',
    override: (ctx) => {
      const pattern = LINK_PATTERNS.get(ctx.zodSchema);
      if (pattern) ctx.jsonSchema.pattern = pattern;
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: FEED_SCHEMA_ID,
    title: `Kinderwerk feed, format version ${FEED_VERSION}`,
    description:
      'Kinderwerk (activities, huiskamers and contact persons for children aged 4–12) per CBS buurt, ' +
      'published by a municipality or welzijnsorganisatie. Generated from lib/feed/schema.ts; ' +
      'see docs/feed.md for every field with an example.',
    ...rest,
  };
}

/** The file contents of public/feed.schema.json. */
export const feedJsonSchemaText = (): string => `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
