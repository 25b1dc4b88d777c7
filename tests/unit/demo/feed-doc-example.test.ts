/**
 * docs/feed.md opens with a minimal complete feed that publishers copy as a start.
 * It must stay valid as the format evolves.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { validateFeed } from '../../../lib/feed/validate';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/feed.md', import.meta.url)), 'utf8');

function minimalExample(): unknown {
  const section = doc.split('## A minimal complete feed')[1] ?? '';
  const json = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (!json) throw new Error('docs/feed.md has no JSON block under "A minimal complete feed"');
  return JSON.parse(json);
}

it('shows a minimal feed in docs/feed.md that validates without a single problem', () => {
  const result = validateFeed(minimalExample());
  expect(result.ok && result.problems).toEqual([]);
  if (!result.ok) return;
  expect(result.data.activities.map((a) => a.id)).toEqual(['act-voetbal-filmwijk']);
  expect(result.data.huiskamers).toHaveLength(1);
  expect(result.data.contacts).toHaveLength(1);
  expect(result.data.locations[0].buurtCode).toBe('BU00340202');
});
