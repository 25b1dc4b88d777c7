/**
 * The only tests that start a script as its own process, the way `npm run feed:check` does:
 * they prove the entry point runs main() and exits with its code. Everything else calls
 * main() in-process (tests/helpers/cli.ts), which is much faster.
 */
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GOOD_FEED_PATH } from '../../fixtures/feeds/good-feed';

function npxTsx(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile('npx', ['tsx', ...args], { timeout: 60_000 }, (_error, stdout, stderr) =>
      done({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe('a script run as a process', { timeout: 60_000 }, () => {
  it('npx tsx scripts/feed-check.ts exits 0 on a good feed, with the whole report printed', async () => {
    const { code, stdout } = await npxTsx(['scripts/feed-check.ts', GOOD_FEED_PATH]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toBe('Result: no problems.');
  });

  it('npx tsx scripts/feed-check.ts exits 2 on an unknown option, naming it', async () => {
    const { code, stdout, stderr } = await npxTsx(['scripts/feed-check.ts', '--no-such-flag', GOOD_FEED_PATH]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--no-such-flag');
  });
});
