import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/feed-check';
import { runCli } from '../../helpers/cli';
import { startTestServer, type TestServer } from '../../helpers/server';
import { FIXTURES_DIR, GOOD_FEED_PATH, goodFeed, type JsonObject } from '../../fixtures/feeds/good-feed';

const work = mkdtempSync(join(tmpdir(), 'feed-check-'));
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ static: [FIXTURES_DIR] });
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs `npm run feed:check -- <target>` in-process: its exit code and what it printed on standard output. */
async function feedCheck(target: string): Promise<{ code: number; out: string }> {
  const { code, stdout } = await runCli(main, [target]);
  return { code, out: stdout };
}

function writeFeed(name: string, feed: unknown): string {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(feed, null, 2));
  return path;
}

describe('npm run feed:check', () => {
  it('exits 0 on a good feed and prints the counts', async () => {
    const { code, out } = await feedCheck(GOOD_FEED_PATH);
    expect(code).toBe(0);
    expect(out).toContain('Municipality:  Almere (GM0034)');
    expect(out).toContain('Generated at:  2026-03-01T09:00:00Z');
    expect(out).toMatch(/activities\s+3\s+0/);
    expect(out.trim().split('\n').at(-1)).toBe('Result: no problems.');
  });

  it('exits 0 on the demo feeds with every v1.1 field, and counts the stories it left out for lack of consent', async () => {
    const { code, out } = await feedCheck('public/feeds/almere.json');
    expect(code).toBe(0);
    expect(out).toMatch(/stories\s+3\s+0/);
    expect(out).toContain('(1 story without publication consent left out, as they should be.)');
    expect(out.trim().split('\n').at(-1)).toBe('Result: no problems.');
    expect((await feedCheck('public/feeds/tilburg.json')).code).toBe(0);
  });

  it('reads linked GeoJSON next to the file', async () => {
    cpSync(FIXTURES_DIR, join(work, 'copy'), { recursive: true });
    const { code, out } = await feedCheck(join(work, 'copy', 'linked.json'));
    expect(code).toBe(0);
    expect(out).toMatch(/buurten\s+2\s+0/);
  });

  it('checks a feed at a URL, linked GeoJSON included', async () => {
    const { code, out } = await feedCheck(`${server.origin}/linked.json`);
    expect(code).toBe(0);
    expect(out).toMatch(/wijken\s+1\s+0/);
    expect(server.requests).toContain('/geo/buurten.geojson');
  });

  it('exits 1 and reports exactly the one broken record among 50', async () => {
    const feed = goodFeed();
    feed.activities = Array.from({ length: 50 }, (_, i): JsonObject => ({ ...feed.activities[0], id: `act-${i}` }));
    feed.activities[37].url = 'javascript:alert(1)';
    const { code, out } = await feedCheck(writeFeed('one-broken.json', feed));
    expect(code).toBe(1);
    expect(out).toMatch(/activities\s+49\s+1/);
    const problemLines = out.split('\n').filter((line) => line.startsWith('  '));
    expect(problemLines).toEqual([
      '  activities[37].url  (act-37)  must be a web address starting with https:// or http://',
    ]);
    expect(out.trim().split('\n').at(-1)).toBe('Result: usable, with 1 problem (1 error, 0 warnings).');
  });

  it('exits 2 on a file that is not JSON', async () => {
    const path = join(work, 'not-json.json');
    writeFileSync(path, '{"format": "kinderwerk-feed", ');
    const { code, out } = await feedCheck(path);
    expect(code).toBe(2);
    expect(out).toContain('(not-json)');
    expect(out).toContain('Result: unusable');
  });

  it('exits 2 on an unknown version and on a missing file', async () => {
    expect((await feedCheck(writeFeed('v9.json', { ...goodFeed(), version: 9 }))).code).toBe(2);
    const missing = await feedCheck(join(work, 'does-not-exist.json'));
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('no such file');
  });
});
