/**
 * `npm run zip` (run by global-setup.ts) packs what the stores take: the Chrome
 * and Firefox extensions, and for Firefox's review the sources to rebuild them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const zipPath = (kind: string) => `.output/${pkg.name}-${pkg.version}-${kind}.zip`;

/** File names from a zip's central directory (stored as plain text). */
function namesIn(path: string): string[] {
  const bytes = readFileSync(path);
  const names: string[] = [];
  for (let at = bytes.indexOf('PK\x01\x02'); at !== -1; at = bytes.indexOf('PK\x01\x02', at + 4)) {
    const nameLength = bytes.readUInt16LE(at + 28);
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
  }
  return names;
}

describe('the store packages', () => {
  it.each(['chrome', 'firefox'])('the %s zip holds the manifest, popup, options page and example feed', (kind) => {
    const names = namesIn(zipPath(kind));
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'popup.html', 'options.html', 'background.js', 'feeds/almere.json']));
    expect(names.filter((name) => name.startsWith('templates/'))).toEqual([]);
  });

  it('the sources zip can rebuild the extension and leaves out what is generated', () => {
    const names = namesIn(zipPath('sources'));
    expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/popup/main.tsx']));
    expect(names.filter((name) => /^(node_modules|\.output|dist)\//.test(name))).toEqual([]);
  });
});
