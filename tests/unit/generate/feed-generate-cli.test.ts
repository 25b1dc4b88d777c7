import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main as feedCheck } from '../../../scripts/feed-check';
import { main as feedGenerate } from '../../../scripts/feed-generate';
import { runCli } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'kwk-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run feed:generate', () => {
  it('writes a feed with the counts asked for, and says what it wrote', async () => {
    const out = join(dir, 'feed.json');
    const { code, stdout: printed } = await runCli(feedGenerate, ['--buurten', '12', '--locations', '30',
      '--activities', '75', '--huiskamers', '2', '--contacts', '9', '--seed', 'cli', '--out', out]);
    expect(code).toBe(0);
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    expect(feed.neighbourhoods.buurten.features).toHaveLength(12);
    expect([feed.locations.length, feed.activities.length, feed.huiskamers.length, feed.contacts.length]).toEqual([30, 75, 2, 9]);
    expect(printed).toContain('12 buurten');
    expect(printed).toContain('75 activities');
  });

  it('writes the city size of issue 5, and feed:check accepts it without a problem', async () => {
    const out = join(dir, 'city.json');
    const { code, stdout: printed } = await runCli(feedGenerate, ['--size', 'city', '--seed', 'cli', '--out', out]);
    expect(code).toBe(0);
    expect(printed).toContain('500 buurten');
    expect(printed).toContain('5000 locations, 20000 activities, 200 huiskamers, 1000 contacts');
    const check = await runCli(feedCheck, [out]);
    expect(check.stdout).toContain('Result: no problems.');
    expect(check.code).toBe(0);
  }, 60_000);

  it('stops with exit code 2 and a reason for an unknown size', async () => {
    const result = await runCli(feedGenerate, ['--size', 'country', '--out', join(dir, 'x.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--size must be city or region');
  });
});
