// What the feed tools do with a feed that tries to reach beyond itself: escape codes
// that would rewrite the terminal, and links to files elsewhere on disk.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { printable, processIo } from '../../../scripts/cli/io';
import { main as feedCheck } from '../../../scripts/feed-check';
import { main as feedExport } from '../../../scripts/feed-export';
import { runCli } from '../../helpers/cli';
import { goodFeed } from '../../fixtures/feeds/good-feed';

const work = mkdtempSync(join(tmpdir(), 'hostile-feeds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SECRET = 'root:x:0:0:root:/root:/bin/bash\n';
const outside = join(work, 'secret.txt');
writeFileSync(outside, SECRET);
const folder = join(work, 'feed');
mkdirSync(folder);
writeFileSync(join(folder, 'notes.txt'), SECRET);
symlinkSync(outside, join(folder, 'buurten.geojson'));

/** A feed in `folder` whose buurten are the file `link` points at. */
function feedLinkingTo(link: string, name: string): string {
  const feed = goodFeed();
  (feed as Record<string, unknown>).neighbourhoods = { buurten: { url: link } };
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(feed));
  return path;
}

describe('links to files elsewhere on disk', () => {
  it.each([
    ['an absolute path', outside],
    ['a path up out of the folder', '../secret.txt'],
    ['a symbolic link in the folder to a file outside it', 'buurten.geojson'],
  ])('feed:check and feed:export refuse %s and print nothing of it', async (_, link) => {
    const feed = feedLinkingTo(link, 'linked.json');
    for (const script of [() => runCli(feedCheck, [feed]), () => runCli(feedExport, ['hsds', feed, '--out', join(work, 'out')])]) {
      const { code, stdout, stderr } = await script();
      expect(code).toBe(2);
      expect(stdout).toContain(`lies outside the feed's folder`);
      expect(stdout + stderr).not.toContain('root:');
    }
  });

  it('reads a file beside the feed, but prints no fragment of it when it is no JSON', async () => {
    const feed = feedLinkingTo('notes.txt', 'notes.json');
    const { code, stdout } = await runCli(feedCheck, [feed]);
    expect(code).toBe(2);
    expect(stdout).toContain(`notes.txt) is not valid JSON (line 1, column 1).`);
    expect(stdout).not.toContain('root:');
  });

  it('feed:export names no fragment of a feed file that is no JSON', async () => {
    const { code, stdout } = await runCli(feedExport, ['hsds', outside, '--out', join(work, 'out')]);
    expect(code).toBe(2);
    expect(stdout).toContain('is not valid JSON (line 1, column 1)');
    expect(stdout).not.toContain('root:');
  });
});

describe('escape codes in a feed', () => {
  it('are printed as visible text, never sent to the terminal', () => {
    expect(printable('\u001b[2J\u001b[31mAlmere\r\u202eevil\u0007\tok\nnext')).toBe('\\u001b[2J\\u001b[31mAlmere\\u000d\\u202eevil\\u0007\tok\nnext');
  });

  it('never reach the terminal from a feed:check report', async () => {
    const feed = goodFeed();
    feed.meta.municipality.name = '\u001b[2J\u001b[HAlmere';
    const path = join(folder, 'escapes.json');
    writeFileSync(path, JSON.stringify(feed));
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      await feedCheck([path], processIo);
    } finally {
      vi.restoreAllMocks();
    }
    expect(written.join('')).toContain('Municipality:  \\u001b[2J\\u001b[HAlmere (GM0034)');
    expect(written.join('')).not.toContain('\u001b');
  });
});
