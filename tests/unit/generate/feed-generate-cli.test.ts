import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'kwk-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/feed-generate.ts', ...args], { encoding: 'utf8' });

describe('npm run feed:generate', () => {
  it('writes a feed with the counts asked for, and says what it wrote', () => {
    const out = join(dir, 'feed.json');
    const printed = execFileSync('npx', ['tsx', 'scripts/feed-generate.ts', '--buurten', '12', '--locations', '30',
      '--activities', '75', '--huiskamers', '2', '--contacts', '9', '--seed', 'cli', '--out', out], { encoding: 'utf8' });
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    expect(feed.neighbourhoods.buurten.features).toHaveLength(12);
    expect([feed.locations.length, feed.activities.length, feed.huiskamers.length, feed.contacts.length]).toEqual([30, 75, 2, 9]);
    expect(printed).toContain('12 buurten');
    expect(printed).toContain('75 activities');
  });

  it('writes the city size of issue 5, and feed:check accepts it without a problem', () => {
    const out = join(dir, 'city.json');
    const printed = execFileSync('npx', ['tsx', 'scripts/feed-generate.ts', '--size', 'city', '--seed', 'cli', '--out', out], { encoding: 'utf8' });
    expect(printed).toContain('500 buurten');
    expect(printed).toContain('5000 locations, 20000 activities, 200 huiskamers, 1000 contacts');
    const check = spawnSync('npx', ['tsx', 'scripts/feed-check.ts', out], { encoding: 'utf8' });
    expect(check.stdout).toContain('Result: no problems.');
    expect(check.status).toBe(0);
  }, 60_000);

  it('stops with exit code 2 and a reason for an unknown size', () => {
    const result = run(['--size', 'country', '--out', join(dir, 'x.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--size must be city or region');
  });
});
